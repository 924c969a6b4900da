package dev.yakusoku.ruletests;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the rule test files of a rules folder: {@code tests/*.yaml}, each with shared directory
 * fixtures from {@code tests/fixtures/}. A file that is not valid is reported with its line and
 * column, never skipped.
 */
public final class RuleTestReader {
  public static final String TESTS = "tests";
  public static final String FIXTURES = "fixtures";

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private RuleTestReader() {}

  /** The test files under {@code rulesFolder/tests}, by name; none when there is no such folder. */
  public static List<RuleTestSource> read(Path rulesFolder) {
    Path tests = rulesFolder.resolve(TESTS);
    if (!Files.isDirectory(tests)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tests)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
          .sorted()
          .map(p -> read(tests, p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list rule tests in " + tests, e);
    }
  }

  private static RuleTestSource read(Path tests, Path file) {
    String name = TESTS + "/" + file.getFileName();
    RuleTestFile test;
    try {
      test = YAML.readValue(file.toFile(), RuleTestFile.class);
    } catch (IOException e) {
      return RuleTestSource.unreadable(name, located(name, file, e));
    }
    if (test == null || test.cases().isEmpty()) {
      return RuleTestSource.unreadable(name, name + ": a rule test file needs at least one case");
    }
    if (test.directory() == null) {
      return RuleTestSource.read(name, test);
    }
    Path fixture = tests.resolve(FIXTURES).resolve(test.directory()).normalize();
    String fixtureName = TESTS + "/" + FIXTURES + "/" + test.directory();
    if (!fixture.startsWith(tests.resolve(FIXTURES)) || !Files.isRegularFile(fixture)) {
      return RuleTestSource.unreadable(
          name, name + ": directory " + fixtureName + " is not a file under tests/fixtures");
    }
    try {
      RuleTestFile.Directory directory =
          YAML.readValue(fixture.toFile(), RuleTestFile.Directory.class);
      return RuleTestSource.read(
          name,
          new RuleTestFile(
              test.description(),
              test.directory(),
              concat(directory.teams(), test.teams()),
              concat(directory.parties(), test.parties()),
              test.cases()));
    } catch (IOException e) {
      return RuleTestSource.unreadable(name, located(fixtureName, fixture, e));
    }
  }

  private static <T> List<T> concat(List<T> shared, List<T> own) {
    return Stream.concat(
            shared == null ? Stream.empty() : shared.stream(),
            own == null ? Stream.empty() : own.stream())
        .toList();
  }

  private static String located(String name, Path file, IOException e) {
    if (e instanceof JsonProcessingException json) {
      JsonLocation at = json.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      if (json instanceof JsonMappingException mapping) {
        where = YamlPositions.of(file, mapping.getPath()).orElse(where);
      }
      String path =
          json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
              ? " at " + pathOf(mapping)
              : "";
      return name + where + path + ": " + json.getOriginalMessage().lines().findFirst().orElse("");
    }
    return name + ": " + e.getMessage();
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
