package dev.yakusoku.ingest;

/** The 202 body: how many of a request's events were stored, and how many were stored already. */
public record IngestResult(int accepted, int duplicates) {}
