package dev.socialplan.analytics.progress;

import static dev.socialplan.analytics.progress.Goals.followers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.Target;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricSeriesTest {
  private static final LocalDate FEB_1 = LocalDate.of(2025, 2, 1);
  private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);
  private static MetricSeries series() {
    return MetricSeries.of(followers(MAR_1, 10_700), followers(FEB_1, 10_300));
  }

  @Test
  void sortsByDate() {
    assertThat(series().observations()).extracting(MetricObservation::date).containsExactly(FEB_1, MAR_1);
    assertThat(series().plus(followers(LocalDate.of(2025, 1, 15), 10_100)).observations().get(0).date())
        .isEqualTo(LocalDate.of(2025, 1, 15));
  }

  @Test
  void findsTheLatestObservationOnOrBeforeADate() {
    assertThat(series().latestOnOrBefore(MAR_1)).contains(followers(MAR_1, 10_700));
    assertThat(series().latestOnOrBefore(MAR_1.minusDays(1))).contains(followers(FEB_1, 10_300));
    assertThat(series().latestOnOrBefore(FEB_1.minusDays(1))).isEmpty();
    assertThat(series().between(FEB_1, FEB_1)).containsExactly(followers(FEB_1, 10_300));
    assertThat(MetricSeries.empty().isEmpty()).isTrue();
    assertThat(series().isEmpty()).isFalse();
  }

  @Test
  void refusesTwoObservationsOnADayAndMixedKinds() {
    assertThatThrownBy(() -> series().plus(followers(FEB_1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations must be in date order, one per day: 2025-02-01 after 2025-02-01");
    assertThatThrownBy(() -> series().plus(MetricObservation.of(LocalDate.of(2025, 4, 1), Target.ofPercent(5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("observations must all be of the same kind as");
  }
}
