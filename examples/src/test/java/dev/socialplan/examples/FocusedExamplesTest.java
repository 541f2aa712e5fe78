package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.budget.Breakdown;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.calendar.ScheduledPost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three focused examples run and say what the library computes. */
class FocusedExamplesTest {

  private static String run(java.util.function.Consumer<Appendable> example) {
    StringBuilder out = new StringBuilder();
    example.accept(out);
    for (String line : out.toString().split("\n")) {
      assertThat(Text.width(line)).as(line).isLessThanOrEqualTo(ReportWriter.WIDTH);
    }
    return out.toString();
  }

  @Test
  void firstPlanGoesFromABareBrandToOneNote() {
    String s = run(FirstPlanExample::write);
    String bare = s.substring(s.indexOf("1. Only the brand"), s.indexOf("2. Goals, audience"));
    assertThat(bare)
        .contains("1 error, 7 warnings, 0 notes")
        .contains("[Error] Step 3 Platforms, PLAN_NO_PLATFORM")
        .contains("PLAN_NO_GOALS", "PLAN_NO_AUDIENCE", "PLAN_NO_BUDGET", "PLAN_NO_CONTENT_STRATEGY");
    // The error comes first: what to do next.
    assertThat(bare.indexOf("PLAN_NO_PLATFORM")).isLessThan(bare.indexOf("PLAN_NO_GOALS"));
    String stage3 = s.substring(s.indexOf("3. Competitors"), s.indexOf("4. Goals that measure"));
    assertThat(stage3).contains("BUDGET_PAID_WITHOUT_ROI_GOAL").doesNotContain("PLAN_NO_");
    String stage4 = s.substring(s.indexOf("4. Goals that measure"), s.indexOf("5. The campaign"));
    assertThat(stage4).doesNotContain("BUDGET_PAID_WITHOUT_ROI_GOAL").contains("TACTIC_INFLUENCER_TIER_NOT_TARGETED");
    String last = s.substring(s.indexOf("5. The campaign"));
    assertThat(last).contains("0 errors, 0 warnings, 1 note", "GOAL_ACHIEVABILITY_UNKNOWN");
    assertThat(s).contains("From 8 findings for the bare brand to 1: no errors left");
  }

  @Test
  void theRecurringPostSkipsAWeekAndTheExportHasOneEventPerPost() {
    List<ScheduledPost> tips = CalendarExportExample.TIP_OF_THE_WEEK.expand();
    assertThat(tips).hasSize(3);
    assertThat(tips.get(2).content().text()).contains("防曬");
    String s = run(CalendarExportExample::write);
    assertThat(s)
        .contains("Tue 3   20:00  Instagram", "Tue 10  20:00  Instagram", "Tue 24  20:00  Instagram")
        .doesNotContain("Tue 17  20:00");
    // The queue fills Monday, then skips Tuesday (the day's one post is the tip).
    assertThat(s)
        .contains("Morning routine reel    Mon 2 Mar 11:30")
        .contains("Breakfast box carousel  Wed 4 Mar 11:30");
    assertThat(s)
        .contains("7 posts, 7 events with stable UIDs")
        .contains("BEGIN:VCALENDAR", "X-WR-CALNAME:Lumi Mama Instagram", "UID:queued-1@socialplan.dev")
        .contains("DTSTART:20260302T033000Z");
  }

  @Test
  void theReviewShowsShareOfVoiceReturnsAndNps() {
    String s = run(CampaignReviewExample::write);
    // 1,240 of 1,240 + 2,900 + 1,800 + 3,400 mentions; 38,500 of 188,000 engagements.
    assertThat(s).contains("Share of voice: 13.3% of the mentions and 20.5% of the engagements");
    BudgetPerformance performance =
        BudgetPerformance.of(ArticleScenario.BUDGET, CampaignReviewExample.SPEND);
    assertThat(performance.suggestReallocation(Breakdown.PLATFORM).isMove()).isTrue();
    assertThat(s).contains("Instagram  TWD 490,000  TWD 254,000   52%  TWD 350,000  38%  1.38×");
    assertThat(s.replaceAll("\\s+", " ")).contains("from Facebook to Instagram");
    NetPromoterScore nps = NetPromoterScore.fromAnswers(CampaignReviewExample.RECOMMEND);
    // 85 promoters (9-10), 25 detractors (0-6) of 160: 53% - 16% = 37.5, shown as 38.
    assertThat(nps.promoters()).isEqualTo(85);
    assertThat(nps.detractors()).isEqualTo(25);
    assertThat(s).contains("Net Promoter Score  38 ± ", "from 160 answers: 53% promoters, 16% detractors");
    assertThat(s).contains("CSAT                78% satisfied");
  }
}
