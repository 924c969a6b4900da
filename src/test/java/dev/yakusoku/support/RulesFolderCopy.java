package dev.yakusoku.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private copy of the shipped rules folder (DRL and rule tests) that a test may edit. */
public final class RulesFolderCopy {
  private static final Path SHIPPED = Path.of("rules");

  private RulesFolderCopy() {}

  public static Path create() {
    try {
      Path copy = Files.createTempDirectory(Path.of("target"), "rules-").toAbsolutePath();
      restore(copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes {@code copy} hold exactly the shipped files again. */
  public static void restore(Path copy) {
    try {
      try (Stream<Path> old = Files.walk(copy)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(copy)) {
            Files.delete(p);
          }
        }
      }
      try (Stream<Path> shipped = Files.walk(SHIPPED)) {
        for (Path p : shipped.toList()) {
          Path target = copy.resolve(SHIPPED.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path folder, String file, String text) {
    try {
      Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
