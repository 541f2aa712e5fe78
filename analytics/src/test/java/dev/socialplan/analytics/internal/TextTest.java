package dev.socialplan.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {
  private static final Locale TAIWAN = Locale.TAIWAN;
  private static Text twelvePoints() {
    return Text.of("unit.percentagePoints", "12");
  }

  private static Text a() {
    return Text.literal("A");
  }

  private static Text b() {
    return Text.literal("B");
  }

  private static Text c() {
    return Text.literal("C");
  }

  @Test
  void writesAPatternInEachLanguageWithNestedTexts() {
    Text needs = Text.of("progress.needs", twelvePoints());
    assertThat(needs.format(Locale.ENGLISH)).isEqualTo(" Reaching it needs 12 points a month from now on.");
    assertThat(needs.format(TAIWAN)).isEqualTo("要達成目標，從現在起每月需要 12 個百分點。");
    assertThat(needs.format(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo(needs.format(TAIWAN));
  }

  @Test
  void aLocaleWithoutItsOwnBundleGetsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(TAIWAN);
      assertThat(twelvePoints().format(Locale.FRENCH)).isEqualTo("12 points");
      assertThat(twelvePoints().format(Locale.ROOT)).isEqualTo("12 points");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void numbersAreWrittenTheSameInEveryLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Text summary = Text.of("report.summary", 1234L, "2025-04-01", Text.empty());
      assertThat(summary.format(Locale.ENGLISH)).isEqualTo("1,234 goals on 2025-04-01");
      assertThat(summary.format(TAIWAN)).isEqualTo("2025-04-01 共 1,234 個目標");
      assertThat(Text.of("report.summary", 1L, "2025-04-01", Text.empty()).format(Locale.ENGLISH))
          .isEqualTo("1 goal on 2025-04-01");
      assertThat(Text.of("report.summary", 0L, "2025-04-01", Text.empty()).format(Locale.ENGLISH))
          .isEqualTo("0 goals on 2025-04-01");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void seriesAndJoinedListsUseEachLanguagesSeparators() {
    assertThat(Text.series(List.of(a(), b(), c())).format(Locale.ENGLISH)).isEqualTo("A, B and C");
    assertThat(Text.series(List.of(a(), b(), c())).format(TAIWAN)).isEqualTo("A、B和C");
    assertThat(Text.series(List.of(a(), b())).format(Locale.ENGLISH)).isEqualTo("A and B");
    assertThat(Text.series(List.of(a())).format(Locale.ENGLISH)).isEqualTo("A");
    assertThat(Text.series(List.of()).format(Locale.ENGLISH)).isEmpty();
    assertThat(Text.joined(List.of(a(), b(), c())).format(Locale.ENGLISH)).isEqualTo("A, B, C");
    assertThat(Text.joined(List.of(a(), b(), c())).format(TAIWAN)).isEqualTo("A、B、C");
  }

  @Test
  void literalsAndTheEmptyTextAreWrittenAsTheyAre() {
    assertThat(Text.literal("12,400").format(TAIWAN)).isEqualTo("12,400");
    assertThat(Text.literal("it's {0}").format(Locale.ENGLISH)).isEqualTo("it's {0}");
    assertThat(Text.empty().format(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void apostrophesInPatternsAreKept() {
    assertThat(Text.of("verdict.lift", "25%", "A").format(Locale.ENGLISH))
        .isEqualTo("its rate is 25% higher than A's");
  }

  @Test
  void keysListsEveryKeyAThoughtUses() {
    Text text = Text.of("progress.notMeasurable", Text.of("progress.why.lacks", Text.series(List.of(
        Text.of("progress.why.target"), Text.of("progress.why.baseline")))));
    assertThat(text.keys())
        .containsExactly(
            "progress.notMeasurable",
            "progress.why.lacks",
            "list.separator",
            "list.lastSeparator",
            "progress.why.target",
            "progress.why.baseline");
    assertThat(text.format(Locale.ENGLISH))
        .isEqualTo("Not measurable yet: the goal lacks a target and a baseline.");
    assertThat(text.format(TAIWAN)).isEqualTo("尚無法衡量：目標缺少目標值和基準值。");
  }

  @Test
  void refusesUnknownKeysAndNulls() {
    assertThatThrownBy(() -> Text.of("no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such key in dev.socialplan.analytics.internal.messages: no.such.key");
    assertThatThrownBy(() -> Text.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Text.of("unit.hours", (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments[0] must not be null");
    assertThatThrownBy(() -> Text.literal(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> twelvePoints().format(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale must not be null");
  }

  @Test
  void equalTextsHaveEqualHashesAndTellFormsApart() {
    assertThat(Text.of("unit.percentagePoints", "12")).isEqualTo(twelvePoints());
    assertThat(Text.of("unit.percentagePoints", "12").hashCode()).isEqualTo(twelvePoints().hashCode());
    assertThat(Text.of("unit.percentagePoints", "13")).isNotEqualTo(twelvePoints());
    assertThat(Text.of("unit.percentagePoint", "12")).isNotEqualTo(twelvePoints());
    assertThat(Text.series(List.of(a(), b()))).isNotEqualTo(Text.joined(List.of(a(), b())));
    assertThat(Text.literal("")).isEqualTo(Text.empty());
    assertThat(twelvePoints().toString()).isEqualTo("unit.percentagePoints[12]");
    assertThat(a().toString()).isEqualTo("A");
  }
}
