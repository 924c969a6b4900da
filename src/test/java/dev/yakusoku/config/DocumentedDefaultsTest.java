package dev.yakusoku.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code yakusoku.*} default lives once, in the {@code @WithDefault} of its mapping, and
 * application.properties documents each as a commented {@code #key=value} line with the same value;
 * no active line without a profile restates one.
 */
class DocumentedDefaultsTest {
  private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
  private static final Pattern COMMENTED = Pattern.compile("^#(yakusoku\\.[a-z0-9.-]+)=(.*)$");
  private static final Pattern ACTIVE = Pattern.compile("^(yakusoku\\.[a-z0-9.-]+)=(.*)$");

  @Test
  void everyDefaultIsDocumentedOnceWithItsValueAndNoneIsRestatedAsAnOverride() throws IOException {
    Map<String, String> defaults = defaults();
    Map<String, String> documented = new TreeMap<>();
    List<String> restated = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(PROPERTIES)) {
      Matcher commented = COMMENTED.matcher(line);
      Matcher active = ACTIVE.matcher(line);
      if (commented.matches()) {
        documented.put(commented.group(1), commented.group(2));
      } else if (active.matches() && defaults.containsKey(active.group(1))) {
        restated.add(line);
      }
    }

    assertThat(defaults).as("defaults the mappings hold").hasSizeGreaterThan(30);
    assertThat(documented)
        .as("defaults application.properties documents")
        .containsAllEntriesOf(defaults);
    assertThat(restated).as("defaults restated as active lines").isEmpty();
  }

  /** Every {@code @WithDefault} of every {@code @ConfigMapping} of ours, by property name. */
  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    for (JavaClass mapping :
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.yakusoku")
                .stream()
                .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
                .toList()) {
      Class<?> type = mapping.reflect();
      collect(type.getAnnotation(ConfigMapping.class).prefix(), type, defaults);
    }
    return defaults;
  }

  private static void collect(String prefix, Class<?> type, Map<String, String> defaults) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getParameterCount() != 0
          || m.isDefault()
          || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String name = prefix + "." + kebab(m.getName());
      WithDefault value = m.getAnnotation(WithDefault.class);
      if (value != null) {
        defaults.put(name, value.value());
      } else if (m.getReturnType().isInterface()
          && m.getReturnType().getName().startsWith("dev.yakusoku")) {
        collect(name, m.getReturnType(), defaults);
      }
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
  }
}
