package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitiveBenchmarkTest {
  private static BenchmarkEntry glow() {
    return BenchmarkEntry.builder()
            .name("Glow")
            .mentions(50)
            .engagements(2_400)
            .posts(30)
            .followersAtStart(10_000)
            .followersAtEnd(10_500)
            .build();
  }

  private static BenchmarkEntry lumi() {
    return BenchmarkEntry.builder()
            .name("Lumi")
            .mentions(100)
            .engagements(3_000)
            .posts(60)
            .followersAtStart(40_000)
            .followersAtEnd(41_000)
            .build();
  }

  private static BenchmarkEntry petal() {
    return BenchmarkEntry.builder()
            .name("Petal")
            .mentions(10)
            .engagements(600)
            .posts(10)
            .followersAtStart(5_000)
            .followersAtEnd(5_500)
            .build();
  }

  private static BenchmarkEntry aura() {
    return BenchmarkEntry.builder().name("Aura").mentions(40).posts(20).build();
  }

  private static CompetitiveBenchmark benchmark() {
    return CompetitiveBenchmark.of(glow(), List.of(lumi(), petal(), aura()));
  }

  @Test
  void shareOfVoiceByMentionsMatchesSproutSocialsExample() {
    // 50 ÷ (50 + 100 + 10 + 40) = 25 %.
    assertThat(benchmark().shareOfVoice(VoiceBasis.MENTIONS)).contains(Ratio.of(50, 200));
    assertThat(benchmark().shareOfVoiceOf("Lumi", VoiceBasis.MENTIONS)).contains(Ratio.of(100, 200));
    assertThat(benchmark().shareOfVoiceOf("Nobody", VoiceBasis.MENTIONS)).isEmpty();
  }

  @Test
  void shareOfVoiceIsEmptyWhenAnyCountIsUnknown() {
    // Aura's engagements are unknown: leaving it out would overstate Glow's share.
    assertThat(benchmark().shareOfVoice(VoiceBasis.ENGAGEMENTS)).isEmpty();
    CompetitiveBenchmark known = CompetitiveBenchmark.of(glow(), List.of(lumi(), petal()));
    // 2,400 ÷ (2,400 + 3,000 + 600) = 40 %.
    assertThat(known.shareOfVoice(VoiceBasis.ENGAGEMENTS)).contains(Ratio.of(2_400, 6_000));
  }

  @Test
  void engagementPerPostAgainstTheCompetitorAverage() {
    // Glow 80; Lumi 50, Petal 60, Aura unknown → average (50 + 60) / 2 = 55; Glow 45.45 % above.
    MetricComparison c = benchmark().compare(BenchmarkMetric.ENGAGEMENTS_PER_POST);
    assertThat(c.brandValue()).hasValue(80);
    assertThat(c.competitorAverage()).hasValue(55);
    assertThat(c.brandVersusAverage().value().getAsDouble()).isCloseTo(25.0 / 55, within(1e-15));
    assertThat(c.withoutData()).containsExactly("Aura");
    assertThat(c.ranking())
        .containsExactly(new RankedValue(1, "Glow", 80), new RankedValue(2, "Petal", 60), new RankedValue(3, "Lumi", 50));
    assertThat(c.brandRank()).hasValue(1);
  }

  @Test
  void audienceGrowthAgainstTheCompetitorAverage() {
    // Glow 5 %; Lumi 2.5 %, Petal 10 % → average 6.25 %; Glow 20 % below it, ranked 2nd.
    MetricComparison c = benchmark().compare(BenchmarkMetric.AUDIENCE_GROWTH_RATE);
    assertThat(c.competitorAverage().getAsDouble()).isCloseTo(0.0625, within(1e-15));
    assertThat(c.brandVersusAverage().value().getAsDouble()).isCloseTo(-0.2, within(1e-12));
    assertThat(c.brandRank()).hasValue(2);
  }

  @Test
  void equalValuesShareARank() {
    BenchmarkEntry twin = BenchmarkEntry.builder().name("Twin").mentions(50).build();
    MetricComparison c =
        CompetitiveBenchmark.of(glow(), List.of(lumi(), twin, petal())).compare(BenchmarkMetric.MENTIONS);
    assertThat(c.ranking())
        .extracting(RankedValue::rank, RankedValue::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Lumi"),
            org.assertj.core.groups.Tuple.tuple(2, "Glow"),
            org.assertj.core.groups.Tuple.tuple(2, "Twin"),
            org.assertj.core.groups.Tuple.tuple(4, "Petal"));
  }

  @Test
  void comparesEveryMetric() {
    assertThat(benchmark().compareAll())
        .extracting(MetricComparison::metric)
        .containsExactly(BenchmarkMetric.values());
    assertThat(benchmark().entries()).extracting(BenchmarkEntry::name).containsExactly("Glow", "Lumi", "Petal", "Aura");
  }

  @Test
  void withoutCompetitorsThereIsNoAverage() {
    CompetitiveBenchmark alone = CompetitiveBenchmark.of(glow(), List.of());
    assertThat(alone.compare(BenchmarkMetric.MENTIONS).competitorAverage()).isEmpty();
    assertThat(alone.shareOfVoice(VoiceBasis.MENTIONS)).contains(Ratio.of(50, 50));
  }

  @Test
  void refusesDuplicateNames() {
    assertThatThrownBy(() -> CompetitiveBenchmark.of(glow(), List.of(lumi(), BenchmarkEntry.builder().name("Glow").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries must have distinct names: Glow");
  }
}
