package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenderSamplesTest {
  @Test
  void rendersEverySample() throws IOException {
    Path dir = Path.of("target", "reviews");
    Files.createDirectories(dir);
    int i = 0;
    for (SamplePlan sample : SamplePlans.all()) {
      PlanReview review = SampleReviews.of(sample);
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TAIWAN}) {
        String html = review.toHtml(locale);
        Files.writeString(dir.resolve("sample-" + i + "-" + locale.toLanguageTag() + ".html"), html, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
      }
      i++;
    }
  }
}
