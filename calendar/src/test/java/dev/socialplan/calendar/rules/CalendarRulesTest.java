package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_CROSS_POSTED_TEXT;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_DAILY_CAP_EXCEEDED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_FORMAT_UNSUPPORTED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_LIVE_NOT_ANNOUNCED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_MEDIA_MIXED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_MIX_OFF_TARGET;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_POST_IN_BLACKOUT;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_POST_OUTSIDE_WINDOW;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_SPACING_VIOLATED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TEXT_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_FEW_MEDIA;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_FEW_POSTS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_HASHTAGS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_MEDIA;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_MENTIONS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_POSTS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_UGC_WITHOUT_PERMISSION;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_VIDEO_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_VIDEO_TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.PostFixture;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.TimeWindow;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.AccountTier;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.Source;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.ValidationReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class CalendarRulesTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** 2026-03-02 is a Monday. */
  private static Instant taipei(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, TAIPEI).toInstant();
  }

  private static PostFixture post(String id, Platform platform, Instant time) {
    return PostFixture.of(id, platform, time)
        .format(PostFormat.TEXT)
        .purpose(PostPurpose.EDUCATE)
        .status(PostStatus.SCHEDULED);
  }

  private static List<Finding> check(Rule<PlannedCalendar> rule, PlannedCalendar subject) {
    return RuleSet.<PlannedCalendar>of(List.of(rule)).validate(subject).findings();
  }

  /** A calendar judged over the local days of March 2026 from {@code firstDay} up to {@code endDay}. */
  private static PlannedCalendar judgedFrom(int firstDay, int endDay, PlannedCalendar calendar) {
    return PlannedCalendar.builder()
        .from(calendar)
        .period(Interval.of(taipei(firstDay, 0, 0), taipei(endDay, 0, 0)))
        .build();
  }

  private static PlannedCalendar calendar(PostFixture... posts) {
    List<ScheduledPost> list = new ArrayList<>();
    for (PostFixture b : posts) {
      list.add(b.build());
    }
    return PlannedCalendar.of(ContentCalendar.of(TAIPEI, list));
  }

  // ------------------------------------------------------------------ schedules

  private static final PostingSchedule LINKEDIN_OFFICE =
      PostingSchedule.builder()
          .platform(Platform.LINKEDIN)
          .zone(TAIPEI)
          .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0)))
          .minimumSpacing(Duration.ofHours(3))
          .maxPostsPerDay(2)
          .addBlackoutDate(LocalDate.of(2026, 3, 4))
          .addAllowedWindows(
              TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
              TimeWindow.of(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
              TimeWindow.of(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)))
          .build();

  @Test
  void schedulesRuleReportsSpacingCapBlackoutAndWindows() {
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .from(
                calendar(
                    post("li-1", Platform.LINKEDIN, taipei(2, 9, 0)),
                    post("li-2", Platform.LINKEDIN, taipei(2, 10, 0)),
                    post("li-3", Platform.LINKEDIN, taipei(2, 15, 0)),
                    post("li-4", Platform.LINKEDIN, taipei(4, 10, 0)),
                    post("li-5", Platform.LINKEDIN, taipei(5, 20, 0)),
                    post("li-6", Platform.LINKEDIN, taipei(5, 10, 0)),
                    post("gone", Platform.LINKEDIN, taipei(5, 10, 30)).status(PostStatus.CANCELLED),
                    post("x-1", Platform.X, taipei(2, 9, 30))))
            .addSchedules(LINKEDIN_OFFICE)
            .build();
    List<Finding> findings = check(CalendarRules.SCHEDULES, subject);
    assertThat(findings)
        .extracting(f -> f.code().name() + " " + f.path())
        .containsExactlyInAnyOrder(
            "CALENDAR_SPACING_VIOLATED posts[2]",
            "CALENDAR_DAILY_CAP_EXCEEDED posts[3]",
            "CALENDAR_POST_IN_BLACKOUT posts[4].time",
            "CALENDAR_POST_OUTSIDE_WINDOW posts[7].time");
    Finding spacing = findings.stream().filter(f -> f.code() == CALENDAR_SPACING_VIOLATED).findFirst().get();
    assertThat(spacing.message(Locale.ENGLISH))
        .isEqualTo(
            "Post li-2 on linkedin goes out 60 minutes after post li-1; the schedule asks for at"
                + " least 180 minutes between posts.");
    Finding cap = findings.stream().filter(f -> f.code() == CALENDAR_DAILY_CAP_EXCEEDED).findFirst().get();
    assertThat(cap.message(Locale.ENGLISH))
        .isEqualTo("3 posts on linkedin on 2026-03-02, more than the schedule's 2 a day.");
    Finding window = findings.stream().filter(f -> f.code() == CALENDAR_POST_OUTSIDE_WINDOW).findFirst().get();
    assertThat(window.message(Locale.TAIWAN)).contains("li-5").contains("2026-03-05T20:00");
  }

  private static PostingSchedule xEveryDay(Duration spacing, int cap) {
    return PostingSchedule.builder()
        .platform(Platform.X)
        .zone(TAIPEI)
        .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0)))
        .minimumSpacing(spacing)
        .maxPostsPerDay(cap)
        .build();
  }

  private static List<String> scheduleFindings(PostingSchedule schedule, PostFixture... posts) {
    PlannedCalendar subject = PlannedCalendar.builder().from(calendar(posts)).addSchedules(schedule).build();
    return check(CalendarRules.SCHEDULES, subject).stream()
        .map(f -> f.code().name() + " " + f.path())
        .collect(Collectors.toList());
  }

  @Test
  void spacingIsComparedToTheNanosecond() {
    // Spacing 3 h 0.5 s; each gap is within a second of it.
    Instant base = taipei(2, 9, 0);
    Instant a0 = base.plusMillis(900);
    Instant a1 = base.plusSeconds(10_801); // 3 h 0.1 s after a0: too close
    Instant a2 = a1.plusSeconds(10_800).plusMillis(500); // exactly the spacing: fine
    Instant a3 = a2.plusSeconds(10_800).plusMillis(600); // 0.1 s more than the spacing: fine
    Instant a4 = a3.plusSeconds(10_800).plusMillis(400); // 0.1 s less: too close
    Instant a5 = a4.plusSeconds(10_801).plusMillis(500); // a second more: fine
    assertThat(
            scheduleFindings(
                xEveryDay(Duration.ofHours(3).plusMillis(500), 10),
                post("a0", Platform.X, a0),
                post("a1", Platform.X, a1),
                post("a2", Platform.X, a2),
                post("a3", Platform.X, a3),
                post("a4", Platform.X, a4),
                post("a5", Platform.X, a5)))
        .containsExactly("CALENDAR_SPACING_VIOLATED posts[1]", "CALENDAR_SPACING_VIOLATED posts[4]");
  }

  @Test
  void withoutSpacingOnlyPostsAtTheSameInstantClash() {
    Instant base = taipei(2, 9, 0);
    assertThat(
            scheduleFindings(
                xEveryDay(Duration.ZERO, 10),
                post("a", Platform.X, base),
                post("b", Platform.X, base),
                post("c", Platform.X, base.plusNanos(1)),
                post("d", Platform.X, base.plusSeconds(1))))
        .containsExactly("CALENDAR_SPACING_VIOLATED posts[1]");
  }

  @Test
  void theDailyCapCountsEveryPostOfTheDayUpToTheLast() {
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .from(
                calendar(
                    post("mon", Platform.X, taipei(2, 9, 0)),
                    post("tue-1", Platform.X, taipei(3, 9, 0)),
                    post("tue-2", Platform.X, taipei(3, 12, 0)),
                    post("tue-3", Platform.X, taipei(3, 23, 59))))
            .addSchedules(xEveryDay(Duration.ofHours(1), 1))
            .build();
    assertThat(check(CalendarRules.SCHEDULES, subject))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("posts[2]");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo("3 posts on x on 2026-03-03, more than the schedule's 1 a day.");
            });
  }

  @Test
  void anAccountsScheduleCountsThatAccountsPostsOnly() {
    // The shop account's two posts on Tuesday exceed its cap of one; the brand account's post that
    // day is another channel and is not counted.
    PostingSchedule shop =
        PostingSchedule.builder().from(xEveryDay(Duration.ofHours(1), 1)).account("shop").build();
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .from(
                calendar(
                    post("shop-1", Platform.X, taipei(3, 9, 0)).account("shop"),
                    post("brand-1", Platform.X, taipei(3, 10, 0)).account("brand"),
                    post("shop-2", Platform.X, taipei(3, 12, 0)).account("shop")))
            .addSchedules(shop)
            .build();
    assertThat(check(CalendarRules.SCHEDULES, subject))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(CALENDAR_DAILY_CAP_EXCEEDED);
              assertThat(f.path()).isEqualTo("posts[2]");
              assertThat(values(f)).containsExactly("x/shop", LocalDate.of(2026, 3, 3), 2L, 1L);
            });
  }

  // ------------------------------------------------------------------ frequency and gaps

  @Test
  void frequencyRuleComparesDaysAndWholeWeeksWithTheRecommendation() {
    // Instagram: 3-7 feed posts a week, at most 1 feed post a day, 2 stories a day.
    List<PostFixture> posts = new ArrayList<>();
    for (int day = 2; day <= 8; day++) {
      posts.add(post("ig-" + day, Platform.INSTAGRAM, taipei(day, 9, 0)).format(PostFormat.IMAGE));
      posts.add(post("story-" + day, Platform.INSTAGRAM, taipei(day, 12, 0)).format(PostFormat.STORY));
      posts.add(post("story2-" + day, Platform.INSTAGRAM, taipei(day, 13, 0)).format(PostFormat.STORY));
    }
    posts.add(post("ig-extra", Platform.INSTAGRAM, taipei(3, 19, 0)).format(PostFormat.IMAGE));
    PlannedCalendar subject =
        judgedFrom(2, 9, calendar(posts.toArray(new PostFixture[0])));
    List<Finding> findings = check(CalendarRules.FREQUENCY, subject);
    // Week: 8 feed posts > 7; Tuesday: 2 feed posts > 1. Stories are on target.
    assertThat(findings).extracting(f -> f.code().name() + " " + values(f))
        .containsExactlyInAnyOrder(
            "CALENDAR_TOO_MANY_POSTS [Instagram, IMAGE/CAROUSEL/SHORT_VIDEO, 1, 7, 8, 7]",
            "CALENDAR_TOO_MANY_POSTS [Instagram, IMAGE/CAROUSEL/SHORT_VIDEO, 1, 1, 2, 1]");
    assertThat(findings.get(0).message(Locale.ENGLISH)).contains("have more posts than recommended");
  }

  @Test
  void aPeriodOfOneDayIsJudged() {
    // One local day is a judged period of its own (the first day is the last): its two feed posts
    // are more than Instagram's one a day. No whole week fits in it, so no weekly finding.
    PlannedCalendar subject =
        judgedFrom(2, 3, calendar(
            post("ig-1", Platform.INSTAGRAM, taipei(2, 9, 0)).format(PostFormat.IMAGE),
            post("ig-2", Platform.INSTAGRAM, taipei(2, 19, 0)).format(PostFormat.IMAGE)));
    assertThat(check(CalendarRules.FREQUENCY, subject))
        .extracting(f -> f.code().name() + " " + values(f))
        .containsExactlyInAnyOrder(
            "CALENDAR_TOO_MANY_POSTS [Instagram, IMAGE/CAROUSEL/SHORT_VIDEO, 1, 1, 2, 1]",
            "CALENDAR_TOO_FEW_POSTS [Instagram, STORY, 1, 1, 0, 2]");
  }

  @Test
  void postsJustAfterThePeriodAreNotCounted() {
    // The post on 10 March is the day after the judged days (daily) and in the partial week after
    // the last whole week (weekly): it is outside every counted period, skipped, not counted past
    // the end.
    List<PostFixture> posts = new ArrayList<>();
    for (int day = 2; day <= 8; day++) {
      posts.add(post("ig-" + day, Platform.INSTAGRAM, taipei(day, 9, 0)).format(PostFormat.IMAGE));
    }
    posts.add(post("ig-after", Platform.INSTAGRAM, taipei(10, 9, 0)).format(PostFormat.IMAGE));
    PlannedCalendar subject =
        judgedFrom(2, 10, calendar(posts.toArray(new PostFixture[0])));
    // Days 2-9 March: none has more than one feed post; the week of 2-8 March has 7, within 3-7.
    // (Stories, 2 a day, are missing every day.)
    assertThat(check(CalendarRules.FREQUENCY, subject))
        .extracting(f -> f.code().name() + " " + values(f))
        .containsExactly("CALENDAR_TOO_FEW_POSTS [Instagram, STORY, 8, 1, 0, 2]");
  }

  @Test
  void weeksStartOnTheFirstMondayOfAPeriodThatStartsMidweek() {
    // The period runs from Wednesday 4 to Tuesday 17 March: its only whole week is 9-15 March,
    // which has 3 feed posts, within Instagram's 3-7. Counting weeks from the Friday before the
    // period would judge the week of 27 February-5 March, which has none.
    PlannedCalendar subject =
        judgedFrom(4, 18, calendar(
            post("ig-9", Platform.INSTAGRAM, taipei(9, 9, 0)).format(PostFormat.IMAGE),
            post("ig-10", Platform.INSTAGRAM, taipei(10, 9, 0)).format(PostFormat.IMAGE),
            post("ig-11", Platform.INSTAGRAM, taipei(11, 9, 0)).format(PostFormat.IMAGE)));
    // Only the stories (2 a day, none posted) are off target, on each of the 14 days.
    assertThat(check(CalendarRules.FREQUENCY, subject))
        .extracting(f -> f.code().name() + " " + values(f))
        .containsExactly("CALENDAR_TOO_FEW_POSTS [Instagram, STORY, 14, 1, 0, 2]");
  }

  @Test
  void aScheduledPlatformWithoutPostsHasTooFewEveryDay() {
    PostingSchedule x = PostingSchedule.weekly(Platform.X, TAIPEI, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0));
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .calendar(ContentCalendar.empty(TAIPEI))
            .addSchedules(x)
            .period(Interval.of(taipei(2, 0, 0), taipei(5, 0, 0)))
            .build();
    assertThat(check(CalendarRules.FREQUENCY, subject))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo(CALENDAR_TOO_FEW_POSTS);
          assertThat(f.path()).isEqualTo("platforms[x]");
          assertThat(f.message(Locale.ENGLISH))
              .isEqualTo(
                  "X (*): 3 days have fewer posts than recommended, as few as 0; the recommendation"
                      + " is at least 1 a day.");
        });
  }

  @Test
  void gapsLongerThanTheCadenceAreReported() {
    // Instagram's least demanding recommendation: 3 a week, a post every 2.33 days; x1.5 = 3.5 days.
    PlannedCalendar subject =
        judgedFrom(1, 12, calendar(
            post("a", Platform.INSTAGRAM, taipei(2, 9, 0)),
            post("b", Platform.INSTAGRAM, taipei(5, 9, 0)),
            post("c", Platform.INSTAGRAM, taipei(10, 9, 0))));
    List<Finding> findings = check(CalendarRules.GAPS, subject);
    assertThat(findings).extracting(Finding::path).containsExactly("posts[2]");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Instagram is silent for 5 days, from 2026-03-05T01:00:00Z to 2026-03-10T01:00:00Z;"
                + " its cadence allows 3.5 days.");
    assertThat(
            RuleSet.<PlannedCalendar>of(List.of(CalendarRules.GAPS))
                .withSetting(CalendarRules.GAP_FACTOR, 2.5)
                .validate(subject)
                .findings())
        .isEmpty();
  }

  @Test
  void gapsBeforeNineteenSeventyAreFoundAsAfterIt() {
    // Epoch seconds are negative before 1970; a gap is judged on differences, which are not.
    for (int year : new int[] {1960, 2026}) {
      ZonedDateTime start = ZonedDateTime.of(year, 3, 2, 9, 0, 0, 0, TAIPEI);
      PlannedCalendar subject =
          calendar(
              post("a", Platform.INSTAGRAM, start.toInstant()),
              post("b", Platform.INSTAGRAM, start.plusDays(2).toInstant()),
              post("c", Platform.INSTAGRAM, start.plusDays(12).toInstant()));
      assertThat(check(CalendarRules.GAPS, subject))
          .as("year %d", year)
          .extracting(f -> f.path() + " " + values(f))
          .containsExactly(
              "posts[2] [Instagram, "
                  + start.plusDays(2).toInstant()
                  + ", "
                  + start.plusDays(12).toInstant()
                  + ", 10.0, 3.5]");
    }
  }

  @Test
  void aScheduledPlatformWithoutPostsIsSilentForTheWholePeriod() {
    // Instagram is in the calendar only through its schedule: the whole period is one gap, named
    // by the platform since there is no post to point at.
    PostingSchedule ig =
        PostingSchedule.weekly(Platform.INSTAGRAM, TAIPEI, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0));
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .calendar(ContentCalendar.empty(TAIPEI))
            .addSchedules(ig)
            .period(Interval.of(taipei(2, 0, 0), taipei(12, 0, 0)))
            .build();
    assertThat(check(CalendarRules.GAPS, subject))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.path()).isEqualTo("platforms[instagram]");
          assertThat(f.message(Locale.ENGLISH))
              .isEqualTo(
                  "Instagram is silent for 10 days, from 2026-03-01T16:00:00Z to 2026-03-11T16:00:00Z;"
                      + " its cadence allows 3.5 days.");
        });
  }

  @Test
  void aGapOfExactlyTheCadenceIsAllowedAndHalfASecondMoreIsNot() {
    // Instagram: 3 a week x 1.5 = 3.5 days = 302,400 s.
    Instant a = taipei(2, 9, 0);
    Instant b = a.plusSeconds(302_400);
    Instant c = b.plusSeconds(302_400).plusMillis(500);
    PlannedCalendar subject =
        calendar(
            post("a", Platform.INSTAGRAM, a),
            post("b", Platform.INSTAGRAM, b),
            post("c", Platform.INSTAGRAM, c));
    assertThat(check(CalendarRules.GAPS, subject)).extracting(Finding::path).containsExactly("posts[2]");
  }

  @Test
  void silenceAtEitherEndOfThePeriodIsAGap() {
    PlannedCalendar subject =
        judgedFrom(1, 13, calendar(
            post("a", Platform.INSTAGRAM, taipei(6, 9, 0)),
            post("b", Platform.INSTAGRAM, taipei(8, 9, 0))));
    List<Finding> findings = check(CalendarRules.GAPS, subject);
    assertThat(findings).extracting(Finding::path).containsExactly("posts[0]", "posts[1]");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Instagram is silent for 5.4 days, from 2026-02-28T16:00:00Z to 2026-03-06T01:00:00Z;"
                + " its cadence allows 3.5 days.");
    assertThat(findings.get(1).message(Locale.ENGLISH))
        .isEqualTo(
            "Instagram is silent for 4.6 days, from 2026-03-08T01:00:00Z to 2026-03-12T16:00:00Z;"
                + " its cadence allows 3.5 days.");
    // Within the cadence at both ends: nothing.
    PlannedCalendar tight =
        judgedFrom(4, 10, subject);
    assertThat(check(CalendarRules.GAPS, tight)).isEmpty();
  }

  // ------------------------------------------------------------------ mix

  @Test
  void offTargetRunsOfWindowsAreOneFinding() {
    List<PostFixture> posts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      posts.add(
          post("x-" + (10 + i), Platform.X, taipei(2, 8 + i, 0))
              .purpose(i < 6 ? PostPurpose.PROMOTE : PostPurpose.EDUCATE));
    }
    PlannedCalendar subject =
        calendar(posts.toArray(new PostFixture[0]))
            .withMix(RollingMix.of(ContentMix.EIGHTY_TWENTY, 4, MixScope.PLATFORM));
    List<Finding> findings = check(CalendarRules.MIX, subject);
    // 80/20 with a tolerance of 10 points over 4 posts allows exactly 1 promotion per window. The
    // windows ending at posts 3..7 hold 4, 4, 4, 3, 2 promotions and those ending at 9..11 none:
    // two runs, two findings.
    assertThat(findings).extracting(Finding::path).containsExactly("posts[3]", "posts[9]");
    assertThat(findings.get(0).code()).isEqualTo(CALENDAR_MIX_OFF_TARGET);
    assertThat(values(findings.get(0)).subList(0, 6))
        .containsExactly("X", "80/20", 4L, 5L, "x-10", "x-17");
    assertThat(values(findings.get(1)).subList(3, 6)).containsExactly(3L, "x-16", "x-21");
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .startsWith("5 rolling windows of 4 posts on X, from post x-10 to post x-17, are off the 80/20")
        .contains("promote 4/4 = 100% (target 20%)");
    assertThat(check(CalendarRules.MIX, subject.withMix(subject.mix().withWindowPosts(20)))).isEmpty();
  }

  // ------------------------------------------------------------------ limits

  private static final String CJK_140 = "好".repeat(140);
  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

  @Test
  void textIsCountedThePlatformsWay() {
    PlannedCalendar subject =
        calendar(
            post("x-ok", Platform.X, taipei(2, 9, 0)).text(CJK_140),
            post("x-long", Platform.X, taipei(2, 10, 0)).text(CJK_140 + "好"),
            post("x-ascii", Platform.X, taipei(2, 11, 0)).text("a".repeat(281)),
            post("x-url", Platform.X, taipei(2, 12, 0))
                .text("a".repeat(250) + " https://example.com/" + "p".repeat(60)),
            post("bsky-bytes", Platform.BLUESKY, taipei(2, 9, 0)).text(FAMILY.repeat(300)),
            post("bsky-graphemes", Platform.BLUESKY, taipei(2, 10, 0)).text("é".repeat(301)),
            post("threads", Platform.THREADS, taipei(2, 9, 0)).text("\uD83D\uDE00".repeat(126)),
            post("threads-ok", Platform.THREADS, taipei(2, 10, 0)).text("\uD83D\uDE00".repeat(125)));
    List<Finding> findings = check(CalendarRules.LIMITS, subject);
    assertThat(findings).allSatisfy(f -> assertThat(f.code()).isEqualTo(CALENDAR_TEXT_TOO_LONG));
    assertThat(findings)
        .extracting(f -> values(f).get(0) + " " + values(f).get(3) + "/" + values(f).get(4) + " " + values(f).get(5))
        .containsExactlyInAnyOrder(
            "x-long 282/280 X_WEIGHTED",
            "x-ascii 281/280 X_WEIGHTED",
            "bsky-bytes 5400/3000 UTF8_BYTES",
            "bsky-graphemes 301/300 GRAPHEME_CLUSTERS",
            "threads 504/500 CODE_POINTS_EMOJI_AS_UTF8_BYTES");
  }

  @Test
  void xPremiumsLongerPostsAreCheckedAgainstThePremiumTierOfTheCatalog() {
    PlannedCalendar subject =
        calendar(
            post("x-long-form", Platform.X, taipei(2, 9, 0)).text(CJK_140 + " " + "a".repeat(999)),
            post("x-too-long", Platform.X, taipei(2, 10, 0)).text("a".repeat(25_001)));
    assertThat(check(CalendarRules.LIMITS, subject))
        .extracting(f -> values(f).get(0) + " " + values(f).get(3) + "/" + values(f).get(4))
        .containsExactly("x-long-form 1280/280", "x-too-long 25001/280");
    PlannedCalendar premium =
        subject.withCatalog(PlatformCatalog.standard().withTier(Platform.X, AccountTier.PREMIUM));
    assertThat(check(CalendarRules.LIMITS, premium))
        .extracting(f -> values(f).get(0) + " " + values(f).get(3) + "/" + values(f).get(4))
        .containsExactly("x-too-long 25001/25000");
  }

  @Test
  void hashtagsMentionsMediaDurationAndFormats() {
    PlannedCalendar subject =
        calendar(
            post("ig-tags", Platform.INSTAGRAM, taipei(2, 9, 0))
                .format(PostFormat.IMAGE)
                .addMedia(MediaKind.IMAGE)
                .text("Spring is here #spring #Bakery")
                .addHashtags("bakery", "tarts", "taipei", "sweet", "flowers"),
            post("ig-no-image", Platform.INSTAGRAM, taipei(2, 10, 0)).format(PostFormat.IMAGE),
            post("ig-carousel", Platform.INSTAGRAM, taipei(2, 11, 0))
                .format(PostFormat.CAROUSEL)
                .media(Collections.nCopies(11, MediaKind.IMAGE)),
            post("threads-mentions", Platform.THREADS, taipei(2, 9, 0))
                .text("thanks @ana and @ben #cake #tea"),
            post("x-mixed", Platform.X, taipei(2, 9, 0))
                .format(PostFormat.IMAGE)
                .addMedia(MediaKind.IMAGE, MediaKind.VIDEO),
            post("tiktok-short", Platform.TIKTOK, taipei(2, 9, 0))
                .format(PostFormat.SHORT_VIDEO)
                .addMedia(MediaKind.VIDEO)
                .duration(Duration.ofSeconds(2)),
            post("tiktok-long", Platform.TIKTOK, taipei(2, 10, 0))
                .format(PostFormat.SHORT_VIDEO)
                .addMedia(MediaKind.VIDEO)
                .duration(Duration.ofMinutes(11)),
            post("pin-live", Platform.PINTEREST, taipei(2, 9, 0)).format(PostFormat.LIVE),
            post("forum", FORUM, taipei(2, 9, 0)).text("hi @ana, @ben and @Ana").addMentions("cleo"),
            post("unknown", Platform.of("xiaohongshu"), taipei(2, 9, 0)).format(PostFormat.LIVE));
    subject =
        subject.withCatalog(
            PlatformCatalog.standard()
                .with(
                    PlatformProfile.of(FORUM, Source.weak("test fixture"), LocalDate.of(2026, 11, 1))
                        .withFormat(PostFormat.TEXT, FormatLimits.builder().maxMentions(2).build())));
    List<Finding> findings = check(CalendarRules.LIMITS, subject);
    assertThat(findings)
        .extracting(f -> f.code().name() + " " + values(f).get(0))
        .containsExactlyInAnyOrder(
            "CALENDAR_TOO_MANY_HASHTAGS ig-tags",
            "CALENDAR_TOO_FEW_MEDIA ig-no-image",
            "CALENDAR_TOO_MANY_MEDIA ig-carousel",
            "CALENDAR_TOO_MANY_HASHTAGS threads-mentions",
            "CALENDAR_MEDIA_MIXED x-mixed",
            "CALENDAR_VIDEO_TOO_SHORT tiktok-short",
            "CALENDAR_VIDEO_TOO_LONG tiktok-long",
            "CALENDAR_FORMAT_UNSUPPORTED pin-live",
            "CALENDAR_TOO_MANY_MENTIONS forum");
    // #spring, #bakery (written and listed: counted once), #tarts, #taipei, #sweet, #flowers.
    assertThat(findings)
        .filteredOn(f -> values(f).get(0).equals("ig-tags"))
        .singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("Post ig-tags on Instagram (IMAGE) has 6 hashtags; the platform allows 5."));
    // @ana (twice, any case), @ben, and the listed @cleo.
    assertThat(findings)
        .filteredOn(f -> f.code() == CALENDAR_TOO_MANY_MENTIONS)
        .singleElement()
        .satisfies(f -> assertThat(values(f).subList(3, 5)).containsExactly(3L, 2L));
  }

  private static final Platform FORUM = Platform.of("forum");

  @Test
  void postsExactlyAtEachLimitAreAllowedAndOneMoreIsNot() {
    // Each limit is a maximum or minimum that is itself allowed: a post sitting exactly on it gives
    // no finding (kills the > to >= and < to <= boundary mutants of LimitRule), and a post one past
    // it does, so the limits below are really in force.
    PlannedCalendar subject =
        calendar(
            post("tags-at", FORUM, taipei(2, 9, 0)).text("cake #cake #tea"),
            post("tags-over", FORUM, taipei(2, 10, 0)).text("cake #cake #tea #pie"),
            post("mentions-at", FORUM, taipei(2, 11, 0)).text("hi @ana and @ben"),
            post("mentions-over", FORUM, taipei(2, 12, 0)).text("hi @ana, @ben and @cleo"),
            post("video-max", FORUM, taipei(2, 13, 0)).duration(Duration.ofSeconds(60)),
            post("video-long", FORUM, taipei(2, 14, 0)).duration(Duration.ofSeconds(61)),
            post("video-min", FORUM, taipei(2, 15, 0)).duration(Duration.ofSeconds(10)),
            post("video-short", FORUM, taipei(2, 16, 0)).duration(Duration.ofSeconds(9)));
    subject =
        subject.withCatalog(
            PlatformCatalog.standard()
                .with(
                    PlatformProfile.of(FORUM, Source.weak("test fixture"), LocalDate.of(2026, 11, 1))
                        .withFormat(
                            PostFormat.TEXT,
                            FormatLimits.builder()
                                .maxHashtags(2)
                                .maxMentions(2)
                                .minVideoDuration(Duration.ofSeconds(10))
                                .maxVideoDuration(Duration.ofSeconds(60))
                                .build())));
    assertThat(check(CalendarRules.LIMITS, subject))
        .extracting(f -> f.code().name() + " " + values(f).get(0))
        .containsExactlyInAnyOrder(
            "CALENDAR_TOO_MANY_HASHTAGS tags-over",
            "CALENDAR_TOO_MANY_MENTIONS mentions-over",
            "CALENDAR_VIDEO_TOO_LONG video-long",
            "CALENDAR_VIDEO_TOO_SHORT video-short");
  }

  // ------------------------------------------------------------------ cross-posts, approval, UGC, live

  @Test
  void identicalTextOnSeveralPlatforms() {
    PlannedCalendar subject =
        calendar(
            post("ig", Platform.INSTAGRAM, taipei(2, 9, 0)).text("New tarts today!"),
            post("x", Platform.X, taipei(2, 10, 0)).text("  New tarts today!  "),
            post("fb", Platform.FACEBOOK, taipei(2, 11, 0)).text("New tarts today!"),
            post("ig-again", Platform.INSTAGRAM, taipei(3, 9, 0)).text("Weekend hours"),
            post("ig-again2", Platform.INSTAGRAM, taipei(4, 9, 0)).text("Weekend hours"),
            post("blank-a", Platform.X, taipei(3, 9, 0)),
            post("blank-b", Platform.FACEBOOK, taipei(3, 9, 0)));
    List<Finding> findings = check(CalendarRules.CROSS_POSTING, subject);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CALENDAR_CROSS_POSTED_TEXT);
      assertThat(f.path()).isEqualTo("posts[0].text");
      assertThat(f.message(Locale.ENGLISH))
          .isEqualTo("The text of post ig is used unchanged in 3 posts on 3 platforms (Facebook, Instagram, X).");
    });
    assertThat(
            RuleSet.<PlannedCalendar>of(List.of(CalendarRules.CROSS_POSTING))
                .withSetting(CalendarRules.CROSS_POST_PLATFORMS, 4)
                .validate(subject)
                .isEmpty())
        .isTrue();
  }

  @Test
  void textOnExactlyAsManyPlatformsAsTheThresholdIsReported() {
    // The default threshold is 2: two posts on two platforms is a cross-post (kills the < to <=
    // mutants of both the post and the platform count in CrossPostingRule).
    PlannedCalendar subject =
        calendar(
            post("ig", Platform.INSTAGRAM, taipei(2, 9, 0)).text("New tarts today!"),
            post("x", Platform.X, taipei(2, 10, 0)).text("New tarts today!"));
    assertThat(check(CalendarRules.CROSS_POSTING, subject))
        .singleElement()
        .satisfies(f -> assertThat(f.message(Locale.ENGLISH))
            .isEqualTo("The text of post ig is used unchanged in 2 posts on 2 platforms (Instagram, X)."));
  }

  @Test
  void purposeDrivenPostsMustBeApproved() {
    PlannedCalendar subject =
        calendar(
            post("cause", Platform.INSTAGRAM, taipei(2, 9, 0)).purposeDriven(true).status(PostStatus.IN_REVIEW),
            post("ok", Platform.INSTAGRAM, taipei(3, 9, 0)).purposeDriven(true).status(PostStatus.APPROVED),
            post("gone", Platform.INSTAGRAM, taipei(4, 9, 0)).purposeDriven(true).status(PostStatus.CANCELLED));
    assertThat(check(CalendarRules.APPROVAL, subject)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED);
      assertThat(f.path()).isEqualTo("posts[0].status");
      assertThat(f.message(Locale.TAIWAN)).isEqualTo("公益倡議貼文 cause 尚未核准（狀態 IN_REVIEW）。");
    });
  }

  @Test
  void ugcNeedsPermissionGivenBeforeItGoesOut() {
    PlannedCalendar subject =
        calendar(
            post("none", Platform.INSTAGRAM, taipei(2, 9, 0)).source(PostSource.userGenerated("@fan")),
            post("late", Platform.INSTAGRAM, taipei(3, 9, 0))
                .source(PostSource.userGenerated("@fan", taipei(3, 10, 0))),
            post("ok", Platform.INSTAGRAM, taipei(4, 9, 0))
                .source(PostSource.userGenerated("@fan", taipei(1, 10, 0))));
    assertThat(check(CalendarRules.UGC, subject))
        .extracting(f -> f.code().name() + " " + values(f))
        .containsExactly(
            CALENDAR_UGC_WITHOUT_PERMISSION.name() + " [none, @fan]",
            CALENDAR_UGC_WITHOUT_PERMISSION.name() + " [late, @fan]");
  }

  @Test
  void liveStreamsMustBeAnnouncedAhead() {
    PlannedCalendar subject =
        calendar(
            post("teaser", Platform.INSTAGRAM, taipei(2, 9, 0)).announces("live-1"),
            post("live-1", Platform.INSTAGRAM, taipei(4, 20, 0)).format(PostFormat.LIVE),
            post("late-teaser", Platform.INSTAGRAM, taipei(5, 18, 0)).announces("live-2"),
            post("live-2", Platform.INSTAGRAM, taipei(5, 20, 0)).format(PostFormat.LIVE),
            post("live-3", Platform.INSTAGRAM, taipei(6, 20, 0)).format(PostFormat.LIVE));
    assertThat(check(CalendarRules.LIVE_ANNOUNCEMENT, subject))
        .extracting(f -> f.code().name() + " " + f.path())
        .containsExactly(
            CALENDAR_LIVE_NOT_ANNOUNCED.name() + " posts[3]", CALENDAR_LIVE_NOT_ANNOUNCED.name() + " posts[4]");
    assertThat(
            RuleSet.<PlannedCalendar>of(List.of(CalendarRules.LIVE_ANNOUNCEMENT))
                .withSetting(CalendarRules.LIVE_ANNOUNCEMENT_LEAD, Duration.ofHours(1))
                .validate(subject)
                .findings())
        .extracting(Finding::path)
        .containsExactly("posts[4]");
  }

  @Test
  void aLiveStreamAnnouncedTwiceCountsItsEarliestAnnouncement() {
    // The early teaser is a day ahead; the second, an hour ahead, is too late on its own but does
    // not undo the first.
    PlannedCalendar subject =
        calendar(
            post("teaser", Platform.INSTAGRAM, taipei(3, 20, 0)).announces("live-1"),
            post("reminder", Platform.INSTAGRAM, taipei(4, 19, 0)).announces("live-1"),
            post("live-1", Platform.INSTAGRAM, taipei(4, 20, 0)).format(PostFormat.LIVE));
    assertThat(check(CalendarRules.LIVE_ANNOUNCEMENT, subject)).isEmpty();
    PlannedCalendar onlyLate =
        calendar(
            post("reminder", Platform.INSTAGRAM, taipei(4, 19, 0)).announces("live-1"),
            post("live-1", Platform.INSTAGRAM, taipei(4, 20, 0)).format(PostFormat.LIVE));
    assertThat(check(CalendarRules.LIVE_ANNOUNCEMENT, onlyLate))
        .extracting(Finding::path)
        .containsExactly("posts[1]");
  }

  @Test
  void theStandardSetHasEveryRule() {
    assertThat(CalendarRules.standard().rules())
        .containsExactly(
            CalendarRules.SCHEDULES,
            CalendarRules.FREQUENCY,
            CalendarRules.GAPS,
            CalendarRules.MIX,
            CalendarRules.LIMITS,
            CalendarRules.CROSS_POSTING,
            CalendarRules.APPROVAL,
            CalendarRules.UGC,
            CalendarRules.LIVE_ANNOUNCEMENT,
            CalendarRules.LINKS,
            CalendarRules.ACCESSIBILITY,
            CalendarRules.FIRST_COMMENT,
            CalendarRules.THREADS);
    ValidationReport empty = CalendarRules.standard().validate(PlannedCalendar.of(ContentCalendar.empty(TAIPEI)));
    assertThat(empty.isEmpty()).isTrue();
  }


  /** A finding's argument values in order, as the assertions above compare them. */
  private static List<Object> values(Finding f) {
    return f.arguments().stream().map(FindingArgument::value).collect(Collectors.toList());
  }
}
