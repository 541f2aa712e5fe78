package dev.socialplan.benchmarks;

import dev.socialplan.examples.ArticleReview;
import dev.socialplan.examples.ArticleStrategyReport;
import dev.socialplan.report.PlanReview;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The article's plan review as an HTML page ({@link PlanReview#renderTo(Appendable, Locale)}:
 * page model, SVG chart geometry, precompiled jte templates) against the same figures written as
 * the flagship example's text report ({@link ArticleStrategyReport#write(Appendable,
 * ArticleReview)}), in the same run. Target: the page within 3 times the text report.
 *
 * <p>Both start from the same figures, computed once in {@link #setUp()} (validation, ranking,
 * scheduling, the best times of 500 posts, goal progress): each invocation only turns them into
 * text. The text report's own small calculations (a Bayesian comparison, tallies of the posts)
 * are part of its cost, as the page's chart geometry and mix windows are part of the page's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ReviewRenderingBenchmark {
  private ArticleReview data;
  private PlanReview review;

  /** Computes the article's figures and builds the review once. */
  @Setup
  public void setUp() {
    data = ArticleReview.compute();
    review = data.planReview();
  }

  /**
   * The baseline: the flagship example's text report of the same figures.
   *
   * @return the report
   */
  @Benchmark
  public StringBuilder textReport() {
    StringBuilder out = new StringBuilder(128 * 1024);
    ArticleStrategyReport.write(out, data);
    return out;
  }

  /**
   * The review page in English.
   *
   * @return the page
   * @throws IOException never (a StringBuilder does not throw)
   */
  @Benchmark
  public StringBuilder htmlReview() throws IOException {
    StringBuilder out = new StringBuilder(256 * 1024);
    review.renderTo(out, Locale.ENGLISH);
    return out;
  }

  /**
   * The review page in Traditional Chinese.
   *
   * @return the page
   * @throws IOException never (a StringBuilder does not throw)
   */
  @Benchmark
  public StringBuilder htmlReviewTraditionalChinese() throws IOException {
    StringBuilder out = new StringBuilder(256 * 1024);
    review.renderTo(out, Locale.TAIWAN);
    return out;
  }
}
