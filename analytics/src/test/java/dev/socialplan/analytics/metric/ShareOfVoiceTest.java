package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareOfVoiceTest {
  @Test
  void workedExample() {
    // docs/metrics.md: 50 ÷ (50 + 100 + 10 + 40) → 25 %.
    assertThat(ShareOfVoice.share(50, 100, 10, 40).value()).hasValue(0.25);
    assertThat(ShareOfVoice.share(50, List.of(100L, 10L, 40L)).value()).hasValue(0.25);
  }

  @Test
  void noCompetitorsIsTheWholeVoiceAndNoMentionsIsUndefined() {
    assertThat(ShareOfVoice.share(7).value()).hasValue(1.0);
    assertThat(ShareOfVoice.share(0, 0, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativesAndOverflow() {
    assertThatThrownBy(() -> ShareOfVoice.share(5, 1, -3))
        .hasMessage("competitors[1] must not be negative: -3");
    assertThatThrownBy(() -> ShareOfVoice.share(Long.MAX_VALUE, 1))
        .isInstanceOf(ArithmeticException.class);
  }
}
