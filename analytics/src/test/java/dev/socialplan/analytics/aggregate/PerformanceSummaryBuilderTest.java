package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceSummaryBuilderTest {
  private static PerformanceSummary fourPosts() {
    return PerformanceSummary.of(all());
  }

  /** Copies every total of a summary through the builder, as an engine's output would. */
  private static PerformanceSummary rebuilt(PerformanceSummary s) {
    PerformanceSummary.Builder b = PerformanceSummary.builder().count(s.count());
    for (Measure m : Measure.values()) {
      b.measure(m, s.sum(m), s.present(m));
    }
    for (MoneyMeasure m : MoneyMeasure.values()) {
      b.present(m, s.present(m));
      s.total(m).values().forEach(total -> b.amount(m, total));
    }
    return b.build();
  }

  @Test
  void rebuildsEqualSummaries() {
    assertThat(rebuilt(fourPosts())).isEqualTo(fourPosts()).hasToString(fourPosts().toString());
    assertThat(rebuilt(PerformanceSummary.empty())).isSameAs(PerformanceSummary.empty());
  }

  @Test
  void addsAmountsOfOneCurrency() {
    PerformanceSummary s =
        PerformanceSummary.builder()
            .count(2)
            .present(MoneyMeasure.SPEND, 2)
            .amount(MoneyMeasure.SPEND, Money.parse("EUR 1.25"))
            .amount(MoneyMeasure.SPEND, Money.parse("EUR 2.50"))
            .build();
    assertThat(s.spend()).containsOnly(java.util.Map.entry(
        org.joda.money.CurrencyUnit.EUR, Money.parse("EUR 3.75")));
    assertThat(s.missing(Measure.REACH)).isEqualTo(2);
  }

  @Test
  void refusesTotalsNoRecordsCouldGive() {
    assertThatThrownBy(() -> PerformanceSummary.builder().count(1).measure(Measure.REACH, 5, 2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach present in 2 records, more than the count 1");
    assertThatThrownBy(() -> PerformanceSummary.builder().count(1).measure(Measure.REACH, 5, 0).build())
        .hasMessage("reach sum must be 0 when no record has it: 5");
    assertThatThrownBy(() -> PerformanceSummary.builder().count(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> PerformanceSummary.builder().measure(Measure.VIDEO_STARTS, -3, 1))
        .hasMessageContaining("videoStarts sum");
    assertThatThrownBy(
            () -> PerformanceSummary.builder().count(1).amount(MoneyMeasure.SPEND, Money.parse("USD 1")).build())
        .hasMessage("spend totals given but no record has a spend: [USD 1.00]");
    assertThatThrownBy(
            () -> PerformanceSummary.builder().count(1).present(MoneyMeasure.REVENUE, 2).build())
        .hasMessage("revenue present in 2 records, more than the count 1");
    assertThatThrownBy(
            () -> PerformanceSummary.builder().amount(MoneyMeasure.REVENUE, Money.parse("USD -1")))
        .hasMessage("revenue must not be negative: USD -1.00");
  }

  @Test
  void totalsOfSomeMeasuresAndAmountsRebuildAndRefuseTheOthers() {
    java.util.Set<Measure> impressions = java.util.EnumSet.of(Measure.IMPRESSIONS);
    java.util.Set<MoneyMeasure> spend = java.util.EnumSet.of(MoneyMeasure.SPEND);
    PerformanceSummary.Builder builder = PerformanceSummary.builder();
    assertThat(builder.measures(impressions)).isSameAs(builder);
    assertThat(builder.amounts(spend)).isSameAs(builder);
    PerformanceSummary some =
        builder
            .count(2)
            .measure(Measure.IMPRESSIONS, 300, 2)
            .present(MoneyMeasure.SPEND, 1)
            .amount(MoneyMeasure.SPEND, Money.parse("USD 2.00"))
            .build();
    Grouping grouping = Grouping.none().withMeasures(impressions).withAmounts(spend);
    assertThat(some.measures()).isEqualTo(impressions);
    assertThat(some.amounts()).isEqualTo(spend);
    PerformanceRecord post =
        all().get(0).toBuilder().impressions(150).missing(MoneyMeasure.REVENUE).spend(Money.parse("USD 2.00")).build();
    PerformanceRecord other = post.toBuilder().missing(MoneyMeasure.SPEND).build();
    assertThat(some)
        .isEqualTo(PerformanceColumns.of(java.util.List.of(post, other)).aggregate(grouping).total());
    // Setting the measures again replaces the choice, and keeps the amounts.
    PerformanceSummary reachOnly =
        PerformanceSummary.builder()
            .amounts(spend)
            .measures(impressions)
            .measures(java.util.EnumSet.of(Measure.REACH))
            .count(1)
            .measure(Measure.REACH, 5, 1)
            .build();
    assertThat(reachOnly.measures()).containsExactly(Measure.REACH);
    assertThat(reachOnly.amounts()).containsExactly(MoneyMeasure.SPEND);
    PerformanceSummary revenueOnly =
        PerformanceSummary.builder()
            .measures(impressions)
            .amounts(spend)
            .amounts(java.util.EnumSet.of(MoneyMeasure.REVENUE))
            .count(1)
            .build();
    assertThat(revenueOnly.amounts()).containsExactly(MoneyMeasure.REVENUE);
    assertThat(revenueOnly.measures()).containsExactly(Measure.IMPRESSIONS);

    assertThatThrownBy(
            () ->
                PerformanceSummary.builder()
                    .measures(impressions)
                    .count(1)
                    .measure(Measure.REACH, 5, 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach is not added up but has totals: 5");
    assertThatThrownBy(
            () ->
                PerformanceSummary.builder()
                    .amounts(java.util.EnumSet.of(MoneyMeasure.REVENUE))
                    .count(1)
                    .present(MoneyMeasure.SPEND, 1)
                    .amount(MoneyMeasure.SPEND, Money.parse("USD 1.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spend is not added up but is present: 1");
    assertThatThrownBy(
            () -> PerformanceSummary.builder().amounts(spend).count(1).present(MoneyMeasure.REVENUE, 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue is not added up but is present: 1");
  }

  @Test
  void refusesAmountsPresentInMoreRecordsThanCounted() {
    assertThatThrownBy(() -> PerformanceSummary.builder().count(2).present(MoneyMeasure.SPEND, 3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spend present in 3 records, more than the count 2");
    assertThatThrownBy(() -> PerformanceSummary.builder().count(2).present(MoneyMeasure.REVENUE, 3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revenue present in 3 records, more than the count 2");
  }
}
