package dev.socialplan.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricKindTest {
  private static final MetricKind SAVES = MetricKind.of("Saves", "Saves", MetricUnit.COUNT, true);

  @Test
  void wellKnownMetricsCarryUnitAndDirection() {
    assertThat(MetricKind.FOLLOWERS.unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(MetricKind.FOLLOWERS.higherIsBetter()).isTrue();
    assertThat(MetricKind.ENGAGEMENT_RATE.unit()).isEqualTo(MetricUnit.RATE);
    assertThat(MetricKind.REVENUE.unit()).isEqualTo(MetricUnit.MONEY);
    assertThat(MetricKind.COST_PER_ACQUISITION.unit()).isEqualTo(MetricUnit.MONEY);
    assertThat(MetricKind.COST_PER_ACQUISITION.higherIsBetter()).isFalse();
    assertThat(MetricKind.COST_PER_CLICK.higherIsBetter()).isFalse();
    assertThat(MetricKind.COST_PER_MILLE.higherIsBetter()).isFalse();
    assertThat(MetricKind.COST_PER_ENGAGEMENT.higherIsBetter()).isFalse();
    assertThat(MetricKind.RESPONSE_TIME.unit()).isEqualTo(MetricUnit.DURATION);
    assertThat(MetricKind.RESPONSE_TIME.higherIsBetter()).isFalse();
    assertThat(MetricKind.NET_PROMOTER_SCORE.unit()).isEqualTo(MetricUnit.SCORE);
    assertThat(MetricKind.ROAS.unit()).isEqualTo(MetricUnit.RATE);
    assertThat(MetricKind.ROI.unit()).isEqualTo(MetricUnit.RATE);
  }

  @Test
  void onlyCostsAndResponseTimeAreLowerIsBetter() {
    assertThat(MetricKind.wellKnown())
        .filteredOn(m -> !m.higherIsBetter())
        .containsExactlyInAnyOrder(
            MetricKind.COST_PER_CLICK,
            MetricKind.COST_PER_MILLE,
            MetricKind.COST_PER_ACQUISITION,
            MetricKind.COST_PER_ENGAGEMENT,
            MetricKind.RESPONSE_TIME);
  }

  @Test
  void wellKnownIdsAreUniqueAndLookedUp() {
    Set<String> ids = new HashSet<>();
    for (MetricKind m : MetricKind.wellKnown()) {
      assertThat(ids.add(m.id())).as(m.id()).isTrue();
      assertThat(MetricKind.wellKnown(m.id())).containsSame(m);
      assertThat(m.isWellKnown()).isTrue();
    }
    assertThat(MetricKind.wellKnown()).hasSize(35);
    assertThat(MetricKind.wellKnown(" Engagement-Rate ")).containsSame(MetricKind.ENGAGEMENT_RATE);
    assertThat(MetricKind.wellKnown("saves")).isEmpty();
  }

  @Test
  void customMetricsAreOpen() {
    assertThat(SAVES.id()).isEqualTo("saves");
    assertThat(SAVES.displayName()).isEqualTo("Saves");
    assertThat(SAVES.isWellKnown()).isFalse();
    assertThat(SAVES).hasToString("Saves");
    assertThat(SAVES).isEqualTo(MetricKind.of("saves", "Bookmarks", MetricUnit.COUNT, true));
    MetricKind savesRate = MetricKind.of("saves", "Saves", MetricUnit.RATE, true);
    MetricKind savesDown = MetricKind.of("saves", "Saves", MetricUnit.COUNT, false);
    assertThat(SAVES).isNotEqualTo(savesRate).doesNotHaveSameHashCodeAs(savesRate);
    assertThat(SAVES).isNotEqualTo(savesDown).doesNotHaveSameHashCodeAs(savesDown);
  }

  @Test
  void wellKnownIdReturnsTheConstantWhenItAgrees() {
    assertThat(MetricKind.of("REACH", "My reach", MetricUnit.COUNT, true))
        .isSameAs(MetricKind.REACH);
  }

  @Test
  void wellKnownIdWithAnotherUnitOrDirectionIsRefused() {
    assertThatThrownBy(() -> MetricKind.of("reach", "Reach", MetricUnit.MONEY, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "id \"reach\" is the well-known metric COUNT (higher is better), not MONEY (higher is"
                + " better)");
    assertThatThrownBy(() -> MetricKind.of("reach", "Reach", MetricUnit.COUNT, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not COUNT (lower is better)");
  }

  @Test
  void malformedIdsAreRefused() {
    assertThatThrownBy(() -> MetricKind.of("profile visits", "x", MetricUnit.COUNT, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be 1 to 64 letters, digits, '-' or '_': \"profile visits\"");
    assertThatThrownBy(() -> MetricKind.of("", "x", MetricUnit.COUNT, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricKind.of("a".repeat(65), "x", MetricUnit.COUNT, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricKind.of("saves", " ", MetricUnit.COUNT, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("displayName must not be blank: \" \"");
    assertThatThrownBy(() -> MetricKind.of("saves", "Saves", null, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit must not be null");
  }

  @Test
  void improvementFollowsTheDirection() {
    assertThat(MetricKind.FOLLOWERS.isImprovement(100, 101)).isTrue();
    assertThat(MetricKind.FOLLOWERS.isImprovement(100, 100)).isFalse();
    assertThat(MetricKind.FOLLOWERS.isImprovement(100, 99)).isFalse();
    assertThat(MetricKind.COST_PER_CLICK.isImprovement(0.4, 0.3)).isTrue();
    assertThat(MetricKind.COST_PER_CLICK.isImprovement(0.3, 0.4)).isFalse();
    assertThat(MetricKind.COST_PER_CLICK.isImprovement(0.3, 0.3)).isFalse();
  }

  @Test
  void ordersByIdThenUnitThenDirection() {
    assertThat(MetricKind.CLICKS).isLessThan(MetricKind.REACH);
    MetricKind countUp = MetricKind.of("x1", "x", MetricUnit.COUNT, true);
    MetricKind rateUp = MetricKind.of("x1", "x", MetricUnit.RATE, true);
    MetricKind countDown = MetricKind.of("x1", "x", MetricUnit.COUNT, false);
    assertThat(countUp).isGreaterThan(countDown).isLessThan(rateUp);
    assertThat(countUp.compareTo(MetricKind.of("x1", "y", MetricUnit.COUNT, true))).isZero();
    assertThat(countUp.hashCode())
        .isEqualTo(MetricKind.of("x1", "y", MetricUnit.COUNT, true).hashCode());
  }

  @Test
  void serialisationKeepsConstantsUnique() throws Exception {
    assertThat(roundTrip(MetricKind.ENGAGEMENT_RATE)).isSameAs(MetricKind.ENGAGEMENT_RATE);
    Object saves = roundTrip(SAVES);
    assertThat(saves).isEqualTo(SAVES).isNotSameAs(SAVES);
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void equalByIdUnitAndDirectionNotByDisplayName() {
    new EqualsTester()
        .addEqualityGroup(
            SAVES,
            MetricKind.of("Saves", "Saves", MetricUnit.COUNT, true),
            MetricKind.of("Saves", "Saved posts", MetricUnit.COUNT, true))
        .addEqualityGroup(MetricKind.of("Saves", "Saves", MetricUnit.COUNT, false))
        .addEqualityGroup(MetricKind.of("Saves", "Saves", MetricUnit.RATE, true))
        .addEqualityGroup(MetricKind.FOLLOWERS)
        .addEqualityGroup(MetricKind.REACH)
        .testEquals();
  }
}
