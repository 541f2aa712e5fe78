package dev.socialplan.testkit.samples;

import java.util.List;

/**
 * Four sample plans, ready to use as realistic fixtures in tests: the strategy guide's
 * scenario, a B2B software company, a local bakery and a non-profit's purpose-driven campaign.
 *
 * <pre>{@code
 * SamplePlan sample = SamplePlans.article();
 * ValidationReport report = PlanRules.standard().validate(sample.plan());
 * assertThat(report).hasWarning("TACTIC_LIVE_ANNOUNCED_LATE").at("content.tactics[2]");
 * assertThat(sample.calendar()).hasPostsOn(Platform.TIKTOK, 28);
 * PerformanceSummary summary = PerformanceSummary.of(sample.performance());
 * }</pre>
 *
 * <p>({@code assertThat} from {@link dev.socialplan.testkit.assertions.SocialplanAssertions}.)
 *
 * <p>Each sample is built through socialplan's public API only: the plan with its builders, the
 * calendar by the {@link dev.socialplan.calendar.scheduler.Scheduler} from posting schedules, a
 * backlog of drafts and a few posts fixed beforehand, the performance by a simulation seeded with a
 * fixed number. Dates are fixed and no clock is read, so every call returns an equal sample, on any
 * machine. A call builds the sample anew (a few milliseconds); keep it in a constant if a test uses
 * it often.
 *
 * <p>The samples are mostly healthy, and each shows a few findings on purpose, listed with each
 * factory: what {@code PlanRules.standard().validate(sample.plan())} (without a clock) and
 * {@code CalendarRules.standard().validate(sample.plannedCalendar())} report. The tests of this
 * class pin those lists, so a change of the rules that changes them is seen.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class SamplePlans {
  private SamplePlans() {}

  /**
   * Returns the strategy guide's scenario: Little Lunchbox (小飯盒), a Taipei meal-kit brand for
   * single mothers in their 20s who live and work in large cities.
   *
   * <p><b>The plan</b> (Asia/Taipei, TWD, 1 March to 1 September 2026): the strategy guide's persona
   * exactly (age 20–29, all women, single-parent household, employed, living and working in large
   * cities, from a survey) weighted 75 %, and a second persona weighted 25 %; two business
   * objectives; four SMART goals, among them the strategy guide's "+400 Instagram followers a month" (10,000
   * to 12,400 in six months, with an observed history of 310 to 480 a month); Instagram, TikTok and
   * Facebook, each with its reason; three competitors with SWOT and the brand's own SWOT; a TWD
   * 540,000 budget allocated by platform and category with expected returns; three content pillars
   * with keywords, the 80/20 mix, and tactics for the strategy guide's trends: a TikTok short-video
   * programme repurposed as Reels, a micro-influencer campaign in the strategy guide's tier scheme (1 K to
   * under 100 K), a Facebook live stream, reposts of a customer's dish with her permission, and a
   * Facebook group.
   *
   * <p><b>Its findings</b>, all warnings (the plan is valid):
   *
   * <ul>
   *   <li>{@code AUDIENCE_PERSONA_ASSUMED} at {@code audience.members[1].persona.dataSource}: the
   *       grandmothers persona is an assumption ("use the collected data", the strategy guide's step 2);
   *   <li>{@code PLATFORM_TOO_MANY_FOR_TEAM} at {@code platforms}: Instagram (3 feed posts and 14
   *       stories a week), TikTok (7) and Facebook (7) need 31 posts a week, the team makes 25;
   *   <li>{@code TACTIC_LIVE_ANNOUNCED_LATE} at {@code content.tactics[2].announcedAt}: the live
   *       stream is announced 3.3 days ahead, not the recommended 7.
   * </ul>
   *
   * <p><b>The calendar</b>: four weeks from Monday 2 March 2026, one dish a day as a TikTok video
   * and a Reel with different captions, a Facebook post every day, the live stream on Sunday 22
   * March announced on Thursday 19 March, and three Instagram stories (two for the influencer
   * campaign, one reposting the customer's photo); every post published. Its only finding is {@code
   * CALENDAR_TOO_FEW_POSTS} (info) at {@code platforms[instagram]}: the catalog recommends two
   * stories a day, the calendar has three in four weeks — the same shortfall the plan's team
   * capacity warns about.
   *
   * <p><b>Goal series</b> to 29 March: Instagram followers on track, engagement rate on track,
   * TikTok followers off track; the click-through goal has no series yet.
   *
   * @return the sample
   */
  public static SamplePlan article() {
    return ArticleSample.sample();
  }

  /**
   * Returns a B2B software company: Tessellate, planning software for engineering teams in Berlin,
   * led by LinkedIn with lead goals.
   *
   * <p><b>The plan</b> (Europe/Berlin, EUR, 1 March to 1 September 2026): two personas from
   * analytics and a survey (engineering managers, CTOs); goals for demo requests (leads), LinkedIn
   * followers and cost per lead (lower is better); LinkedIn and YouTube; three competitors; a EUR
   * 60,000 budget with paid LinkedIn promotion; a LinkedIn community, a YouTube Shorts programme and
   * a live webinar on YouTube announced two weeks ahead.
   *
   * <p><b>Its findings</b>, both warnings:
   *
   * <ul>
   *   <li>{@code GOAL_NOT_ACHIEVABLE} at {@code goals[1].target}: 8,000 followers needs 463 a month;
   *       the page grew 180 to 260 a month, 312 at most with the 20 % tolerance;
   *   <li>{@code COMPETITION_NO_SWOT} at {@code competitors[2].swot}: PlanStack, new, is not
   *       analysed yet.
   * </ul>
   *
   * <p><b>The calendar</b>: four weeks from Monday 16 March 2026, across the switch to summer time
   * on 29 March; a LinkedIn post every weekday at 08:30 inside office-hour windows, a long YouTube
   * video and three Shorts a week, and the webinar on 9 April; every post published. Its findings
   * come from the standard catalog's LinkedIn cadence (1 to 5 posts a day), which a B2B account that
   * rests at weekends does not keep: {@code CALENDAR_PLATFORM_GAP} (warning) at {@code posts[9]},
   * {@code posts[18]}, {@code posts[27]} and {@code posts[35]}, one per weekend, and {@code
   * CALENDAR_TOO_FEW_POSTS} (info) at {@code platforms[linkedin]} for the eight weekend days. Remove
   * those codes, or give LinkedIn a weekday frequency in your own catalog, when weekends off are
   * intended.
   *
   * <p><b>Goal series</b> to 12 April: demo requests at risk, followers off track, cost per lead on
   * track.
   *
   * @return the sample
   */
  public static SamplePlan b2bSoftware() {
    return B2bSoftwareSample.sample();
  }

  /**
   * Returns a local bakery: Crumb &amp; Co. on Gloucester Road, Bristol, on Instagram, Facebook and
   * Google Business Profile with a small budget.
   *
   * <p><b>The plan</b> (Europe/London, GBP, 1 March to 1 September 2026): two local personas in one
   * region of Bristol; goals for Instagram followers and clicks to the pre-order page; a GBP 1,800
   * budget; an Instagram pre-order shop (social commerce) and customers' photos reposted with
   * permission.
   *
   * <p><b>Its findings</b>:
   *
   * <ul>
   *   <li>{@code BUDGET_PLATFORM_WITHOUT_ALLOCATION} (warning) at {@code platforms[2]}: Google
   *       Business Profile costs nothing to post on, but the plan gives it no money, not even time;
   *   <li>{@code CONTENT_PILLAR_WITHOUT_KEYWORDS} (info) at {@code content.pillars[1].keywords}:
   *       "Behind the counter" has no keywords yet.
   * </ul>
   *
   * <p><b>The calendar</b>: four weeks from Monday 23 March 2026, across the switch to British
   * Summer Time and Easter; an Instagram bake of the day from Tuesday to Sunday, two stories a day
   * from recurring posts (with overrides for Mondays and for three promotional afternoons a week), a
   * Facebook post every day and a Google update on Thursdays, skipping the blacked-out 2 April; every
   * post published. Its one finding is an error: {@code CALENDAR_TOO_MANY_HASHTAGS} at {@code
   * posts[48].hashtags}, the Easter post's eight hashtags, over Instagram's cap of five since
   * December 2025.
   *
   * <p><b>Goal series</b> to 19 April: followers at risk, pre-order clicks on track.
   *
   * @return the sample
   */
  public static SamplePlan localBakery() {
    return LocalBakerySample.sample();
  }

  /**
   * Returns a non-profit running a purpose-driven campaign: Second Helping, a Chicago food-rescue
   * charity, halfway through its "Summer Without Hunger" campaign.
   *
   * <p><b>The plan</b> (America/Chicago, USD, 1 May to 1 September 2026): donors and student
   * volunteers as personas; goals for donations (money), volunteer sign-ups and Facebook engagement;
   * Facebook and Instagram; a USD 12,000 budget; the purpose-driven campaign, approved by the board
   * and linked to the mission; a live warehouse tour announced ten days ahead, volunteers' photos
   * with their release, and a Facebook group.
   *
   * <p><b>Its finding</b>: {@code GOAL_METRIC_NOT_FITTING} (warning) at {@code goals[1].metric}:
   * volunteer sign-ups are measured as conversions but the goal is filed under community, whose
   * metric is community members.
   *
   * <p><b>The calendar</b>, seen on 14 June: four weeks from Monday 1 June 2026, a Facebook post
   * every evening (13 of them part of the campaign and marked purpose-driven) and Instagram four
   * days a week with the live stream on 20 June; posts before 15 June published, the later ones
   * approved and queued, except one campaign post still in review. Its findings: {@code
   * CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED} (error) at {@code posts[23].status} for that post, and
   * {@code CALENDAR_TOO_FEW_POSTS} (info) at {@code platforms[instagram]} for the stories the
   * catalog recommends. Performance records exist for the published posts only.
   *
   * <p><b>Goal series</b> to 14 June: donations and engagement on track, volunteers at risk.
   *
   * @return the sample
   */
  public static SamplePlan nonProfit() {
    return NonProfitSample.sample();
  }

  /**
   * Returns every sample: the strategy guide's scenario, the B2B software company, the local bakery and the
   * non-profit, in that order.
   *
   * @return the samples, unmodifiable
   */
  public static List<SamplePlan> all() {
    return List.of(article(), b2bSoftware(), localBakery(), nonProfit());
  }
}
