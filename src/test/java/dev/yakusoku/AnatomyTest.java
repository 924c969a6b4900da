package dev.yakusoku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's anatomy names only packages and classes that exist. */
class AnatomyTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/yakusoku");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|(.*)\\|$");
  private static final Pattern CLASS =
      Pattern.compile("`([A-Z][a-z]{2,}[A-Za-z0-9]*)(?:\\.[a-z][A-Za-z]*)?`");

  @Test
  void everyPackageAndClassTheAnatomyNamesExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int named = 0;
    for (String line : anatomy()) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String pkg = row.group(1);
      assertThat(SOURCES.resolve(pkg)).as("package " + pkg).isDirectory();
      Matcher name = CLASS.matcher(row.group(2));
      while (name.find()) {
        named++;
        if (!exists(name.group(1))) {
          missing.add(pkg + ": " + name.group(1));
        }
      }
    }
    assertThat(named).as("classes the anatomy names").isGreaterThan(50);
    assertThat(missing).as("classes the anatomy names that do not exist").isEmpty();
  }

  private static boolean exists(String simpleName) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.anyMatch(f -> f.getFileName().toString().equals(simpleName + ".java"));
    }
  }

  private static List<String> anatomy() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start = lines.indexOf("## Anatomy");
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(start, end);
  }
}
