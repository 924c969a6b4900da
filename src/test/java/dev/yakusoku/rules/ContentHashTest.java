package dev.yakusoku.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule set's content hash (its version) and the folder's fingerprint are SHA-256 as {@code
 * sha256sum} prints it over fixed bytes, so a version stored once is found again after an upgrade.
 */
class ContentHashTest {
  @Test
  void theContentHashIsTheSha256OfEachNameAndTextEndedByAZeroByte() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("a.drl", "rule \"見積り\"");
    files.put("b.drl", "");

    // printf 'a.drl\0rule "見積り"\0b.drl\0\0' | sha256sum
    assertThat(RuleSetCompiler.contentHashOf(files))
        .isEqualTo("67b53260908e02b8c0deecfc204ecfe2b99721322d85fa3fa5a938898102a1e2");
    assertThat(RuleSetCompiler.versionOf(files)).isEqualTo("rs-67b53260908e");
  }

  @Test
  void theFingerprintIsTheSha256OfEachRuleAndTestFilesPathAndBytesInPathOrder(@TempDir Path folder)
      throws Exception {
    Files.writeString(folder.resolve("a.drl"), "rule \"見積り\"\n", StandardCharsets.UTF_8);
    Files.createDirectory(folder.resolve("tests"));
    Files.writeString(folder.resolve("tests/a.yaml"), "cases: []\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("notes.txt"), "not a rule file\n", StandardCharsets.UTF_8);

    // printf 'a.drlrule "見積り"\ntests/a.yamlcases: []\n' | sha256sum
    assertThat(LiveRuleSet.fingerprint(folder))
        .isEqualTo("d301cca2f052e430da59d0aad1233cbd966e7ef8448ac078d079213596e59776");
  }
}
