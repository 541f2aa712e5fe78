package dev.socialplan.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeOfWeekGridTest {
  private static final TimeOfWeek TUESDAY_7PM = TimeOfWeek.of(DayOfWeek.TUESDAY, 19);
  private static final TimeOfWeek SATURDAY_10AM = TimeOfWeek.of(DayOfWeek.SATURDAY, 10);
  private static final TimeOfWeekGrid EVENINGS =
      TimeOfWeekGrid.of(Map.of(TUESDAY_7PM, 4.0, SATURDAY_10AM, 2.0), 1.0);

  @Test
  void uniformHasNoPreference() {
    assertThat(TimeOfWeekGrid.uniform().weight(TUESDAY_7PM)).isEqualTo(1.0);
    assertThat(TimeOfWeekGrid.uniform().ranked().get(0)).isEqualTo(TimeOfWeek.ofIndex(0));
  }

  @Test
  void filledGivesEveryHourTheWeight() {
    TimeOfWeekGrid grid = TimeOfWeekGrid.filled(2.5);
    assertThat(grid.weight(TUESDAY_7PM)).isEqualTo(2.5);
    assertThat(grid.toArray()).containsOnly(2.5);
  }

  @Test
  void ofMapSetsTheGivenHoursAndTheRestToOtherwise() {
    TimeOfWeekGrid grid = TimeOfWeekGrid.of(Map.of(TUESDAY_7PM, 4.0), 0.5);
    assertThat(grid.weight(TUESDAY_7PM)).isEqualTo(4.0);
    assertThat(grid.weight(SATURDAY_10AM)).isEqualTo(0.5);
    assertThat(grid.toArray()).containsOnly(4.0, 0.5);
  }

  @Test
  void weightsAndRanking() {
    assertThat(EVENINGS.weight(DayOfWeek.TUESDAY, 19)).isEqualTo(4.0);
    assertThat(EVENINGS.weight(DayOfWeek.MONDAY, 3)).isEqualTo(1.0);
    assertThat(EVENINGS.ranked()).hasSize(168).startsWith(TUESDAY_7PM, SATURDAY_10AM, TimeOfWeek.ofIndex(0));
    assertThat(EVENINGS.maxWeight()).isEqualTo(4.0);
  }

  @Test
  void normalisesToAMaximumOfOne() {
    TimeOfWeekGrid normalised = EVENINGS.normalised();
    assertThat(normalised.weight(TUESDAY_7PM)).isEqualTo(1.0);
    assertThat(normalised.weight(SATURDAY_10AM)).isEqualTo(0.5);
    assertThat(TimeOfWeekGrid.filled(0).normalised()).isEqualTo(TimeOfWeekGrid.filled(0));
  }

  @Test
  void copiesAreIndependent() {
    double[] weights = EVENINGS.toArray();
    weights[TUESDAY_7PM.index()] = 0;
    assertThat(EVENINGS.weight(TUESDAY_7PM)).isEqualTo(4.0);
    assertThat(TimeOfWeekGrid.of(EVENINGS.toArray())).isEqualTo(EVENINGS).hasSameHashCodeAs(EVENINGS);
    assertThat(EVENINGS.withWeight(TUESDAY_7PM, 0).weight(TUESDAY_7PM)).isZero();
    assertThat(EVENINGS.withWeight(TUESDAY_7PM, 0))
        .isNotEqualTo(EVENINGS)
        .doesNotHaveSameHashCodeAs(EVENINGS);
    assertThat(EVENINGS.weight(TUESDAY_7PM)).isEqualTo(4.0);
  }

  @Test
  void refusesImpossibleWeights() {
    assertThatThrownBy(() -> TimeOfWeekGrid.of(new double[7]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must have 168 entries (7 days × 24 hours): 7");
    double[] negative = new double[168];
    negative[43] = -1;
    assertThatThrownBy(() -> TimeOfWeekGrid.of(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[TUESDAY 19:00] must not be negative: -1.0");
    assertThatThrownBy(() -> TimeOfWeekGrid.filled(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be a finite number: NaN");
  }

  @Test
  void toStringNamesTheBestHours() {
    assertThat(EVENINGS)
        .hasToString(
            "TimeOfWeekGrid[best: TUESDAY 19:00 = 4.0, SATURDAY 10:00 = 2.0,"
                + " MONDAY 00:00 = 1.0, ...]");
  }

  @Test
  void equalByWeights() {
    new EqualsTester()
        .addEqualityGroup(
            EVENINGS,
            TimeOfWeekGrid.uniform().withWeight(TUESDAY_7PM, 4.0).withWeight(SATURDAY_10AM, 2.0))
        .addEqualityGroup(EVENINGS.withWeight(SATURDAY_10AM, 3.0))
        .addEqualityGroup(TimeOfWeekGrid.uniform(), TimeOfWeekGrid.filled(1.0))
        .testEquals();
  }
}
