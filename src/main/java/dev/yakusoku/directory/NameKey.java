package dev.yakusoku.directory;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comparison keys for names and aliases: NFKC, lower case, no whitespace. */
public final class NameKey {

  private NameKey() {}

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    folded.codePoints().filter(cp -> !isSpace(cp)).forEach(key::appendCodePoint);
    return key.toString();
  }

  public static Set<String> keysOf(String fullName, List<String> aliases) {
    Set<String> keys = new LinkedHashSet<>();
    add(keys, of(fullName));
    if (aliases != null) {
      aliases.forEach(alias -> add(keys, of(alias)));
    }
    if (fullName != null) {
      String normalized = Normalizer.normalize(fullName, Normalizer.Form.NFKC);
      StringBuilder part = new StringBuilder();
      normalized
          .codePoints()
          .forEach(
              cp -> {
                if (isSpace(cp)) {
                  add(keys, of(part.toString()));
                  part.setLength(0);
                } else {
                  part.appendCodePoint(cp);
                }
              });
      add(keys, of(part.toString()));
    }
    return Collections.unmodifiableSet(keys);
  }

  private static void add(Set<String> keys, String key) {
    if (!key.isEmpty()) {
      keys.add(key);
    }
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }
}
