package dev.yakusoku.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerResolverTest {

  private static final List<DirectoryEntry> DIRECTORY =
      List.of(
          new DirectoryEntry(
              "s-ikumi",
              "staff",
              "佐藤 いくみ",
              List.of("ねーさん", "nesan", "いくみ"),
              List.of("03-5550-0101"),
              "t-ops"),
          new DirectoryEntry("s-sato-k", "staff", "佐藤 健一", List.of(), List.of(), "t-ops"),
          new DirectoryEntry("s-sato-m", "staff", "佐藤 美咲", List.of(), List.of(), "t-ops"),
          new DirectoryEntry("s-aoi", "staff", "高橋 葵", List.of("あおい"), List.of(), "t-ops"),
          new DirectoryEntry(
              "c-yamada", "client", "山田 太郎", List.of(), List.of("03-5550-2000"), null),
          new DirectoryEntry(
              "u-suzuki", "end-user", "鈴木 花子", List.of(), List.of("090-1234-5678"), null));

  private static final OpenMatterRef M1 =
      new OpenMatterRef("M-1", "c-yamada", "u-suzuki", "t-ops", "s-aoi");

  private final CallerResolver resolver = new CallerResolver(new PhoneNumbers("JP"));

  private CallerResolution resolve(CallerClues clues, List<OpenMatterRef> matters) {
    return resolver.resolve(clues, DIRECTORY, matters);
  }

  @Test
  void callerIsTiedToTheirOnlyOpenMatterByPhone() {
    CallerResolution r = resolve(new CallerClues(null, "09012345678", "スズキ", "ねーさん"), List.of(M1));

    assertThat(r.tied()).isTrue();
    assertThat(r.matterId()).contains("M-1");
    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.askedForId()).contains("s-ikumi");
    assertThat(r.candidateCallers()).containsExactly("u-suzuki");
    assertThat(r.candidateStaff()).containsExactly("s-ikumi");
    assertThat(r.candidateMatters()).containsExactly("M-1");
    assertThat(r.how())
        .isEqualTo(
            "caller tied by phone 09012345678 to u-suzuki (鈴木 花子); "
                + "asked for ねーさん = s-ikumi (佐藤 いくみ); "
                + "the one open matter of u-suzuki is M-1");
  }

  @Test
  void phoneInInternationalFormatTiesTheSameCaller() {
    CallerResolution r =
        resolve(new CallerClues(null, "+81 90-1234-5678", null, null), List.of(M1));

    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.matterId()).contains("M-1");
  }

  @Test
  void clientIsTiedToTheMatterJustAsTheEndUserIs() {
    CallerResolution r = resolve(new CallerClues(null, "0355502000", null, null), List.of(M1));

    assertThat(r.callerId()).contains("c-yamada");
    assertThat(r.matterId()).contains("M-1");
  }

  @Test
  void askedForSurnameIsAmbiguousAcrossThreeStaff() {
    CallerResolution r = resolve(new CallerClues(null, "090-1234-5678", null, "佐藤"), List.of(M1));

    assertThat(r.askedForId()).isEmpty();
    assertThat(r.candidateStaff()).containsExactly("s-ikumi", "s-sato-k", "s-sato-m");
    assertThat(r.how()).contains("asked for 佐藤 matches 3 staff");
    assertThat(r.matterId()).contains("M-1");
  }

  @Test
  void askedForMatchesAnAliasAfterWidthCaseAndSpaceFolding() {
    CallerResolution r = resolve(new CallerClues(null, null, null, " ＮＥＳＡＮ "), List.of(M1));

    assertThat(r.askedForId()).contains("s-ikumi");
  }

  @Test
  void askedForFullNameWithIdeographicSpaceMatches() {
    CallerResolution r = resolve(new CallerClues(null, null, null, "高橋　葵"), List.of(M1));

    assertThat(r.askedForId()).contains("s-aoi");
  }

  @Test
  void askedForMatchesStaffOnly() {
    CallerResolution r = resolve(new CallerClues(null, null, null, "鈴木"), List.of(M1));

    assertThat(r.askedForId()).isEmpty();
    assertThat(r.candidateStaff()).isEmpty();
    assertThat(r.how()).contains("asked for 鈴木 matches no staff");
  }

  @Test
  void unknownPhoneAndUnknownNameAreNotTiedWithEmptyCandidates() {
    CallerResolution r = resolve(new CallerClues(null, "080-9999-0000", "田中", "ねーさん"), List.of(M1));

    assertThat(r.tied()).isFalse();
    assertThat(r.callerId()).isEmpty();
    assertThat(r.candidateCallers()).isEmpty();
    assertThat(r.candidateMatters()).isEmpty();
    assertThat(r.askedForId()).contains("s-ikumi");
    assertThat(r.how())
        .contains("phone 080-9999-0000 matches no party", "name 田中 matches no party");
  }

  @Test
  void unparseablePhoneFallsBackToName() {
    CallerResolution r = resolve(new CallerClues(null, "n/a", "鈴木 花子", null), List.of(M1));

    assertThat(r.matterId()).contains("M-1");
    assertThat(r.how()).contains("phone n/a is not a phone number", "caller tied by name 鈴木 花子");
  }

  @Test
  void callerWithTwoOpenMattersIsNotTiedAndBothMattersAreListed() {
    OpenMatterRef m2 = new OpenMatterRef("M-2", "c-other", "u-suzuki", "t-ops", "s-ikumi");

    CallerResolution r = resolve(new CallerClues(null, "09012345678", null, null), List.of(m2, M1));

    assertThat(r.tied()).isFalse();
    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.candidateMatters()).containsExactly("M-1", "M-2");
    assertThat(r.how()).contains("u-suzuki has 2 open matters: M-1, M-2");
  }

  @Test
  void callerWithNoOpenMatterIsNotTied() {
    CallerResolution r = resolve(new CallerClues(null, "09012345678", null, null), List.of());

    assertThat(r.tied()).isFalse();
    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.candidateMatters()).isEmpty();
    assertThat(r.how()).contains("u-suzuki has no open matter");
  }

  @Test
  void nameFallbackTiesWhenNoPhoneGiven() {
    CallerResolution r = resolve(new CallerClues(null, null, "鈴木", "あおい"), List.of(M1));

    assertThat(r.matterId()).contains("M-1");
    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.askedForId()).contains("s-aoi");
    assertThat(r.how()).startsWith("caller tied by name 鈴木 to u-suzuki (鈴木 花子)");
  }

  @Test
  void phoneWinsOverAConflictingName() {
    CallerResolution r = resolve(new CallerClues(null, "09012345678", "山田", null), List.of(M1));

    assertThat(r.callerId()).contains("u-suzuki");
    assertThat(r.candidateCallers()).containsExactly("u-suzuki");
  }

  @Test
  void ambiguousNameIsNotTiedEvenIfOnlyOneCandidateHasAMatter() {
    List<DirectoryEntry> directory = new ArrayList<>(DIRECTORY);
    directory.add(
        new DirectoryEntry("u-suzuki-j", "end-user", "鈴木 次郎", List.of(), List.of(), null));

    CallerResolution r =
        resolver.resolve(new CallerClues(null, null, "鈴木", null), directory, List.of(M1));

    assertThat(r.tied()).isFalse();
    assertThat(r.callerId()).isEmpty();
    assertThat(r.candidateCallers()).containsExactly("u-suzuki", "u-suzuki-j");
    assertThat(r.candidateMatters()).containsExactly("M-1");
    assertThat(r.how()).contains("name 鈴木 matches 2 parties", "caller is ambiguous");
  }

  @Test
  void sharedPhoneIsAmbiguous() {
    List<DirectoryEntry> directory = new ArrayList<>(DIRECTORY);
    directory.add(
        new DirectoryEntry(
            "u-suzuki-j", "end-user", "鈴木 次郎", List.of(), List.of("+81 90 1234 5678"), null));

    CallerResolution r =
        resolver.resolve(new CallerClues(null, "09012345678", null, null), directory, List.of(M1));

    assertThat(r.tied()).isFalse();
    assertThat(r.candidateCallers()).containsExactly("u-suzuki", "u-suzuki-j");
  }

  @Test
  void nameMatchesNonStaffBeforeStaff() {
    List<DirectoryEntry> directory = new ArrayList<>(DIRECTORY);
    directory.add(new DirectoryEntry("c-sato", "client", "佐藤 商事", List.of(), List.of(), null));

    CallerResolution r =
        resolver.resolve(new CallerClues(null, null, "佐藤", null), directory, List.of());

    assertThat(r.candidateCallers()).containsExactly("c-sato");
  }

  @Test
  void nameFallsBackToStaffWhenNoOtherPartyMatches() {
    CallerResolution r = resolve(new CallerClues(null, null, "いくみ", null), List.of(M1));

    assertThat(r.callerId()).contains("s-ikumi");
    assertThat(r.tied()).isFalse();
  }

  @Test
  void explicitFromIsTheCallerWhateverTheOtherCluesSay() {
    CallerResolution r =
        resolve(new CallerClues("c-yamada", "09012345678", "鈴木", null), List.of(M1));

    assertThat(r.callerId()).contains("c-yamada");
    assertThat(r.matterId()).contains("M-1");
    assertThat(r.how()).startsWith("caller is from c-yamada (山田 太郎)");
  }

  @Test
  void noCluesAtAllIsNotTied() {
    CallerResolution r = resolve(new CallerClues(null, " ", "", null), List.of(M1));

    assertThat(r.tied()).isFalse();
    assertThat(r.candidateCallers()).isEmpty();
    assertThat(r.candidateStaff()).isEmpty();
    assertThat(r.how()).contains("no caller clue given");
  }

  @Test
  void nullInputsAreTreatedAsEmpty() {
    CallerResolution r =
        resolver.resolve(null, (Collection<DirectoryEntry>) null, (Collection<OpenMatterRef>) null);

    assertThat(r.tied()).isFalse();
    assertThat(r.candidateCallers()).isEmpty();
  }
}
