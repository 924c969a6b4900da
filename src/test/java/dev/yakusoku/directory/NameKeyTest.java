package dev.yakusoku.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void fullWidthLatinCaseAndTrailingSpaceFoldTogether() {
    assertThat(NameKey.of("ＮＥＳＡＮ")).isEqualTo("nesan");
    assertThat(NameKey.of("nesan ")).isEqualTo("nesan");
    assertThat(NameKey.of("Nesan")).isEqualTo("nesan");
  }

  @Test
  void ideographicSpaceFoldsLikeAsciiSpace() {
    assertThat(NameKey.of("佐藤　いくみ")).isEqualTo(NameKey.of("佐藤 いくみ")).isEqualTo("佐藤いくみ");
  }

  @Test
  void allWhitespaceIsRemovedNotJustTheEnds() {
    assertThat(NameKey.of(" \t佐藤\u00a0 いくみ\n")).isEqualTo("佐藤いくみ");
  }

  @Test
  void halfWidthKatakanaFoldsToFullWidth() {
    assertThat(NameKey.of("ｽｽﾞｷ")).isEqualTo("スズキ");
  }

  @Test
  void nullGivesEmptyKey() {
    assertThat(NameKey.of(null)).isEmpty();
  }

  @Test
  void keysOfCoverFullNameEachAliasAndEachPartOfTheName() {
    assertThat(NameKey.keysOf("佐藤 いくみ", List.of("ねーさん", "Nesan")))
        .containsExactlyInAnyOrder("佐藤いくみ", "ねーさん", "nesan", "佐藤", "いくみ");
  }

  @Test
  void keysOfSplitTheNameOnIdeographicSpaceToo() {
    assertThat(NameKey.keysOf("鈴木　花子", List.of())).containsExactlyInAnyOrder("鈴木花子", "鈴木", "花子");
  }

  @Test
  void keysOfSkipNullAndBlankInputs() {
    assertThat(NameKey.keysOf(null, null)).isEmpty();
    assertThat(NameKey.keysOf("  Aoi  ", Arrays.asList(null, " ", "あおい")))
        .containsExactlyInAnyOrder("aoi", "あおい");
  }
}
