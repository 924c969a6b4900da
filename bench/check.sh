#!/usr/bin/env bash
# The quick benchmark, about four minutes on the reference machine: prints `name value`
# lines for what docs/benchmarks.md tracks, to compare with its last row before a change lands.
#   engine.*  the shipped rules against no rules (ratio), and on ten times the matters (scaling),
#             and the heap held per open promise (EngineCheck)
#   batched.* REST ingestion on a fresh H2 file, 1,000 events a request (IngestLoad)
#   steady.*  single posts at a quarter of the rate, open loop, 8 connections, after a warm-up:
#             p50, p99, refused, and how long after the last 202 its alert was on the stream
#             (OpenLoad)
#   single.*  the same at the full rate, right after
# Usage: bench/check.sh [single posts a second=1000] [seconds=15]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-1000}
seconds=${2:-15}
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.EngineCheck \
  -Dexec.args="10000 100000"
source bench/service.sh
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.IngestLoad \
  -Dexec.args="http://127.0.0.1:18080 5000 8 batched"
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.OpenLoad \
  -Dexec.args="http://127.0.0.1:18080 $((rate / 4)) $seconds steady 5"
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.OpenLoad \
  -Dexec.args="http://127.0.0.1:18080 $rate $seconds single 0"
