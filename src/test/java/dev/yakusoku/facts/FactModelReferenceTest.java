package dev.yakusoku.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fact model reference in {@code docs/rule-authoring.md} lists every type of the fact package
 * and every field rules can read, so it cannot drift from the code.
 */
class FactModelReferenceTest {
  private static final Path DOC = Path.of("docs/rule-authoring.md");
  private static final Path FACTS = Path.of("src/main/java/dev/yakusoku/facts");

  @Test
  void everyFactTypeAndFieldIsDocumentedForRuleAuthors() throws Exception {
    String doc = Files.readString(DOC);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : factTypes()) {
      String section = section(doc, type.getSimpleName());
      if (section == null) {
        missing.add("### `" + type.getSimpleName() + "`");
        continue;
      }
      for (PropertyDescriptor p :
          Introspector.getBeanInfo(type, type.isInterface() ? null : Object.class)
              .getPropertyDescriptors()) {
        if (!section.contains("`" + p.getName() + "`")) {
          missing.add(type.getSimpleName() + "." + p.getName());
        }
      }
    }
    assertThat(missing).as("missing from %s", DOC).isEmpty();
  }

  @Test
  void theReferenceNamesNoTypeThatIsNotAFact() throws Exception {
    List<String> documented =
        Files.readString(DOC)
            .lines()
            .filter(l -> l.startsWith("### `"))
            .map(l -> l.substring(5, l.indexOf('`', 5)))
            .toList();
    List<String> types = factTypes().stream().map(Class::getSimpleName).toList();

    assertThat(types).containsExactlyInAnyOrderElementsOf(documented);
  }

  private static List<Class<?>> factTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(FACTS)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".java") && !name.equals("package-info.java")) {
          types.add(Class.forName("dev.yakusoku.facts." + name.replace(".java", "")));
        }
      }
    }
    return types;
  }

  /** The text under {@code ### `name`} up to the next heading. */
  private static String section(String doc, String name) {
    int start = doc.indexOf("### `" + name + "`");
    if (start < 0) {
      return null;
    }
    int next = doc.indexOf("\n#", start + 1);
    return doc.substring(start, next < 0 ? doc.length() : next);
  }
}
