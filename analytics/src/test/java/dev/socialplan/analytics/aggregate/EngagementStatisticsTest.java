package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.platform.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngagementStatisticsTest {
  private static EngagementDefinition facebook() {
    return EngagementDefinition.forPlatform(Platform.FACEBOOK);
  }

  @Test
  void equalByDefinitionPostsAndRates() {
    List<PerformanceRecord> two = List.of(Fixtures.facebookPhoto(), Fixtures.facebookStatus());
    new EqualsTester()
        .addEqualityGroup(
            EngagementStatistics.of(two, facebook()),
            EngagementStatistics.of(List.of(Fixtures.facebookStatus(), Fixtures.facebookPhoto()), facebook()))
        .addEqualityGroup(EngagementStatistics.of(List.of(Fixtures.facebookPhoto()), facebook()))
        .addEqualityGroup(
            EngagementStatistics.of(two, EngagementDefinition.forPlatform(Platform.INSTAGRAM)))
        .addEqualityGroup(EngagementStatistics.of(List.of(), facebook()))
        .testEquals();
  }

  @Test
  void withoutPostsEveryAverageIsUndefined() {
    EngagementStatistics none = EngagementStatistics.of(List.of(), facebook());
    assertThat(none.posts()).isZero();
    assertThat(none.excluded()).isZero();
    assertThat(none.pooled().isDefined()).isFalse();
    assertThat(none.medianRate()).isEmpty();
  }

  @Test
  void namesItsDefinitionAndReadsAsItsFigures() {
    EngagementStatistics none = EngagementStatistics.of(List.of(), facebook());
    assertThat(none.definition()).isEqualTo(facebook());
    assertThat(none.toString())
        .isEqualTo(
            "EngagementStatistics[included=0, excluded=0, pooled=" + none.pooled()
                + ", meanOfRates=" + none.meanOfRates() + ", median=undefined]");
    EngagementStatistics one = EngagementStatistics.of(List.of(Fixtures.facebookPhoto()), facebook());
    assertThat(one.toString()).startsWith("EngagementStatistics[included=").doesNotContain("median=undefined");
  }
}
