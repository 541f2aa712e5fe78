package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvergreenTest {
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Instant NEW_YEAR = Instant.parse("2027-01-01T00:00:00Z");
  private static final Evergreen TIP = Evergreen.of(WEEK, 3).withTextVariants("B", "C");

  @Test
  void factoriesSetEveryPart() {
    Evergreen rule = TIP.withExpiry(NEW_YEAR);
    assertThat(rule.cooldown()).isEqualTo(WEEK);
    assertThat(rule.maxRecycles()).isEqualTo(3);
    assertThat(rule.expiry()).contains(NEW_YEAR);
    assertThat(rule.textVariants()).containsExactly("B", "C");
    assertThat(Evergreen.of(WEEK, 1).expiry()).isEmpty();
    assertThat(Evergreen.of(WEEK, 1).textVariants()).isEmpty();
    assertThat(TIP.withTextVariants(List.of("D")).textVariants()).containsExactly("D");
  }

  @Test
  void refusesWhatCannotRecycle() {
    assertThatThrownBy(() -> Evergreen.of(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cooldown must be positive: PT0S");
    assertThatThrownBy(() -> Evergreen.of(Duration.ofHours(-1), 1))
        .hasMessage("cooldown must be positive: PT-1H");
    assertThatThrownBy(() -> Evergreen.of(WEEK, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRecycles must be at least 1: 0");
    assertThatThrownBy(() -> TIP.withTextVariants("ok", " \u200B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("textVariants[1] must not be blank: \" \u200B\"");
  }

  @Test
  void expiryIsExclusive() {
    Evergreen rule = TIP.withExpiry(NEW_YEAR);
    assertThat(rule.allows(NEW_YEAR.minusSeconds(1))).isTrue();
    assertThat(rule.allows(NEW_YEAR)).isFalse();
    assertThat(TIP.allows(Instant.MAX)).isTrue();
  }

  @Test
  void textsRotateThroughTheDraftsOwnThenTheVariants() {
    assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(n -> TIP.textOf("A", n)))
        .containsExactly("A", "B", "C", "A", "B", "C");
    assertThat(Evergreen.of(WEEK, 2).textOf("A", 7)).isEqualTo("A");
    assertThat(TIP.textOf("A", Integer.MAX_VALUE)).isEqualTo("B");
    assertThatThrownBy(() -> TIP.textOf("A", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recycleIdsRoundTrip() {
    assertThat(Evergreen.recycleId("tip-7", 2)).isEqualTo("tip-7~2");
    assertThat(Evergreen.recyclingOf("tip-7", "tip-7~2")).contains(2);
    assertThat(Evergreen.recyclingOf("tip-7", Evergreen.recycleId("tip-7", Integer.MAX_VALUE)))
        .contains(Integer.MAX_VALUE);
    assertThat(Evergreen.recyclingOf("a~1", "a~1~3")).contains(3);
    assertThat(Evergreen.draftIdOf("a~1~3")).contains("a~1");
    assertThatThrownBy(() -> Evergreen.recycleId("tip-7", 0))
        .hasMessage("recycling must be at least 1: 0");
    assertThatThrownBy(() -> Evergreen.recycleId(" ", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherIdsAreNotRecyclings() {
    for (String id : List.of("tip-7", "tip-7~", "tip-7~0", "tip-7~01", "tip-7~x", "tip-7~1a",
        "tip-7~2147483648", "tip-7~99999999999", "tip-77~1", "tip-7-1")) {
      assertThat(Evergreen.recyclingOf("tip-7", id)).as(id).isEmpty();
    }
    assertThat(Evergreen.draftIdOf("~1")).isEmpty();
    assertThat(Evergreen.draftIdOf("plain")).isEqualTo(Optional.empty());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(TIP, Evergreen.of(WEEK, 3).withTextVariants("B", "C"))
        .addEqualityGroup(TIP.withExpiry(NEW_YEAR))
        .addEqualityGroup(Evergreen.of(WEEK, 3))
        .addEqualityGroup(Evergreen.of(WEEK, 4))
        .addEqualityGroup(Evergreen.of(Duration.ofDays(1), 3))
        .testEquals();
    assertThat(TIP.toString()).contains("PT168H", "maxRecycles=3");
  }
}
