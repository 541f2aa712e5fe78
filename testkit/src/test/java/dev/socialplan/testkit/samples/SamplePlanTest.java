package dev.socialplan.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.calendar.rules.PlannedCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplePlanTest {
  private static final SamplePlan ARTICLE = SamplePlans.article();
  private static final PerformanceRecord FIRST = ARTICLE.performance().get(0);

  private static SamplePlan.Builder copy() {
    return SamplePlan.builder().from(ARTICLE);
  }

  private static List<PerformanceRecord> withFirst(PerformanceRecord replacement) {
    List<PerformanceRecord> records = new ArrayList<>(ARTICLE.performance());
    records.set(0, replacement);
    return records;
  }

  @Test
  void keepsItsParts() {
    assertThat(ARTICLE.name()).isEqualTo("Little Lunchbox (the source article's scenario)");
    assertThat(ARTICLE.description()).contains("single mothers in their 20s");
    assertThat(ARTICLE.plan().brand().name()).isEqualTo("Little Lunchbox");
    assertThat(ARTICLE.asOf()).isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(ARTICLE.seriesByGoal().keySet())
        .containsExactly(
            ArticleSample.GOAL_INSTAGRAM_FOLLOWERS,
            ArticleSample.GOAL_INSTAGRAM_ENGAGEMENT,
            ArticleSample.GOAL_TIKTOK_FOLLOWERS);
  }

  @Test
  void thePlannedCalendarCarriesTheRequestsSchedulesPeriodAndMix() {
    PlannedCalendar planned = ARTICLE.plannedCalendar();
    assertThat(planned.calendar()).isEqualTo(ARTICLE.calendar());
    assertThat(planned.schedules()).isEqualTo(ARTICLE.schedulingRequest().schedules());
    assertThat(planned.period()).contains(ARTICLE.schedulingRequest().period());
    assertThat(planned.mix()).isEqualTo(ARTICLE.schedulingRequest().mix().orElseThrow());
  }

  @Test
  void theProgressReportIsOnTheSamplesDate() {
    assertThat(ARTICLE.progressReport().asOf()).isEqualTo(ARTICLE.asOf());
    assertThat(ARTICLE.progressReport().goals()).hasSize(ARTICLE.plan().goals().size());
  }

  @Test
  void isAValue() {
    SamplePlan same = copy().build();
    assertThat(same).isEqualTo(ARTICLE).hasSameHashCodeAs(ARTICLE);
    assertThat(copy().name("Another").build()).isNotEqualTo(ARTICLE);
    assertThat(ARTICLE.toString()).contains("Little Lunchbox (the source article's scenario)");
  }

  @Test
  void refusesBlankTexts() {
    assertThatThrownBy(() -> copy().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> copy().description("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("description must not be blank: \"\"");
  }

  @Test
  void refusesACalendarInAnotherZone() {
    assertThatThrownBy(() -> copy().calendar(ARTICLE.calendar().withZone(ZoneOffset.UTC)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calendar must be in the plan's time zone Asia/Taipei: Z");
  }

  @Test
  void refusesRecordsThatDoNotMatchAPostOfTheCalendar() {
    PerformanceRecord anonymous =
        PerformanceRecord.builder()
            .platform(FIRST.platform())
            .publishedAt(FIRST.publishedAt())
            .format(FIRST.format())
            .purpose(FIRST.purpose())
            .build();
    assertThatThrownBy(() -> copy().performance(withFirst(anonymous)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("performance[0] must name its post: ");
    PerformanceRecord stranger = FIRST.toBuilder().postId("no-such-post").build();
    assertThatThrownBy(() -> copy().performance(withFirst(stranger)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("performance[0] names no post of the calendar: \"no-such-post\"");
    PerformanceRecord late = FIRST.toBuilder().publishedAt(FIRST.publishedAt().plusSeconds(60)).build();
    assertThatThrownBy(() -> copy().performance(withFirst(late)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "performance[0] does not match post \"" + FIRST.postId().orElseThrow() + "\"");
    List<PerformanceRecord> twice = new ArrayList<>(ARTICLE.performance());
    twice.add(FIRST);
    assertThatThrownBy(() -> copy().performance(twice).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "performance["
                + ARTICLE.performance().size()
                + "] is a second record of post \""
                + FIRST.postId().orElseThrow()
                + "\"");
  }

  @Test
  void refusesSeriesOfUnknownGoalsOrBeyondItsDate() {
    MetricSeries series = MetricSeries.of(MetricObservation.ofCount(LocalDate.of(2026, 3, 1), 1));
    assertThatThrownBy(() -> copy().putSeriesByGoal("No such goal", series).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seriesByGoal must be keyed by the name of a goal of the plan: \"No such goal\"");
    assertThatThrownBy(() -> copy().asOf(LocalDate.of(2026, 3, 28)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("seriesByGoal[")
        .hasMessageEndingWith("must end no later than asOf 2026-03-28: 2026-03-29");
  }
}
