package dev.yakusoku.facts;

/** A fact that belongs to one matter and leaves working memory when the matter is resolved. */
public interface MatterScoped {
  String getMatterId();
}
