package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.PostStatus;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The calendar rules, their codes and settings. Every rule reads a {@link
 * PlannedCalendar}; {@link #standard()} composes them.
 *
 * <p>Only posts that {@linkplain PostStatus#occupiesSlot() occupy their slot} are checked (open and
 * published posts); cancelled, rejected, failed and expired posts are ignored. A finding's path
 * names the post by its index in the calendar's time order ({@code posts[17].text}) and its
 * arguments give the post's id; platform-wide findings use {@code platforms[instagram]}.
 *
 * <p>Each rule is a class of its own in this package ({@code ScheduleRule}, {@code LimitRule} and so
 * on), reading the calendar through the shared index of the {@link PlannedCalendar}: the posts
 * that count, grouped per platform and per schedule, with what the rules read of each post
 * extracted once.
 *
 * <p><b>Cost.</b> The calendar is already sorted, so the rules make linear passes over it (per
 * platform and per schedule), slide windows over it, and hash the texts once to find cross-posts:
 * O(n) after the calendar's own O(n log n) sort. Text lengths are first bounded cheaply (a text of
 * {@code k} UTF-16 units has at most {@code k} code points or grapheme clusters and at most {@code
 * 3k} UTF-8 bytes; an ASCII text weighs at most {@code k} plus 23 per dot on X) and measured
 * exactly, the platform's way, only when the bound exceeds the limit.
 *
 * <p>This class has only constants and static methods and is thread-safe.
 */
public final class CalendarRules {
  private CalendarRules() {}

  /** The messages and hints of the calendar's codes, in English and Traditional Chinese. */
  public static final MessageBundle BUNDLE =
      MessageBundle.of("dev.socialplan.calendar.rules.messages", CalendarRules.class);

  // ------------------------------------------------------------------------------------ settings

  /** How long before a live stream the post announcing it must go out: 24 hours by default. */
  public static final Setting<Duration> LIVE_ANNOUNCEMENT_LEAD =
      Setting.of(
          "calendar.liveAnnouncementLead",
          Duration.class,
          Duration.ofHours(24),
          "how long before a live stream a post must announce it",
          d -> !d.isNegative(),
          "not negative");

  /**
   * How many times its cadence a platform may stay silent: 1.5 by default, so a platform recommended
   * three posts a week (one every 2.3 days) may go 3.5 days without a post.
   */
  public static final Setting<Double> GAP_FACTOR =
      Setting.of(
          "calendar.gapFactor",
          Double.class,
          1.5,
          "how many times its cadence (7 days / recommended minimum posts a week) a platform may stay"
              + " silent",
          f -> Double.isFinite(f) && f >= 1.0,
          "at least 1");

  /** On how many platforms the same text counts as cross-posted unchanged: 2 by default. */
  public static final Setting<Integer> CROSS_POST_PLATFORMS =
      Setting.of(
          "calendar.crossPostPlatforms",
          Integer.class,
          2,
          "on how many platforms the same text counts as cross-posted unchanged",
          n -> n >= 2,
          "at least 2");

  // ------------------------------------------------------------------------------------ codes

  private static FindingCode code(String name, Severity severity, MethodStep step) {
    return FindingCode.of(name, severity, step, BUNDLE);
  }

  /** Two posts counted by a schedule are closer than its minimum spacing (warning, step 7). */
  public static final FindingCode CALENDAR_SPACING_VIOLATED =
      code("CALENDAR_SPACING_VIOLATED", Severity.WARNING, MethodStep.SCHEDULING);

  /** A local day holds more posts than a schedule's daily cap (warning, step 7). */
  public static final FindingCode CALENDAR_DAILY_CAP_EXCEEDED =
      code("CALENDAR_DAILY_CAP_EXCEEDED", Severity.WARNING, MethodStep.SCHEDULING);

  /** A post is on a date its schedule blacks out (error, step 7). */
  public static final FindingCode CALENDAR_POST_IN_BLACKOUT =
      code("CALENDAR_POST_IN_BLACKOUT", Severity.ERROR, MethodStep.SCHEDULING);

  /** A post is outside its schedule's allowed windows (warning, step 7). */
  public static final FindingCode CALENDAR_POST_OUTSIDE_WINDOW =
      code("CALENDAR_POST_OUTSIDE_WINDOW", Severity.WARNING, MethodStep.SCHEDULING);

  /** Days or weeks with more posts than the platform's recommended frequency (warning, step 7). */
  public static final FindingCode CALENDAR_TOO_MANY_POSTS =
      code("CALENDAR_TOO_MANY_POSTS", Severity.WARNING, MethodStep.SCHEDULING);

  /** Days or weeks with fewer posts than the platform's recommended frequency (info, step 7). */
  public static final FindingCode CALENDAR_TOO_FEW_POSTS =
      code("CALENDAR_TOO_FEW_POSTS", Severity.INFO, MethodStep.SCHEDULING);

  /** A platform is silent longer than its cadence allows (warning, step 7). */
  public static final FindingCode CALENDAR_PLATFORM_GAP =
      code("CALENDAR_PLATFORM_GAP", Severity.WARNING, MethodStep.SCHEDULING);

  /** Rolling windows of posts are off the content mix target (warning, step 6). */
  public static final FindingCode CALENDAR_MIX_OFF_TARGET =
      code("CALENDAR_MIX_OFF_TARGET", Severity.WARNING, MethodStep.CONTENT);

  /** The platform does not support the post's format (error, step 7). */
  public static final FindingCode CALENDAR_FORMAT_UNSUPPORTED =
      code("CALENDAR_FORMAT_UNSUPPORTED", Severity.ERROR, MethodStep.SCHEDULING);

  /** The text is longer than the platform's limit, counted its way (error, step 6). */
  public static final FindingCode CALENDAR_TEXT_TOO_LONG =
      code("CALENDAR_TEXT_TOO_LONG", Severity.ERROR, MethodStep.CONTENT);

  /** More hashtags than the platform allows (error, step 6). */
  public static final FindingCode CALENDAR_TOO_MANY_HASHTAGS =
      code("CALENDAR_TOO_MANY_HASHTAGS", Severity.ERROR, MethodStep.CONTENT);

  /** More mentions than the platform allows (error, step 6). */
  public static final FindingCode CALENDAR_TOO_MANY_MENTIONS =
      code("CALENDAR_TOO_MANY_MENTIONS", Severity.ERROR, MethodStep.CONTENT);

  /** More media items than the format takes (error, step 6). */
  public static final FindingCode CALENDAR_TOO_MANY_MEDIA =
      code("CALENDAR_TOO_MANY_MEDIA", Severity.ERROR, MethodStep.CONTENT);

  /** Fewer media items than the format needs (error, step 6). */
  public static final FindingCode CALENDAR_TOO_FEW_MEDIA =
      code("CALENDAR_TOO_FEW_MEDIA", Severity.ERROR, MethodStep.CONTENT);

  /** Images and videos mixed where the format does not allow it (error, step 6). */
  public static final FindingCode CALENDAR_MEDIA_MIXED =
      code("CALENDAR_MEDIA_MIXED", Severity.ERROR, MethodStep.CONTENT);

  /** A video or live stream longer than the format allows (error, step 6). */
  public static final FindingCode CALENDAR_VIDEO_TOO_LONG =
      code("CALENDAR_VIDEO_TOO_LONG", Severity.ERROR, MethodStep.CONTENT);

  /** A video shorter than the format allows (error, step 6). */
  public static final FindingCode CALENDAR_VIDEO_TOO_SHORT =
      code("CALENDAR_VIDEO_TOO_SHORT", Severity.ERROR, MethodStep.CONTENT);

  /** The same text is planned unchanged on several platforms (warning, step 6). */
  public static final FindingCode CALENDAR_CROSS_POSTED_TEXT =
      code("CALENDAR_CROSS_POSTED_TEXT", Severity.WARNING, MethodStep.CONTENT);

  /** A purpose-driven post is not approved (error, step 7). */
  public static final FindingCode CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED =
      code("CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED", Severity.ERROR, MethodStep.SCHEDULING);

  /** User-generated content is reposted without the creator's permission (error, step 6). */
  public static final FindingCode CALENDAR_UGC_WITHOUT_PERMISSION =
      code("CALENDAR_UGC_WITHOUT_PERMISSION", Severity.ERROR, MethodStep.CONTENT);

  /** A live stream is not announced by a post far enough ahead (warning, step 7). */
  public static final FindingCode CALENDAR_LIVE_NOT_ANNOUNCED =
      code("CALENDAR_LIVE_NOT_ANNOUNCED", Severity.WARNING, MethodStep.SCHEDULING);

  /**
   * A link of a campaign post lacks UTM parameters while a traffic or conversion goal measures the
   * campaign (warning, step 6).
   */
  public static final FindingCode CALENDAR_LINK_UNTAGGED =
      code("CALENDAR_LINK_UNTAGGED", Severity.WARNING, MethodStep.CONTENT);

  /** A link in a caption where the platform does not make it tappable (info, step 6). */
  public static final FindingCode CALENDAR_LINK_NOT_CLICKABLE =
      code("CALENDAR_LINK_NOT_CLICKABLE", Severity.INFO, MethodStep.CONTENT);

  /** More distinct links than the platform allows in a post (error, step 6). */
  public static final FindingCode CALENDAR_TOO_MANY_LINKS =
      code("CALENDAR_TOO_MANY_LINKS", Severity.ERROR, MethodStep.CONTENT);

  /** An image, GIF or video without alt text (warning, step 6). */
  public static final FindingCode CALENDAR_ALT_TEXT_MISSING =
      code("CALENDAR_ALT_TEXT_MISSING", Severity.WARNING, MethodStep.CONTENT);

  /** Alt text longer than the platform takes (error, step 6). */
  public static final FindingCode CALENDAR_ALT_TEXT_TOO_LONG =
      code("CALENDAR_ALT_TEXT_TOO_LONG", Severity.ERROR, MethodStep.CONTENT);

  /**
   * A hashtag of several words (provably: letter runs separated by underscores or digits) not in
   * CamelCase, which screen readers read badly (info, step 6).
   */
  public static final FindingCode CALENDAR_HASHTAG_NOT_CAMEL_CASE =
      code("CALENDAR_HASHTAG_NOT_CAMEL_CASE", Severity.INFO, MethodStep.CONTENT);

  /** A first comment on a format the platform's sources say takes none (warning, step 6). */
  public static final FindingCode CALENDAR_FIRST_COMMENT_UNSUPPORTED =
      code("CALENDAR_FIRST_COMMENT_UNSUPPORTED", Severity.WARNING, MethodStep.CONTENT);

  /** A first comment longer than the platform's comment limit (error, step 6). */
  public static final FindingCode CALENDAR_FIRST_COMMENT_TOO_LONG =
      code("CALENDAR_FIRST_COMMENT_TOO_LONG", Severity.ERROR, MethodStep.CONTENT);

  /** A thread on a platform not known to publish threads (warning, step 6). */
  public static final FindingCode CALENDAR_THREAD_UNSUPPORTED =
      code("CALENDAR_THREAD_UNSUPPORTED", Severity.WARNING, MethodStep.CONTENT);

  /** A part of a thread longer than the platform allows a post (error, step 6). */
  public static final FindingCode CALENDAR_THREAD_PART_TOO_LONG =
      code("CALENDAR_THREAD_PART_TOO_LONG", Severity.ERROR, MethodStep.CONTENT);

  /** More thread parts than a source allows (error, step 6). */
  public static final FindingCode CALENDAR_THREAD_TOO_MANY_PARTS =
      code("CALENDAR_THREAD_TOO_MANY_PARTS", Severity.ERROR, MethodStep.CONTENT);

  // ------------------------------------------------------------------------------------ rules

  /** Spacing, daily caps, blackouts and allowed windows of every schedule. */
  public static final Rule<PlannedCalendar> SCHEDULES =
      Rule.of(
          "calendar.schedules",
          List.of(
              CALENDAR_SPACING_VIOLATED,
              CALENDAR_DAILY_CAP_EXCEEDED,
              CALENDAR_POST_IN_BLACKOUT,
              CALENDAR_POST_OUTSIDE_WINDOW),
          ScheduleRule::check);

  /** Posts per day or week against each platform's recommended frequency. */
  public static final Rule<PlannedCalendar> FREQUENCY =
      Rule.of(
          "calendar.frequency",
          List.of(CALENDAR_TOO_MANY_POSTS, CALENDAR_TOO_FEW_POSTS),
          FrequencyRule::check);

  /** Platforms silent longer than their cadence allows. */
  public static final Rule<PlannedCalendar> GAPS =
      Rule.of("calendar.gaps", List.of(CALENDAR_PLATFORM_GAP), List.of(GAP_FACTOR), GapRule::check);

  /** The content mix over every rolling window. */
  public static final Rule<PlannedCalendar> MIX =
      Rule.of("calendar.mix", List.of(CALENDAR_MIX_OFF_TARGET), MixRule::check);

  /** Format support, text, hashtags, mentions, media and duration against the platform's limits. */
  public static final Rule<PlannedCalendar> LIMITS =
      Rule.of(
          "calendar.limits",
          List.of(
              CALENDAR_FORMAT_UNSUPPORTED,
              CALENDAR_TEXT_TOO_LONG,
              CALENDAR_TOO_MANY_HASHTAGS,
              CALENDAR_TOO_MANY_MENTIONS,
              CALENDAR_TOO_MANY_MEDIA,
              CALENDAR_TOO_FEW_MEDIA,
              CALENDAR_MEDIA_MIXED,
              CALENDAR_VIDEO_TOO_LONG,
              CALENDAR_VIDEO_TOO_SHORT),
          LimitRule::check);

  /** Identical text on several platforms. */
  public static final Rule<PlannedCalendar> CROSS_POSTING =
      Rule.of(
          "calendar.crossPosting",
          List.of(CALENDAR_CROSS_POSTED_TEXT),
          List.of(CROSS_POST_PLATFORMS),
          CrossPostingRule::check);

  /** Purpose-driven posts must be approved. */
  public static final Rule<PlannedCalendar> APPROVAL =
      Rule.of(
          "calendar.approval", List.of(CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED), ApprovalRule::check);

  /** User-generated content needs the creator's permission. */
  public static final Rule<PlannedCalendar> UGC =
      Rule.of("calendar.ugc", List.of(CALENDAR_UGC_WITHOUT_PERMISSION), UgcRule::check);

  /**
   * Links: tagged for the campaigns a traffic or conversion goal measures, not in captions that
   * cannot be tapped, no more than the platform allows.
   */
  public static final Rule<PlannedCalendar> LINKS =
      Rule.of(
          "calendar.links",
          List.of(CALENDAR_LINK_UNTAGGED, CALENDAR_LINK_NOT_CLICKABLE, CALENDAR_TOO_MANY_LINKS),
          LinkRule::check);

  /**
   * Accessibility: alt text on every image, GIF and video, within the platform's alt-text limit,
   * and multi-word hashtags in CamelCase.
   */
  public static final Rule<PlannedCalendar> ACCESSIBILITY =
      Rule.of(
          "calendar.accessibility",
          List.of(
              CALENDAR_ALT_TEXT_MISSING, CALENDAR_ALT_TEXT_TOO_LONG, CALENDAR_HASHTAG_NOT_CAMEL_CASE),
          AccessibilityRule::check);

  /** First comments: only where the platform takes one, within its comment length. */
  public static final Rule<PlannedCalendar> FIRST_COMMENT =
      Rule.of(
          "calendar.firstComment",
          List.of(CALENDAR_FIRST_COMMENT_UNSUPPORTED, CALENDAR_FIRST_COMMENT_TOO_LONG),
          FirstCommentRule::check);

  /** Threads: only where the platform publishes them; every part measured like a post. */
  public static final Rule<PlannedCalendar> THREADS =
      Rule.of(
          "calendar.threads",
          List.of(
              CALENDAR_THREAD_UNSUPPORTED,
              CALENDAR_THREAD_TOO_MANY_PARTS,
              CALENDAR_THREAD_PART_TOO_LONG),
          ThreadRule::check);

  /** Live streams must be announced ahead. */
  public static final Rule<PlannedCalendar> LIVE_ANNOUNCEMENT =
      Rule.of(
          "calendar.liveAnnouncement",
          List.of(CALENDAR_LIVE_NOT_ANNOUNCED),
          List.of(LIVE_ANNOUNCEMENT_LEAD),
          LiveAnnouncementRule::check);

  /**
   * Returns every calendar rule, with default settings.
   *
   * @return the rule set
   */
  public static RuleSet<PlannedCalendar> standard() {
    return RuleSet.of(
        List.of(
            SCHEDULES,
            FREQUENCY,
            GAPS,
            MIX,
            LIMITS,
            CROSS_POSTING,
            APPROVAL,
            UGC,
            LIVE_ANNOUNCEMENT,
            LINKS,
            ACCESSIBILITY,
            FIRST_COMMENT,
            THREADS));
  }

  /** The path of a post in findings: its index in the calendar's order. */
  static String postPath(int index) {
    return "posts[" + index + "]";
  }

  /** The path of a platform-wide finding. */
  static String platformPath(Platform platform) {
    return "platforms[" + platform.id() + "]";
  }
}
