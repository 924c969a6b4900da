package dev.yakusoku.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

  private final PhoneNumbers jp = new PhoneNumbers("JP");

  @Test
  void threeJapaneseFormatsNormaliseToTheSameE164() {
    assertThat(jp.normalize("090-1234-5678")).contains("+819012345678");
    assertThat(jp.normalize("09012345678")).contains("+819012345678");
    assertThat(jp.normalize("+81 90-1234-5678")).contains("+819012345678");
    assertThat(jp.same("090-1234-5678", "+81 90-1234-5678")).isTrue();
  }

  @Test
  void fullWidthDigitsNormaliseLikeAsciiDigits() {
    assertThat(jp.normalize("０９０−１２３４−５６７８")).contains("+819012345678");
  }

  @Test
  void foreignNumberWithPlusKeepsItsOwnCountry() {
    assertThat(jp.normalize("+1 650-253-0000")).contains("+16502530000");
    assertThat(jp.normalize("+44 20 7946 0958")).contains("+442079460958");
  }

  @Test
  void garbageBlankAndNullGiveEmptyWithoutThrowing() {
    assertThat(jp.normalize("not a number")).isEmpty();
    assertThat(jp.normalize("12")).isEmpty();
    assertThat(jp.normalize("+")).isEmpty();
    assertThat(jp.normalize("   ")).isEmpty();
    assertThat(jp.normalize("")).isEmpty();
    assertThat(jp.normalize(null)).isEmpty();
  }

  @Test
  void unparseableNumbersAreNeverTheSame() {
    assertThat(jp.same("garbage", "garbage")).isFalse();
    assertThat(jp.same(null, null)).isFalse();
    assertThat(jp.same("090-1234-5678", "090-1234-5679")).isFalse();
  }

  @Test
  void defaultRegionDecidesHowNationalNumbersAreRead() {
    PhoneNumbers us = new PhoneNumbers("US");
    assertThat(us.normalize("(650) 253-0000")).contains("+16502530000");
    assertThat(us.same("090-1234-5678", "+81 90-1234-5678")).isFalse();
  }

  @Test
  void regionIsReadCaseInsensitively() {
    assertThat(new PhoneNumbers("jp").normalize("09012345678")).contains("+819012345678");
  }

  @Test
  void unknownRegionIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumbers("XX"));
    assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumbers(""));
  }

  @Test
  void oneInstanceCanBeSharedAcrossThreads() {
    List<String> results =
        IntStream.range(0, 2_000)
            .parallel()
            .mapToObj(i -> jp.normalize(i % 2 == 0 ? "090-1234-5678" : "+81 90-1234-5678"))
            .map(o -> o.orElse("?"))
            .toList();
    assertThat(results).containsOnly("+819012345678");
  }
}
