package dev.socialplan.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SocialPresenceTest {
  private static final Handle RIVAL = Handle.of(Platform.INSTAGRAM, "rivaltea");
  private static final SocialPresence OBSERVED =
      SocialPresence.builder()
          .handle(RIVAL)
          .followers(25_000)
          .postsPerWeek(4.5)
          .engagementRate(Ratio.of(1_000, 20_000))
          .engagementsPerPost(220)
          .observedOn(LocalDate.of(2025, 5, 20))
          .build();

  @Test
  void keepsWhatWasObserved() {
    assertThat(OBSERVED.handle()).isEqualTo(RIVAL);
    assertThat(OBSERVED.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(OBSERVED.followers()).hasValue(25_000);
    assertThat(OBSERVED.postsPerWeek()).hasValue(4.5);
    assertThat(OBSERVED.engagementRate()).contains(Ratio.of(1_000, 20_000));
    assertThat(OBSERVED.engagementRate().orElseThrow().asPercent()).hasValue(5.0);
    assertThat(OBSERVED.engagementsPerPost()).hasValue(220);
    assertThat(OBSERVED.observedOn()).contains(LocalDate.of(2025, 5, 20));
  }

  @Test
  void engagementsPerWeekNeedBothFigures() {
    assertThat(OBSERVED.engagementsPerWeek()).hasValue(990);
    assertThat(SocialPresence.of(RIVAL).engagementsPerWeek()).isEmpty();
    assertThat(SocialPresence.builder().handle(RIVAL).postsPerWeek(3).build().engagementsPerWeek())
        .isEmpty();
  }

  @Test
  void aBarePresenceHasNoFigures() {
    SocialPresence bare = SocialPresence.of(RIVAL);
    assertThat(bare.followers()).isEmpty();
    assertThat(bare.postsPerWeek()).isEmpty();
    assertThat(bare.engagementRate()).isEmpty();
    assertThat(bare.observedOn()).isEmpty();
  }

  @Test
  void anUndefinedRateIsAcceptedAsObserved() {
    SocialPresence noReach =
        SocialPresence.builder().handle(RIVAL).engagementRate(Ratio.of(0, 0)).build();
    assertThat(noReach.engagementRate().orElseThrow().isDefined()).isFalse();
  }

  @Test
  void aZeroRateIsAcceptedAsObserved() {
    SocialPresence silent =
        SocialPresence.builder().handle(RIVAL).engagementRate(Ratio.of(0, 5_000)).build();
    assertThat(silent.engagementRate()).contains(Ratio.of(0, 5_000));
  }

  @Test
  void refusesNegativeOrNonFiniteFigures() {
    assertThatThrownBy(() -> SocialPresence.builder().handle(RIVAL).followers(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followers must not be negative: -1");
    assertThatThrownBy(() -> SocialPresence.builder().handle(RIVAL).postsPerWeek(-0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postsPerWeek must not be negative: -0.5");
    assertThatThrownBy(
            () -> SocialPresence.builder().handle(RIVAL).postsPerWeek(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postsPerWeek must be a finite number: NaN");
    assertThatThrownBy(
            () -> SocialPresence.builder().handle(RIVAL).engagementsPerPost(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("engagementsPerPost must not be negative: -3.0");
    assertThatThrownBy(
            () -> SocialPresence.builder().handle(RIVAL).engagementRate(Ratio.of(-5, 100)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("engagementRate must not be negative: -5% (-5/100)");
  }

  @Test
  void equalByValue() {
    SocialPresence copy = SocialPresence.builder().from(OBSERVED).build();
    assertThat(copy).isEqualTo(OBSERVED).hasSameHashCodeAs(OBSERVED);
    assertThat(copy).isNotEqualTo(SocialPresence.of(RIVAL));
    assertThat(OBSERVED.toString()).contains("rivaltea").contains("25000");
  }
}
