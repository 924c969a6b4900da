package dev.yakusoku.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every type {@link AlertTypes} names is one the shipped rules draft, so a type renamed in DRL
 * cannot silently fall out of what the Java side (inhibition) gives a meaning to. A rule may draft
 * a type of its own without a constant.
 */
class AlertTypesTest {
  private static final Path RULES = Path.of("rules");
  private static final Pattern DRAFTED =
      Pattern.compile("AlertDraft\\.of\\(\\s*(?:\"([A-Z_]+)\"|AlertTypes\\.([A-Z_]+))");

  @Test
  void everyConstantIsATypeTheShippedRulesDraft() throws Exception {
    Set<String> drafted = new TreeSet<>();
    try (Stream<Path> files = Files.list(RULES)) {
      for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        Matcher m = DRAFTED.matcher(Files.readString(drl));
        while (m.find()) {
          drafted.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
      }
    }

    assertThat(drafted).containsAll(constants());
  }

  @Test
  void eachConstantIsItsOwnName() throws Exception {
    for (Field f : AlertTypes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
      }
    }
  }

  private static Set<String> constants() {
    Set<String> names = new TreeSet<>();
    Arrays.stream(AlertTypes.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .forEach(f -> names.add(f.getName()));
    return names;
  }
}
