package dev.socialplan.testkit.assertions;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import dev.socialplan.validation.ValidationReport;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialplanAssertionsTest {
  @Test
  void socialplanTypesGetTheirOwnAssertions() {
    // ContentCalendar is Iterable, yet the calendar assertion is chosen: it is the most specific.
    Object calendar = assertThat(ContentCalendar.empty(ZoneOffset.UTC));
    Object report = assertThat(ValidationReport.empty());
    Object finding = assertThat(ValidationReportAssertTest.TOO_MANY);
    assertThat(calendar).isInstanceOf(ContentCalendarAssert.class);
    assertThat(report).isInstanceOf(ValidationReportAssert.class);
    assertThat(finding).isInstanceOf(FindingAssert.class);
  }

  @Test
  void oneImportServesAssertJsOwnAssertionsToo() {
    assertThat(List.of(1, 2)).containsExactly(1, 2);
    assertThat("socialplan").startsWith("social");
  }

  @Test
  void readsWellOnTheSamples() {
    SamplePlan article = SamplePlans.article();
    assertThat(article.calendar())
        .hasPostsOn(dev.socialplan.platform.Platform.TIKTOK, 28)
        .allPostsWithin(article.schedulingRequest().period())
        .allPostsHaveStatus(PostStatus.PUBLISHED)
        .hasAtMostPostsPerDay(2)
        .hasPostsInOrder("fb-live-announce", "fb-live-0322");
  }
}
