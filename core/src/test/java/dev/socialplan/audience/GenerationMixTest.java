package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GenerationMixTest {
  private static final LocalDate PLAN_DATE = LocalDate.of(2025, 6, 1);
  private static final GenerationMix TWENTIES = GenerationMix.of(AgeRange.of(20, 29), PLAN_DATE);
  private static final GenerationMix THIRTIES_FORTIES =
      GenerationMix.of(AgeRange.of(30, 49), PLAN_DATE);
  private static final GenerationMix OVER_65 = GenerationMix.of(AgeRange.atLeast(65), PLAN_DATE);

  @Test
  void peopleInTheirTwentiesIn2025AreMostlyGenZ() {
    // Born 2 Jun 1995 to 1 Jun 2005: 579 of 3,653 birth days fall before 1997.
    assertThat(TWENTIES.shares())
        .containsOnlyKeys(Generation.MILLENNIALS, Generation.GEN_Z)
        .containsEntry(Generation.MILLENNIALS, Ratio.of(579, 3_653))
        .containsEntry(Generation.GEN_Z, Ratio.of(3_074, 3_653));
    assertThat(TWENTIES.dominant()).contains(Generation.GEN_Z);
    assertThat(TWENTIES.isMixed()).isTrue();
    assertThat(TWENTIES.uncovered()).isEqualTo(Ratio.of(0, 3_653));
    assertThat(TWENTIES.share(Generation.BOOMERS)).isEqualTo(Ratio.of(0, 3_653));
    assertThat(TWENTIES.ageRange()).isEqualTo(AgeRange.of(20, 29));
    assertThat(TWENTIES.referenceDate()).isEqualTo(PLAN_DATE);
  }

  @Test
  void genZHasNoSocialMediaFigureSoTheMixHasNone() {
    assertThat(TWENTIES.socialMediaShare()).isEmpty();
  }

  @Test
  void thirtiesAndFortiesAreMillennialsAndGenX() {
    assertThat(THIRTIES_FORTIES.shares())
        .containsOnlyKeys(Generation.GEN_X, Generation.MILLENNIALS)
        .containsEntry(Generation.GEN_X, Ratio.of(2_040, 7_305))
        .containsEntry(Generation.MILLENNIALS, Ratio.of(5_265, 7_305));
    double expected = (2_040 * 0.775 + 5_265 * 0.904) / 7_305;
    assertThat(THIRTIES_FORTIES.socialMediaShare().orElseThrow().value().getAsDouble())
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12))
        .isCloseTo(0.8680, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(THIRTIES_FORTIES.dominant()).contains(Generation.MILLENNIALS);
  }

  @Test
  void oldAgeRangesReachBeyondTheSilentGeneration() {
    // Born 2 Jun 1894 to 1 Jun 1960: 12,265 days before 1928 belong to no Pew generation.
    assertThat(OVER_65.shares())
        .containsOnlyKeys(Generation.SILENT, Generation.BOOMERS)
        .containsEntry(Generation.SILENT, Ratio.of(6_575, 24_106))
        .containsEntry(Generation.BOOMERS, Ratio.of(5_266, 24_106));
    assertThat(OVER_65.uncovered()).isEqualTo(Ratio.of(12_265, 24_106));
    assertThat(OVER_65.socialMediaShare()).isEmpty();
    assertThat(OVER_65.dominant()).contains(Generation.SILENT);
  }

  @Test
  void teenagersIn2025AreAllGenZ() {
    // Born 2 Jun 2006 to 1 Jun 2010: inside Gen Z (1997-2012).
    GenerationMix teens = GenerationMix.of(AgeRange.of(15, 18), PLAN_DATE);
    assertThat(teens.shares()).containsOnlyKeys(Generation.GEN_Z);
    assertThat(teens.dominant()).contains(Generation.GEN_Z);
    assertThat(teens.isMixed()).isFalse();
  }

  @Test
  void childrenBornAfter2012BelongToNoGeneration() {
    GenerationMix kids = GenerationMix.of(AgeRange.of(0, 9), PLAN_DATE);
    assertThat(kids.shares()).isEmpty();
    assertThat(kids.dominant()).isEmpty();
    assertThat(kids.isMixed()).isFalse();
    assertThat(kids.uncovered().value().getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void aSingleAgeAtACohortBoundary() {
    // On 31 Dec 2025, people aged 29 were born 1 Jan 1996 to 31 Dec 1996: all Millennials.
    GenerationMix at29 = GenerationMix.of(AgeRange.exactly(29), LocalDate.of(2025, 12, 31));
    assertThat(at29.shares()).containsOnlyKeys(Generation.MILLENNIALS);
    assertThat(at29.share(Generation.MILLENNIALS).value().getAsDouble()).isEqualTo(1.0);
    // A day later, they were born 2 Jan 1996 to 1 Jan 1997: one birth day is Gen Z.
    GenerationMix nextDay = GenerationMix.of(AgeRange.exactly(29), LocalDate.of(2026, 1, 1));
    assertThat(nextDay.shares())
        .containsEntry(Generation.MILLENNIALS, Ratio.of(365, 366))
        .containsEntry(Generation.GEN_Z, Ratio.of(1, 366));
    assertThat(nextDay.dominant()).contains(Generation.MILLENNIALS);
  }

  @Test
  void aLeapDayReference() {
    GenerationMix aged27 = GenerationMix.of(AgeRange.exactly(27), LocalDate.of(2024, 2, 29));
    // Aged 27 on 29 Feb 2024: born 1 Mar 1996 to 28 Feb 1997 (whoever was born on 29 Feb 1996
    // turns 28 that day), so 306 birth days in 1996 and 59 in 1997.
    assertThat(aged27.shares())
        .containsEntry(Generation.MILLENNIALS, Ratio.of(306, 365))
        .containsEntry(Generation.GEN_Z, Ratio.of(59, 365));
  }

  @Test
  void tiesGoToTheYoungerGeneration() {
    // Aged 22 to 24 on 2 Jul 2020: born 3 Jul 1995 to 2 Jul 1998, 548 days on each side of 1997.
    GenerationMix split = GenerationMix.of(AgeRange.of(22, 24), LocalDate.of(2020, 7, 2));
    assertThat(split.shares())
        .containsEntry(Generation.MILLENNIALS, Ratio.of(548, 1_096))
        .containsEntry(Generation.GEN_Z, Ratio.of(548, 1_096));
    assertThat(split.dominant()).contains(Generation.GEN_Z);
  }

  @Test
  void equalByValue() {
    assertThat(GenerationMix.of(AgeRange.of(20, 29), PLAN_DATE))
        .isEqualTo(TWENTIES)
        .hasSameHashCodeAs(TWENTIES);
    assertThat(TWENTIES.toString()).contains("MILLENNIALS");
  }
}
