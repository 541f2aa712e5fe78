package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.metric.Ratio;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the calculators over zero, small and huge counts. Each
 * rate is defined exactly when its denominator is non-zero and is never NaN or infinite.
 */
class CalculatorPropertiesTest {
  private static final Gen<Long> COUNTS =
      longs().between(0, 0).mix(longs().between(0, 1_000), 30).mix(longs().between(0, Long.MAX_VALUE / 4), 30);
  private static final Gen<Ratio> RATIOS = COUNTS.zip(COUNTS, Ratio::of);

  @Test
  void simpleRatesAreDefinedExactlyWhenTheDenominatorIsNotZero() {
    qt().forAll(COUNTS, COUNTS)
        .checkAssert(
            (n, d) -> {
              for (Ratio r :
                  List.of(
                      ClickThroughRate.rate(n, d),
                      ConversionRate.rate(n, d),
                      Virality.rate(n, d),
                      Amplification.rate(n, d),
                      VideoRates.completionRate(n, d),
                      VideoRates.viewRate(n, d),
                      EngagementRates.byReach(n, d),
                      Responsiveness.responseRate(n, d))) {
                assertThat(r.isDefined()).isEqualTo(d != 0);
                r.value().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
              }
              for (dev.socialplan.metric.CountRate r :
                  List.of(
                      Applause.perPost(n, d),
                      Applause.perThousandFollowers(n, d),
                      Conversation.perPost(n, d),
                      Conversation.perThousandFollowers(n, d),
                      Amplification.sharesPerPost(n, d))) {
                assertThat(r.isDefined()).isEqualTo(d != 0);
                r.value().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
              }
              assertThat(ShareOfVoice.share(Math.min(n, Long.MAX_VALUE / 2), Math.min(d, Long.MAX_VALUE / 2))
                      .value()
                      .orElse(0.5))
                  .isBetween(0.0, 1.0);
            });
  }

  @Test
  void bothAveragesLieBetweenTheSmallestAndLargestDefinedRate() {
    qt().forAll(lists().of(RATIOS).ofSizeBetween(0, 50))
        .checkAssert(
            ratios -> {
              double min = ratios.stream().filter(Ratio::isDefined).mapToDouble(r -> r.value().getAsDouble()).min().orElse(0);
              double max = ratios.stream().filter(Ratio::isDefined).mapToDouble(r -> r.value().getAsDouble()).max().orElse(0);
              Ratio mean = Averages.meanOfRatios(ratios);
              Ratio pooled = Averages.pooled(ratios);
              assertThat(mean.isDefined()).isEqualTo(Averages.countUndefined(ratios) < ratios.size());
              assertThat(pooled.isDefined()).isEqualTo(mean.isDefined());
              double slack = 1e-9 * Math.max(1, max);
              mean.value().ifPresent(v -> assertThat(v).isBetween(min - slack, max + slack));
              pooled.value().ifPresent(v -> assertThat(v).isBetween(min - slack, max + slack));
            });
  }

  @Test
  void netSentimentVariantsAreBoundedAndConsistent() {
    Gen<Long> mentions = longs().between(0, 1_000_000_000);
    qt().forAll(mentions, mentions, mentions)
        .checkAssert(
            (p, n, neutral) -> {
              Ratio a = NetSentiment.NET_OF_ALL_MENTIONS.of(p, n, neutral);
              Ratio b = NetSentiment.NET_OF_POLAR_MENTIONS.of(p, n, neutral);
              Ratio c = NetSentiment.POSITIVE_SHARE.of(p, n, neutral);
              a.value().ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
              b.value().ifPresent(v -> assertThat(v).isBetween(-1.0, 1.0));
              c.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
              // (b) = 2 (c) − 1 whenever defined; |(a)| ≤ |(b)|.
              b.value().ifPresent(v -> assertThat(v).isCloseTo(2 * c.value().getAsDouble() - 1, org.assertj.core.api.Assertions.within(1e-12)));
              if (a.isDefined() && b.isDefined()) {
                assertThat(Math.abs(a.value().getAsDouble())).isLessThanOrEqualTo(Math.abs(b.value().getAsDouble()) + 1e-12);
              }
            });
  }

  @Test
  void costPerUnitTimesUnitsIsTheCostWithinRounding() {
    qt().forAll(longs().between(0, 100_000_000_000L), longs().between(0, 1_000_000))
        .checkAssert(
            (cents, clicks) -> {
              Money cost = Money.ofMinor(CurrencyUnit.USD, cents);
              assertThat(CostPer.click(cost, clicks, RoundingMode.HALF_EVEN).isPresent()).isEqualTo(clicks > 0);
              CostPer.click(cost, clicks, RoundingMode.DOWN)
                  .ifPresent(
                      cpc -> {
                        assertThat(cpc.multipliedBy(clicks).isGreaterThan(cost)).isFalse();
                        assertThat(cpc.plusMinor(1).multipliedBy(clicks).isGreaterThan(cost)).isTrue();
                      });
            });
  }

  @Test
  void periodComparisonAddsBackUpAndIsUndefinedOnlyFromZero() {
    Gen<Long> values = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    qt().forAll(values, values)
        .checkAssert(
            (now, before) -> {
              PeriodComparison<Long> c = PeriodComparison.ofCounts(now, before);
              assertThat(before + c.absoluteChange().orElseThrow()).isEqualTo(now);
              assertThat(c.relativeChange().isDefined()).isEqualTo(before != 0);
              c.percentChange()
                  .ifPresent(p -> assertThat(Math.signum(p)).isEqualTo(Math.signum((double) now - before)));
            });
  }

  @Test
  void medianAndMeanResponseTimesLieWithinTheTimes() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40))
        .checkAssert(
            seconds -> {
              List<Duration> times = seconds.stream().map(s -> Duration.ofSeconds(s)).toList();
              Duration min = times.stream().min(Duration::compareTo).orElseThrow();
              Duration max = times.stream().max(Duration::compareTo).orElseThrow();
              assertThat(Responsiveness.meanResponseTime(times).orElseThrow()).isBetween(min, max);
              assertThat(Responsiveness.medianResponseTime(times).orElseThrow()).isBetween(min, max);
            });
  }
}
