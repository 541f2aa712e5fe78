package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.socialplan.testkit.generators.AudienceGenerators;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class AgeRangePropertiesTest {

  private static int age(LocalDate birth, LocalDate on) {
    return Period.between(birth, on).getYears();
  }

  @Test
  void everyBirthDateInTheRangeHasAnAgeInTheRange() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates(), doubles().fromZeroToOne())
        .checkAssert(
            (range, ref, where) -> {
              LocalDateRange births = range.birthDates(ref);
              long offset = (long) Math.floor(where * (births.lengthInDays() - 1));
              LocalDate birth = births.getStart().plusDays(offset);
              assertThat(range.contains(age(birth, ref))).as("born %s on %s", birth, ref).isTrue();
              assertThat(range.contains(age(births.getStart(), ref))).isTrue();
              assertThat(range.contains(age(births.getEndInclusive(), ref))).isTrue();
            });
  }

  @Test
  void theDaysJustOutsideHaveAgesJustOutside() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates())
        .checkAssert(
            (range, ref) -> {
              LocalDateRange births = range.birthDates(ref);
              assertThat(age(births.getStart().minusDays(1), ref)).isEqualTo(range.max() + 1);
              if (range.min() > 0) {
                assertThat(age(births.getEnd(), ref)).isEqualTo(range.min() - 1);
              } else {
                assertThat(births.getEnd()).isEqualTo(ref.plusDays(1));
              }
            });
  }

  @Test
  void consecutiveAgesPartitionTheBirthDates() {
    qt().forAll(AudienceGenerators.ageRanges(), AudienceGenerators.referenceDates())
        .checkAssert(
            (range, ref) -> {
              LocalDate end = range.birthDates(ref).getEnd();
              for (int a = range.min(); a <= range.max(); a++) {
                LocalDateRange single = AgeRange.exactly(a).birthDates(ref);
                assertThat(single.getEnd()).isEqualTo(end);
                assertThat(single.lengthInDays()).isBetween(365, 366);
                end = single.getStart();
              }
              assertThat(end).isEqualTo(range.birthDates(ref).getStart());
            });
  }
}
