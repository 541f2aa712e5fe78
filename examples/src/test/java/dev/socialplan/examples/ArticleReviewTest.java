package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.report.PlanReview;
import dev.socialplan.report.ReviewSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReviewTest {
  @Test
  void writesTheReviewInBothLanguages(@TempDir Path directory) throws IOException {
    ArticleReview article = ArticleReview.compute();
    PlanReview review = article.planReview();
    assertThat(review.sections()).containsExactly(ReviewSection.values());

    List<Path> pages = article.writeHtml(directory.resolve("out"));
    assertThat(pages).extracting(p -> p.getFileName().toString()).containsExactly("plan-review.html", "plan-review.zh-TW.html");
    String english = Files.readString(pages.get(0), StandardCharsets.UTF_8);
    String chinese = Files.readString(pages.get(1), StandardCharsets.UTF_8);
    assertThat(english).contains("<html lang=\"en\">", article.plan.brand().name(), "Instagram Stories call to action");
    assertThat(chinese).contains("<html lang=\"zh-TW\">", article.plan.brand().name(), "計畫還缺什麼");
    for (ReviewSection section : ReviewSection.values()) {
      assertThat(english).contains("<section id=\"" + section.id() + "\"");
      assertThat(chinese).contains("<section id=\"" + section.id() + "\"");
    }
    // The best times come from the 500 real Facebook posts, so the heatmap is the account's own.
    assertThat(english).contains("heatmap-facebook").doesNotContain("default weight");
  }

  @Test
  void writesWhereTheSystemPropertySays(@TempDir Path directory) {
    String previous = System.getProperty("socialplan.output");
    try {
      System.setProperty("socialplan.output", directory.toString());
      assertThat(ArticleReview.outputDirectory()).isEqualTo(directory);
    } finally {
      if (previous == null) {
        System.clearProperty("socialplan.output");
      } else {
        System.setProperty("socialplan.output", previous);
      }
    }
  }
}
