package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.testkit.samples.SamplePlans;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PlanReviewTest {
  private static final PlanReview ARTICLE = SampleReviews.of(SamplePlans.article());
  private static final String HOSTILE = "<script>alert(1)</script>";

  private static List<String> sectionIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<section id=\"([a-z-]+)\"").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void anEmptyReviewIsAPageWithoutSections() {
    PlanReview empty = PlanReview.builder().build();
    assertThat(empty.sections()).isEmpty();
    String html = empty.toHtml(Locale.ENGLISH);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>Plan review</h1>").endsWith("</html>\n");
    assertThat(sectionIds(html)).isEmpty();
  }

  @Test
  void showsTheSectionsItHasInPageOrder() {
    assertThat(ARTICLE.sections()).containsExactly(ReviewSection.values());
    String html = ARTICLE.toHtml(Locale.ENGLISH);
    assertThat(sectionIds(html))
        .containsExactly(ARTICLE.sections().stream().map(ReviewSection::id).toArray(String[]::new));
    PlanReview some =
        PlanReview.builder().bestTimes(ARTICLE.bestTimes().orElseThrow()).addExperiment(ARTICLE.experiments().get(0)).build();
    assertThat(some.sections()).containsExactly(ReviewSection.BEST_TIMES, ReviewSection.EXPERIMENTS);
    assertThat(sectionIds(some.toHtml(Locale.TAIWAN))).containsExactly("best-times", "experiments");
  }

  @Test
  void isSelfContained() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
      String html = ARTICLE.toHtml(locale);
      assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
          .doesNotContain("http://", "https://", "<script", "<link rel=\"stylesheet\"", "@import", "src=");
      assertThat(html).contains("<style>", "<svg");
    }
  }

  @Test
  void escapesEveryUserText() {
    PlannedCalendar planned = ARTICLE.calendar().orElseThrow();
    ContentCalendar calendar = planned.calendar();
    ScheduledPost first = calendar.first().orElseThrow();
    PlanReview hostile =
        PlanReview.builder()
            .from(ARTICLE)
            .title(HOSTILE)
            .calendar(
                PlannedCalendar.builder()
                    .from(planned)
                    .calendar(calendar.without(first.id()).with(first.withText(HOSTILE)))
                    .build())
            .experiments(
                List.of(
                    ExperimentResult.of(
                        HOSTILE,
                        MultiVariantAnalysis.of(Variant.of("\"><b>x", 100, 10), Variant.of("B & C", 100, 20)))))
            .build();
    String html = hostile.toHtml(Locale.ENGLISH);
    assertThat(html).doesNotContain(HOSTILE).doesNotContain("\"><b>x").doesNotContain("B & C");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("B &amp; C");
    assertThat(count(html, "&lt;script&gt;alert\\(1\\)&lt;/script&gt;")).isGreaterThanOrEqualTo(4);
  }

  @Test
  void followsTheLocale() {
    String en = ARTICLE.toHtml(Locale.ENGLISH);
    String zh = ARTICLE.toHtml(Locale.TAIWAN);
    assertThat(en).contains("<html lang=\"en\">", "Mar 2, 2026", "NT$540,000", "What the plan still needs");
    assertThat(zh).contains("<html lang=\"zh-TW\">", "2026年3月2日", "計畫還缺什麼", "2026年3月");
    assertThat(ARTICLE.toHtml(Locale.forLanguageTag("zh-Hant"))).isEqualTo(zh);
    assertThat(ARTICLE.toHtml(Locale.GERMANY)).isEqualTo(en);
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.TAIWAN);
      assertThat(ARTICLE.toHtml(Locale.FRANCE)).isEqualTo(en);
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void heatmapCellsCarryTheirSampleSizeAndThinCellsAreMarked() {
    BestTimeResult best = ARTICLE.bestTimes().orElseThrow();
    PlanReview review = PlanReview.builder().bestTimes(best).build();
    String html = review.toHtml(Locale.ENGLISH);
    assertThat(count(html, "class=\"cell( thin)?\"><title>")).isEqualTo(168);
    if (best.usedFallback()) {
      assertThat(count(html, "class=\"cell thin\"")).isZero();
      assertThat(html).contains("default weight");
    } else {
      long thin = 168 - best.buckets().stream().filter(BucketEstimate::isRanked).count();
      assertThat(count(html, "class=\"cell thin\"")).isEqualTo((int) thin);
      for (BucketEstimate b : best.buckets()) {
        assertThat(html).contains(": " + b.posts() + " posts");
      }
    }
  }

  @Test
  void everyChartHasATextAlternative() {
    String html = ARTICLE.toHtml(Locale.ENGLISH);
    int charts = count(html, "<figure class=\"chart ");
    assertThat(charts).isGreaterThanOrEqualTo(8);
    assertThat(count(html, "<svg class=\"chart-svg\"[^>]*role=\"img\" aria-labelledby=\"[^\"]+-t [^\"]+-d\"")).isEqualTo(charts);
    assertThat(count(html, "<details class=\"data-table\">")).isEqualTo(charts);
  }

  @Test
  void rendersTheSameEveryTimeAndFromManyThreads() throws Exception {
    String once = ARTICLE.toHtml(Locale.TAIWAN);
    assertThat(ARTICLE.toHtml(Locale.TAIWAN)).isEqualTo(once);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> pages = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        pages.add(pool.submit(() -> ARTICLE.toHtml(Locale.TAIWAN)));
      }
      for (Future<String> page : pages) {
        assertThat(page.get()).isEqualTo(once);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void passesOnTheAppendablesIoException() {
    Appendable broken =
        new Appendable() {
          private int written;

          @Override
          public Appendable append(CharSequence csq) throws IOException {
            written += csq.length();
            if (written > 5000) {
              throw new IOException("disk full");
            }
            return this;
          }

          @Override
          public Appendable append(CharSequence csq, int start, int end) throws IOException {
            return append(csq.subSequence(start, end));
          }

          @Override
          public Appendable append(char c) throws IOException {
            return append(String.valueOf(c));
          }
        };
    assertThatThrownBy(() -> ARTICLE.renderTo(broken, Locale.ENGLISH))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThatThrownBy(() -> ARTICLE.renderTo(new StringBuilder(), null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void experimentResultChecksItsParts() {
    MultiVariantAnalysis analysis = MultiVariantAnalysis.of(Variant.of("A", 10, 1), Variant.of("B", 10, 2));
    assertThatThrownBy(() -> ExperimentResult.of(" \u200b", analysis))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> ExperimentResult.of("x", analysis).withConfidenceLevel(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidenceLevel");
    ExperimentResult result = ExperimentResult.of("x", analysis);
    assertThat(result.confidenceLevel()).isEqualTo(0.95);
    assertThat(result.verdict()).isEmpty();
    assertThat(result).isEqualTo(ExperimentResult.of("x", analysis)).hasSameHashCodeAs(ExperimentResult.of("x", analysis));
    assertThatThrownBy(() -> PlanReview.builder().title("  ").build()).isInstanceOf(IllegalArgumentException.class);
  }
}
