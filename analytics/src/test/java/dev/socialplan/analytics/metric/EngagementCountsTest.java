package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EngagementCountsTest {
  /** docs/metrics.md, LinkedIn: 751 clicks + 439 reactions + 23 comments. */
  private static EngagementCounts linkedinPost() {
    return EngagementCounts.builder().clicks(751).reactions(439).comments(23).shares(0).build();
  }

  @Test
  void keepsMeasuredCountsAndLeavesOthersEmpty() {
    assertThat(linkedinPost().clicks()).hasValue(751);
    assertThat(linkedinPost().count(EngagementComponent.REACTIONS)).hasValue(439);
    assertThat(linkedinPost().count(EngagementComponent.COMMENTS)).hasValue(23);
    assertThat(linkedinPost().count(EngagementComponent.SHARES)).hasValue(0);
    assertThat(linkedinPost().count(EngagementComponent.FOLLOWS)).isEmpty();
    assertThat(linkedinPost().saves()).isEqualTo(OptionalLong.empty());
  }

  @Test
  void buildsFromAMapAndByComponent() {
    Map<EngagementComponent, Long> map = new EnumMap<>(EngagementComponent.class);
    map.put(EngagementComponent.CLICKS, 751L);
    map.put(EngagementComponent.REACTIONS, 439L);
    map.put(EngagementComponent.COMMENTS, 23L);
    map.put(EngagementComponent.SHARES, 0L);
    assertThat(EngagementCounts.of(map)).isEqualTo(linkedinPost());
    EngagementCounts.Builder builder = EngagementCounts.builder();
    for (EngagementComponent c : EngagementComponent.values()) {
      // count returns the builder, so calls chain as the other setters do
      builder = builder.count(c, c.ordinal() + 1);
    }
    EngagementCounts all = builder.build();
    for (EngagementComponent c : EngagementComponent.values()) {
      assertThat(all.count(c)).hasValue(c.ordinal() + 1);
    }
  }

  @Test
  void refusesNegativeCountsNamingTheField() {
    assertThatThrownBy(() -> EngagementCounts.builder().saves(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("saves must not be negative: -2");
    assertThatThrownBy(() -> EngagementCounts.of(Map.of(EngagementComponent.FOLLOWS, -1L)))
        .hasMessage("follows must not be negative: -1");
  }
}
