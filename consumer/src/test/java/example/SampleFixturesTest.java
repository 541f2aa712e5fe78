package example;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;

import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import org.junit.jupiter.api.Test;

/** What a user's own tests do with socialplan-testkit on the test classpath. */
class SampleFixturesTest {
  @Test
  void theArticleSampleHasPlanAndCalendar() {
    SamplePlan article = SamplePlans.article();
    assertThat(article.plan().goals()).isNotEmpty();
    assertThat(article.calendar().posts()).isNotEmpty();
  }
}
