package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AudienceReachTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 20);

  /** Snapchat in Pew 2025: all 25, men 22, women 28, 18–29 58, 30–49 31, 50–64 13, 65+ 4. */
  private static final AudienceReach SNAPCHAT =
      AudienceReach.builder()
          .all(Ratio.of(25, 100))
          .men(Ratio.of(22, 100))
          .women(Ratio.of(28, 100))
          .putByAgeBand(AgeBand.AGE_18_29, Ratio.of(58, 100))
          .putByAgeBand(AgeBand.AGE_30_49, Ratio.of(31, 100))
          .putByAgeBand(AgeBand.AGE_50_64, Ratio.of(13, 100))
          .putByAgeBand(AgeBand.AGE_65_PLUS, Ratio.of(4, 100))
          .survey("Pew 2025")
          .published(PUBLISHED)
          .build();

  /** Threads in Pew 2025: only the total, 8 %. */
  private static final AudienceReach THREADS =
      AudienceReach.builder().all(Ratio.of(8, 100)).survey("Pew 2025").published(PUBLISHED).build();

  @Test
  void keepsItsCells() {
    assertThat(SNAPCHAT.ageBand(AgeBand.AGE_65_PLUS)).contains(Ratio.of(4, 100));
    assertThat(SNAPCHAT.men()).contains(Ratio.of(22, 100));
    assertThat(SNAPCHAT.hasAllCells()).isTrue();
    assertThat(SNAPCHAT.cellsTranscribed()).isFalse();
    assertThat(THREADS.hasAllCells()).isFalse();
    assertThat(THREADS.ageBand(AgeBand.AGE_18_29)).isEmpty();
    assertThat(THREADS.dailyUse()).isEmpty();
    assertThat(THREADS.note()).isEmpty();
  }

  @Test
  void cellsAreConfirmedUnlessSaidOtherwise() {
    AudienceReach.Builder bluesky =
        AudienceReach.builder().all(Ratio.of(4, 100)).survey("Pew 2025").published(PUBLISHED);
    assertThat(bluesky.build().cellsTranscribed()).isFalse();
    assertThat(bluesky.cellsTranscribed(true).build().cellsTranscribed()).isTrue();
  }

  @Test
  void womenOverFiftyOnSnapchatAreFew() {
    // (15 × 0.13 + 16 × 0.04) / 31 × (0.28 / 0.25)
    double expected = (15 * 0.13 + 16 * 0.04) / 31 * (0.28 / 0.25);
    assertThat(SNAPCHAT.estimate(50, 80, 1.0).orElseThrow().valueOr(-1))
        .isCloseTo(expected, within(1e-12));
    assertThat(expected).isLessThan(0.10);
  }

  @Test
  void youngWomenOnSnapchatAreMany() {
    assertThat(SNAPCHAT.estimate(20, 29, 1.0).orElseThrow().valueOr(-1))
        .isCloseTo(0.58 * 0.28 / 0.25, within(1e-12));
  }

  @Test
  void menOnlyUsesTheMenCell() {
    assertThat(SNAPCHAT.estimate(18, 29, 0.0).orElseThrow().valueOr(-1))
        .isCloseTo(0.58 * 0.22 / 0.25, within(1e-12));
  }

  @Test
  void halfAndHalfAcrossAllBands() {
    // Ages 18–65: 12 years at 58, 20 at 31, 15 at 13, 1 at 4; gender factor (0.5×28 + 0.5×22)/25.
    double byAge = (12 * 0.58 + 20 * 0.31 + 15 * 0.13 + 1 * 0.04) / 48;
    assertThat(SNAPCHAT.estimate(18, 65, 0.5).orElseThrow().valueOr(-1))
        .isCloseTo(byAge * (0.5 * 0.28 + 0.5 * 0.22) / 0.25, within(1e-12));
  }

  @Test
  void withoutCellsTheTotalIsTheEstimate() {
    assertThat(THREADS.estimate(20, 29, 1.0).orElseThrow().valueOr(-1)).isCloseTo(0.08, within(1e-15));
  }

  @Test
  void minorsAreNotCovered() {
    assertThat(SNAPCHAT.estimate(13, 17, 0.5)).isEmpty();
    assertThat(SNAPCHAT.estimate(13, 18, 0.5).orElseThrow().valueOr(-1))
        .isCloseTo(0.58 * (0.5 * 0.28 + 0.5 * 0.22) / 0.25, within(1e-12));
  }

  @Test
  void estimateIsCappedAtOne() {
    AudienceReach skewed =
        AudienceReach.builder()
            .all(Ratio.of(10, 100))
            .women(Ratio.of(90, 100))
            .men(Ratio.of(0, 100))
            .putByAgeBand(AgeBand.AGE_18_29, Ratio.of(95, 100))
            .survey("made up")
            .published(PUBLISHED)
            .build();
    assertThat(skewed.estimate(18, 29, 1.0)).contains(Ratio.ofFraction(1.0));
  }

  @Test
  void zeroTotalGivesZeroNotNaN() {
    AudienceReach none =
        AudienceReach.builder()
            .all(Ratio.of(0, 100))
            .men(Ratio.of(0, 100))
            .women(Ratio.of(0, 100))
            .survey("made up")
            .published(PUBLISHED)
            .build();
    assertThat(none.estimate(18, 90, 0.5)).contains(Ratio.ofFraction(0));
  }

  @Test
  void refusesImpossibleInput() {
    assertThatThrownBy(() -> SNAPCHAT.estimate(-1, 20, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromAge must not be negative: -1");
    assertThatThrownBy(() -> SNAPCHAT.estimate(30, 20, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toAge must not be below fromAge (30): 20");
    assertThatThrownBy(() -> SNAPCHAT.estimate(20, 30, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("womenShare must be between 0 and 1: 1.5");
  }

  @Test
  void refusesSharesOutsideZeroToOne() {
    assertThatThrownBy(
            () ->
                AudienceReach.builder()
                    .all(Ratio.of(120, 100))
                    .survey("s")
                    .published(PUBLISHED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("all must be between 0 and 1: 1.2");
    assertThatThrownBy(
            () ->
                AudienceReach.builder()
                    .all(Ratio.of(1, 0))
                    .survey("s")
                    .published(PUBLISHED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("all must be a defined share: undefined (1/0)");
    assertThatThrownBy(
            () ->
                AudienceReach.builder()
                    .from(SNAPCHAT)
                    .putByAgeBand(AgeBand.AGE_18_29, Ratio.of(-1, 100))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byAgeBand[AGE_18_29] must be between 0 and 1: -0.01");
    assertThatThrownBy(
            () -> AudienceReach.builder().from(THREADS).men(Ratio.of(2, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("men must be between 0 and 1: 2.0");
    assertThatThrownBy(
            () -> AudienceReach.builder().from(THREADS).women(Ratio.of(2, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women must be between 0 and 1: 2.0");
    assertThatThrownBy(
            () -> AudienceReach.builder().from(THREADS).dailyUse(Ratio.of(2, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyUse must be between 0 and 1: 2.0");
    assertThatThrownBy(() -> AudienceReach.builder().from(THREADS).survey(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survey must not be blank: \" \"");
    assertThatThrownBy(() -> AudienceReach.builder().from(THREADS).note("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note must not be blank: \"\"");
  }
}
