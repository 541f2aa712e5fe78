package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressStatusTest {
  @Test
  void ranksFromMissedToAchieved() {
    assertThat(
            Arrays.stream(ProgressStatus.values())
                .filter(s -> s.rank() >= 0)
                .sorted(Comparator.comparingInt(ProgressStatus::rank)))
        .containsExactly(
            ProgressStatus.MISSED,
            ProgressStatus.OFF_TRACK,
            ProgressStatus.AT_RISK,
            ProgressStatus.ON_TRACK,
            ProgressStatus.ACHIEVED);
    assertThat(ProgressStatus.NOT_MEASURABLE.rank()).isNegative();
  }

  @Test
  void onlyAtRiskOffTrackAndMissedNeedAttention() {
    assertThat(Arrays.stream(ProgressStatus.values()).filter(ProgressStatus::needsAttention))
        .containsExactlyInAnyOrder(ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK, ProgressStatus.MISSED);
  }

  @Test
  void labelsAreMarketerWords() {
    assertThat(ProgressStatus.ON_TRACK.label(Locale.ENGLISH)).isEqualTo("on track");
    assertThat(ProgressStatus.NOT_MEASURABLE.label(Locale.ENGLISH)).isEqualTo("not measurable");
    assertThat(ProgressStatus.ON_TRACK.label(Locale.TAIWAN)).isEqualTo("進度正常");
    assertThat(ProgressStatus.AT_RISK.label(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("有風險");
  }
}
