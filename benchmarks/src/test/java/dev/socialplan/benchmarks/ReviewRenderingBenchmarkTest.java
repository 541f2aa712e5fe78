package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.report.ReviewSection;
import org.junit.jupiter.api.Test;

/** Both sides of the comparison render the whole of the same figures. */
class ReviewRenderingBenchmarkTest {
  @Test
  void bothSidesRenderTheWholeReview() throws Exception {
    ReviewRenderingBenchmark benchmark = new ReviewRenderingBenchmark();
    benchmark.setUp();
    String text = benchmark.textReport().toString();
    assertThat(text).contains("Lumi Mama", "A/B test", "步驟");
    String html = benchmark.htmlReview().toString();
    for (ReviewSection section : ReviewSection.values()) {
      assertThat(html).contains("<section id=\"" + section.id() + "\"");
    }
    assertThat(benchmark.htmlReviewTraditionalChinese().toString()).contains("lang=\"zh-TW\"");
  }
}
