package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class AgeRangeTest {
  private static final AgeRange TWENTIES = AgeRange.of(20, 29);
  private static final LocalDate PLAN_DATE = LocalDate.of(2025, 6, 1);
  private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  @Test
  void containsBothEnds() {
    assertThat(TWENTIES.contains(20)).isTrue();
    assertThat(TWENTIES.contains(29)).isTrue();
    assertThat(TWENTIES.contains(19)).isFalse();
    assertThat(TWENTIES.contains(30)).isFalse();
    assertThat(TWENTIES.size()).isEqualTo(10);
    assertThat(AgeRange.exactly(7)).isEqualTo(AgeRange.of(7, 7));
    assertThat(AgeRange.exactly(7).size()).isEqualTo(1);
  }

  @Test
  void openEndedRanges() {
    AgeRange over65 = AgeRange.atLeast(65);
    assertThat(over65.max()).isEqualTo(AgeRange.MAX_AGE);
    assertThat(over65.isOpenEnded()).isTrue();
    assertThat(TWENTIES.isOpenEnded()).isFalse();
    assertThat(over65).hasToString("65+");
    assertThat(TWENTIES).hasToString("20–29");
  }

  @Test
  void overlaps() {
    assertThat(TWENTIES.overlaps(AgeRange.of(29, 40))).isTrue();
    assertThat(TWENTIES.overlaps(AgeRange.of(30, 40))).isFalse();
    assertThat(TWENTIES.overlaps(AgeRange.of(0, 20))).isTrue();
    assertThat(TWENTIES.overlaps(AgeRange.of(0, 19))).isFalse();
    assertThat(TWENTIES.overlaps(AgeRange.of(22, 23))).isTrue();
  }

  @Test
  void birthDatesOfPeopleInTheirTwenties() {
    LocalDateRange births = TWENTIES.birthDates(PLAN_DATE);
    assertThat(births)
        .isEqualTo(LocalDateRange.of(LocalDate.of(1995, 6, 2), LocalDate.of(2005, 6, 2)));
    // Someone born on 1 June 2005 turns 20 on the plan date; someone born a day later is 19.
    assertThat(Period.between(LocalDate.of(2005, 6, 1), PLAN_DATE).getYears()).isEqualTo(20);
    assertThat(Period.between(LocalDate.of(2005, 6, 2), PLAN_DATE).getYears()).isEqualTo(19);
    assertThat(Period.between(LocalDate.of(1995, 6, 2), PLAN_DATE).getYears()).isEqualTo(29);
    assertThat(Period.between(LocalDate.of(1995, 6, 1), PLAN_DATE).getYears()).isEqualTo(30);
  }

  @Test
  void birthDatesOnALeapDayReference() {
    // On 29 Feb 2024, babies of age 0 were born from 1 Mar 2023 to 29 Feb 2024.
    assertThat(AgeRange.exactly(0).birthDates(LEAP_DAY))
        .isEqualTo(LocalDateRange.of(LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1)));
    // Someone born on 28 Feb 2023 is already 1 on 29 Feb 2024.
    assertThat(Period.between(LocalDate.of(2023, 2, 28), LEAP_DAY).getYears()).isEqualTo(1);
  }

  @Test
  void birthDatesOfALeapDayBabyInACommonYear() {
    LocalDate feb28 = LocalDate.of(2021, 2, 28);
    LocalDate mar1 = LocalDate.of(2021, 3, 1);
    LocalDate born = LocalDate.of(2000, 2, 29);
    // Period counts the birthday of 29 Feb babies as 1 March in common years.
    assertThat(AgeRange.exactly(20).birthDates(feb28).contains(born)).isTrue();
    assertThat(AgeRange.exactly(21).birthDates(mar1).contains(born)).isTrue();
    assertThat(AgeRange.exactly(21).birthDates(feb28).contains(born)).isFalse();
  }

  @Test
  void generationsDelegatesToGenerationMix() {
    assertThat(TWENTIES.generations(PLAN_DATE)).isEqualTo(GenerationMix.of(TWENTIES, PLAN_DATE));
  }

  @Test
  void refusesImpossibleRanges() {
    assertThatThrownBy(() -> AgeRange.of(30, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("age range must not be upside down: max 20 < min 30");
    assertThatThrownBy(() -> AgeRange.of(-1, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("min must be between 0 and 130: -1");
    assertThatThrownBy(() -> AgeRange.of(20, 131))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be between 0 and 130: 131");
    assertThatThrownBy(() -> AgeRange.atLeast(131)).isInstanceOf(IllegalArgumentException.class);
  }
}
