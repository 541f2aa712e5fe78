package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.CalendarIndex.LocalDateCache;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.MixWindow;
import dev.socialplan.content.SliceShare;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextFit;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The calendar rules (SPEC CAL-7), their codes and settings. Every rule reads a {@link
 * PlannedCalendar}; {@link CalendarRules#standard()} composes them.
 *
 * <p>Only posts that {@linkplain PostStatus#occupiesSlot() occupy their slot} are checked (open and
 * published posts); cancelled, rejected, failed and expired posts are ignored. A finding's path
 * names the post by its index in the calendar's time order ({@code posts[17].text}) and its
 * arguments give the post's id; platform-wide findings use {@code platforms[instagram]}.
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
          CalendarRules::schedules);

  /** Posts per day or week against each platform's recommended frequency. */
  public static final Rule<PlannedCalendar> FREQUENCY =
      Rule.of(
          "calendar.frequency",
          List.of(CALENDAR_TOO_MANY_POSTS, CALENDAR_TOO_FEW_POSTS),
          CalendarRules::frequency);

  /** Platforms silent longer than their cadence allows. */
  public static final Rule<PlannedCalendar> GAPS =
      Rule.of("calendar.gaps", List.of(CALENDAR_PLATFORM_GAP), List.of(GAP_FACTOR), CalendarRules::gaps);

  /** The content mix over every rolling window. */
  public static final Rule<PlannedCalendar> MIX =
      Rule.of("calendar.mix", List.of(CALENDAR_MIX_OFF_TARGET), CalendarRules::mix);

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
          CalendarRules::limits);

  /** Identical text on several platforms. */
  public static final Rule<PlannedCalendar> CROSS_POSTING =
      Rule.of(
          "calendar.crossPosting",
          List.of(CALENDAR_CROSS_POSTED_TEXT),
          List.of(CROSS_POST_PLATFORMS),
          CalendarRules::crossPosting);

  /** Purpose-driven posts must be approved. */
  public static final Rule<PlannedCalendar> APPROVAL =
      Rule.of(
          "calendar.approval", List.of(CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED), CalendarRules::approval);

  /** User-generated content needs the creator's permission. */
  public static final Rule<PlannedCalendar> UGC =
      Rule.of("calendar.ugc", List.of(CALENDAR_UGC_WITHOUT_PERMISSION), CalendarRules::ugc);

  /** Live streams must be announced ahead. */
  public static final Rule<PlannedCalendar> LIVE_ANNOUNCEMENT =
      Rule.of(
          "calendar.liveAnnouncement",
          List.of(CALENDAR_LIVE_NOT_ANNOUNCED),
          List.of(LIVE_ANNOUNCEMENT_LEAD),
          CalendarRules::liveAnnouncement);

  /**
   * Returns every calendar rule, with default settings.
   *
   * @return the rule set
   */
  public static RuleSet<PlannedCalendar> standard() {
    return RuleSet.of(
        List.of(
            SCHEDULES, FREQUENCY, GAPS, MIX, LIMITS, CROSS_POSTING, APPROVAL, UGC, LIVE_ANNOUNCEMENT));
  }

  private static String postPath(int index) {
    return "posts[" + index + "]";
  }

  private static String platformPath(Platform platform) {
    return "platforms[" + platform.id() + "]";
  }

  // ------------------------------------------------------------------------------------ schedules

  private static List<Finding> schedules(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (PostingSchedule schedule : subject.schedules()) {
      Channel channel = Channel.of(schedule);
      int[] mine = index.countedBy(schedule);
      ZoneId zone = schedule.zone();
      LocalDateCache days = new LocalDateCache(zone);
      Duration spacing = schedule.minimumSpacing();
      long[] blackoutDays = new long[2 * schedule.blackouts().size()];
      for (int b = 0; b < schedule.blackouts().size(); b++) {
        blackoutDays[2 * b] = schedule.blackouts().get(b).getStart().toEpochDay();
        blackoutDays[2 * b + 1] = schedule.blackouts().get(b).getEnd().toEpochDay();
      }
      int cap = schedule.maxPostsPerDay().orElse(Integer.MAX_VALUE);
      long day = Long.MIN_VALUE;
      int onDay = 0;
      for (int j = 0; j < mine.length; j++) {
        int i = mine[j];
        if (j > 0 && tooClose(index, mine[j - 1], i, spacing)) {
          ScheduledPost post = index.posts[i];
          ScheduledPost previous = index.posts[mine[j - 1]];
          Duration gap = Duration.between(previous.time(), post.time());
          out.add(
              Finding.of(
                  CALENDAR_SPACING_VIOLATED,
                  postPath(i),
                  post.id(),
                  channel.toString(),
                  previous.id(),
                  gap.toMinutes(),
                  spacing.toMinutes()));
        }
        long epochDay = days.epochDay(index.seconds[i]);
        onDay = epochDay == day ? onDay + 1 : 1;
        day = epochDay;
        if (onDay == cap + 1) {
          out.add(
              Finding.of(
                  CALENDAR_DAILY_CAP_EXCEEDED,
                  postPath(i),
                  channel.toString(),
                  LocalDate.ofEpochDay(epochDay).toString(),
                  countOnDay(days, index, mine, j, epochDay),
                  cap));
        }
        if (blackedOut(blackoutDays, epochDay)) {
          out.add(
              Finding.of(
                  CALENDAR_POST_IN_BLACKOUT,
                  postPath(i) + ".time",
                  index.posts[i].id(),
                  channel.toString(),
                  LocalDate.ofEpochDay(epochDay).toString()));
        } else if (!schedule.allowedWindows().isEmpty()) {
          LocalDateTime local =
              LocalDateTime.ofEpochSecond(
                  index.seconds[i],
                  index.nanos[i],
                  ZoneOffset.ofTotalSeconds(days.offsetSeconds(index.time(i))));
          if (!schedule.isInAllowedWindow(local)) {
            out.add(
                Finding.of(
                    CALENDAR_POST_OUTSIDE_WINDOW,
                    postPath(i) + ".time",
                    index.posts[i].id(),
                    channel.toString(),
                    local.getDayOfWeek().getValue(),
                    local.toString()));
          }
        }
      }
    }
    return out;
  }

  /** Tells whether post {@code b} is less than {@code spacing} after post {@code a} (or with it). */
  private static boolean tooClose(CalendarIndex index, int a, int b, Duration spacing) {
    return compareGap(index, a, b, spacing.getSeconds(), spacing.getNano()) < 0
        || (spacing.isZero() && compareGap(index, a, b, 0, 0) == 0);
  }

  /**
   * Compares the time from post a to post b (b not before a) with a duration of {@code seconds}
   * and {@code nanos}: negative, zero or positive.
   */
  private static int compareGap(CalendarIndex index, int a, int b, long seconds, int nanos) {
    long diff = index.seconds[b] - index.seconds[a] - seconds;
    if (diff > 1) {
      return 1;
    }
    if (diff < -1) {
      return -1;
    }
    return Long.signum(diff * 1_000_000_000L + index.nanos[b] - index.nanos[a] - nanos);
  }

  private static boolean blackedOut(long[] ranges, long epochDay) {
    for (int b = 0; b < ranges.length; b += 2) {
      if (epochDay >= ranges[b] && epochDay < ranges[b + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Counts the posts of a day from position j on (the day's earlier posts are j's predecessors). */
  private static int countOnDay(LocalDateCache days, CalendarIndex index, int[] mine, int j, long day) {
    int count = j;
    while (count > 0 && days.epochDay(index.seconds[mine[count - 1]]) == day) {
      count--;
    }
    int end = j;
    while (end < mine.length && days.epochDay(index.seconds[mine[end]]) == day) {
      end++;
    }
    return end - count;
  }

  // ------------------------------------------------------------------------------------ frequency

  /** The local days judged for frequency and gaps, in the calendar's zone: [first, last]. */
  private static Optional<long[]> judgedDays(PlannedCalendar subject, CalendarIndex index) {
    ZoneId zone = subject.calendar().zone();
    if (subject.period().isPresent()) {
      long first = LocalDate.ofInstant(subject.period().get().getStart(), zone).toEpochDay();
      Instant end = subject.period().get().getEnd();
      long last = LocalDate.ofInstant(end.minusNanos(1), zone).toEpochDay();
      return last < first ? Optional.empty() : Optional.of(new long[] {first, last});
    }
    if (index.counted.length == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new long[] {
          LocalDate.ofInstant(index.posts[index.counted[0]].time(), zone).toEpochDay(),
          LocalDate.ofInstant(index.posts[index.counted[index.counted.length - 1]].time(), zone)
              .toEpochDay()
        });
  }

  private static List<Finding> frequency(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    Optional<long[]> judged = judgedDays(subject, index);
    List<Finding> out = new ArrayList<>();
    if (judged.isEmpty()) {
      return out;
    }
    long first = judged.get()[0];
    long last = judged.get()[1];
    int dayCount = Math.toIntExact(last - first + 1);
    // Whole ISO weeks (Monday to Sunday) inside the judged days.
    long firstMonday = first + Math.floorMod(4 - first, 7L);
    int weekCount = (int) Math.max(0, (last + 1 - firstMonday) / 7);
    ZoneId zone = subject.calendar().zone();
    for (Platform platform : index.platforms) {
      Optional<PlatformProfile> profile = subject.catalog().profile(platform);
      if (profile.isEmpty() || profile.get().recommendedFrequencies().isEmpty()) {
        continue;
      }
      int[] mine = index.onPlatform(platform);
      long[] days = index.epochDays(mine, zone);
      for (PostingFrequency f : profile.get().recommendedFrequencies()) {
        boolean daily = f.per() == ChronoUnit.DAYS;
        int periods = daily ? dayCount : weekCount;
        if (periods == 0) {
          continue;
        }
        int[] counts = new int[periods];
        boolean[] applies = new boolean[PostFormat.values().length];
        for (PostFormat format : PostFormat.values()) {
          applies[format.ordinal()] = f.appliesTo(format);
        }
        for (int j = 0; j < mine.length; j++) {
          if (!applies[index.format[mine[j]]]) {
            continue;
          }
          long p = daily ? days[j] - first : Math.floorDiv(days[j] - firstMonday, 7L);
          if (p >= 0 && p < periods) {
            counts[(int) p]++;
          }
        }
        int over = 0;
        int under = 0;
        int most = 0;
        int fewest = Integer.MAX_VALUE;
        for (int c : counts) {
          if (c > f.maxPosts()) {
            over++;
            most = Math.max(most, c);
          }
          if (c < f.minPosts()) {
            under++;
            fewest = Math.min(fewest, c);
          }
        }
        String formats = formats(f);
        if (over > 0) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_POSTS,
                  platformPath(platform),
                  platform.displayName(),
                  formats,
                  over,
                  daily ? 0 : 1,
                  most,
                  f.maxPosts()));
        }
        if (under > 0) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_FEW_POSTS,
                  platformPath(platform),
                  platform.displayName(),
                  formats,
                  under,
                  daily ? 0 : 1,
                  fewest,
                  f.minPosts()));
        }
      }
    }
    return out;
  }

  private static String formats(PostingFrequency f) {
    return f.formats().isEmpty()
        ? "*"
        : f.formats().stream().sorted().map(PostFormat::name).collect(Collectors.joining("/"));
  }

  // ------------------------------------------------------------------------------------ gaps

  private static List<Finding> gaps(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    double factor = context.setting(GAP_FACTOR);
    List<Finding> out = new ArrayList<>();
    for (Platform platform : index.platforms) {
      Optional<PlatformProfile> profile = subject.catalog().profile(platform);
      if (profile.isEmpty()) {
        continue;
      }
      // The least demanding recommendation sets the cadence: "silent" means no post at all.
      long minPerWeek =
          profile.get().recommendedFrequencies().stream()
              .mapToLong(PostingFrequency::minPerWeek)
              .filter(n -> n > 0)
              .min()
              .orElse(0);
      if (minPerWeek == 0) {
        continue;
      }
      double allowedDays = factor * 7.0 / minPerWeek;
      Duration allowed = Duration.ofSeconds(Math.round(allowedDays * 86_400));
      int[] mine = index.onPlatform(platform);
      long allowedSeconds = allowed.getSeconds();
      Instant previous = subject.period().map(p -> p.getStart()).orElse(null);
      for (int j = 0; j <= mine.length; j++) {
        Instant next;
        String path;
        if (j < mine.length) {
          // Most gaps are short: decide on the extracted seconds before making an Instant.
          if (j > 0 && index.seconds[mine[j]] - index.seconds[mine[j - 1]] < allowedSeconds) {
            previous = null;
            continue;
          }
          next = index.time(mine[j]);
          if (previous == null && j > 0) {
            previous = index.time(mine[j - 1]);
          }
          path = postPath(mine[j]);
        } else if (subject.period().isPresent()) {
          next = subject.period().get().getEnd();
          if (previous == null && j > 0) {
            previous = index.time(mine[j - 1]);
          }
          path = j > 0 ? postPath(mine[j - 1]) : platformPath(platform);
        } else {
          break;
        }
        if (previous != null && Duration.between(previous, next).compareTo(allowed) > 0) {
          out.add(
              Finding.of(
                  CALENDAR_PLATFORM_GAP,
                  path,
                  platform.displayName(),
                  previous.toString(),
                  next.toString(),
                  days(Duration.between(previous, next)),
                  BigDecimal.valueOf(allowedDays).setScale(1, RoundingMode.HALF_UP)));
        }
        previous = next;
      }
    }
    return out;
  }

  private static BigDecimal days(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP);
  }

  // ------------------------------------------------------------------------------------ mix

  private static List<Finding> mix(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    RollingMix target = subject.mix();
    ContentMix mix = target.mix();
    List<Finding> out = new ArrayList<>();
    List<int[]> sequences = new ArrayList<>();
    if (target.scope() == MixScope.CALENDAR) {
      sequences.add(index.counted);
    } else {
      for (Platform platform : index.platforms) {
        int[] mine = index.onPlatform(platform);
        if (mine.length > 0) {
          sequences.add(mine);
        }
      }
    }
    for (int[] sequence : sequences) {
      List<ContentKind> kinds = new ArrayList<>(sequence.length);
      for (int i : sequence) {
        kinds.add(CalendarIndex.KINDS.get(index.kind[i]));
      }
      List<MixWindow> off = mix.offTargetWindows(kinds, k -> k, target.windowPosts());
      String scope =
          target.scope() == MixScope.CALENDAR ? "*" : index.posts[sequence[0]].platform().displayName();
      // One finding per run of consecutive off-target windows.
      int r = 0;
      while (r < off.size()) {
        int s = r;
        while (r + 1 < off.size() && off.get(r + 1).last() == off.get(r).last() + 1) {
          r++;
        }
        MixWindow firstWindow = off.get(s);
        out.add(
            Finding.of(
                CALENDAR_MIX_OFF_TARGET,
                postPath(sequence[firstWindow.last()]),
                scope,
                mix.name(),
                target.windowPosts(),
                r - s + 1,
                index.posts[sequence[firstWindow.first()]].id(),
                index.posts[sequence[off.get(r).last()]].id(),
                firstWindow.evaluation().offTarget().stream()
                    .map(SliceShare::toString)
                    .collect(Collectors.joining("; "))));
        r++;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ limits

  private static List<Finding> limits(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    // The limits of every platform and format, looked up once: [platform][format], null when the
    // platform does not support the format; no row for a platform the catalog does not profile.
    PostFormat[] formatValues = PostFormat.values();
    FormatLimits[][] table = new FormatLimits[index.platforms.size()][];
    for (int p = 0; p < table.length; p++) {
      Optional<PlatformProfile> profile = subject.catalog().profile(index.platforms.get(p));
      if (profile.isPresent()) {
        table[p] = new FormatLimits[formatValues.length];
        for (PostFormat f : formatValues) {
          table[p][f.ordinal()] = profile.get().formats().get(f);
        }
      }
    }
    for (int i : index.counted) {
      ScheduledPost post = index.posts[i];
      FormatLimits[] row = table[index.platformIndex[i]];
      if (row == null) {
        continue;
      }
      FormatLimits limits = row[post.content().format().ordinal()];
      String platform = post.platform().displayName();
      String format = post.content().format().name();
      if (limits == null) {
        out.add(Finding.of(CALENDAR_FORMAT_UNSUPPORTED, postPath(i) + ".format", post.id(), platform, format));
        continue;
      }
      String text = PostText.published(post);
      for (TextLimit limit : limits.textLimits()) {
        if (limit.field() != TextField.BODY || PostText.surelyFits(text, limit)) {
          continue;
        }
        TextFit fit = limit.check(text);
        if (!fit.fits()) {
          out.add(
              Finding.of(
                  CALENDAR_TEXT_TOO_LONG,
                  postPath(i) + ".text",
                  post.id(),
                  platform,
                  format,
                  fit.length(),
                  fit.maxLength(),
                  limit.counting().name()));
        }
      }
      if (limits.maxHashtags().isPresent()) {
        int hashtags = PostText.hashtagCount(post);
        if (hashtags > limits.maxHashtags().getAsInt()) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_HASHTAGS,
                  postPath(i) + ".hashtags",
                  post.id(),
                  platform,
                  format,
                  hashtags,
                  limits.maxHashtags().getAsInt()));
        }
      }
      if (limits.maxMentions().isPresent()) {
        int mentions = PostText.mentionCount(post);
        if (mentions > limits.maxMentions().getAsInt()) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_MENTIONS,
                  postPath(i) + ".mentions",
                  post.id(),
                  platform,
                  format,
                  mentions,
                  limits.maxMentions().getAsInt()));
        }
      }
      int media = post.content().mediaCount();
      if (limits.maxMediaItems().isPresent() && media > limits.maxMediaItems().getAsInt()) {
        out.add(
            Finding.of(
                CALENDAR_TOO_MANY_MEDIA,
                postPath(i) + ".media",
                post.id(),
                platform,
                format,
                media,
                limits.maxMediaItems().getAsInt()));
      }
      if (media < limits.minMediaItems()) {
        out.add(
            Finding.of(
                CALENDAR_TOO_FEW_MEDIA,
                postPath(i) + ".media",
                post.id(),
                platform,
                format,
                media,
                limits.minMediaItems()));
      }
      if (limits.mixedMediaAllowed().isPresent()
          && !limits.mixedMediaAllowed().get()
          && post.content().media().contains(MediaKind.IMAGE)
          && post.content().media().contains(MediaKind.VIDEO)) {
        out.add(Finding.of(CALENDAR_MEDIA_MIXED, postPath(i) + ".media", post.id(), platform, format));
      }
      if (post.content().duration().isPresent()) {
        Duration duration = post.content().duration().get();
        if (limits.maxVideoDuration().isPresent()
            && duration.compareTo(limits.maxVideoDuration().get()) > 0) {
          out.add(
              Finding.of(
                  CALENDAR_VIDEO_TOO_LONG,
                  postPath(i) + ".duration",
                  post.id(),
                  platform,
                  format,
                  duration.getSeconds(),
                  limits.maxVideoDuration().get().getSeconds()));
        }
        if (limits.minVideoDuration().isPresent()
            && duration.compareTo(limits.minVideoDuration().get()) < 0) {
          out.add(
              Finding.of(
                  CALENDAR_VIDEO_TOO_SHORT,
                  postPath(i) + ".duration",
                  post.id(),
                  platform,
                  format,
                  duration.getSeconds(),
                  limits.minVideoDuration().get().getSeconds()));
        }
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ cross-posts

  private static List<Finding> crossPosting(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    int threshold = context.setting(CROSS_POST_PLATFORMS);
    // Each distinct text, in the calendar order of its first post: that post, how many posts carry
    // it and the platforms they are on, gathered in one sequential pass over the extracted texts.
    Map<String, TextGroup> byText = new LinkedHashMap<>();
    for (int i : index.counted) {
      String text = index.texts[i].strip();
      if (!text.isEmpty()) {
        TextGroup group = byText.get(text);
        if (group == null) {
          group = new TextGroup(i);
          byText.put(text, group);
        }
        group.posts++;
        group.platforms.set(index.platformIndex[i]);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (TextGroup group : byText.values()) {
      if (group.posts < threshold || group.platforms.cardinality() < threshold) {
        continue;
      }
      List<Platform> platforms = new ArrayList<>();
      group.platforms.stream().forEach(p -> platforms.add(index.platforms.get(p)));
      out.add(
          Finding.of(
              CALENDAR_CROSS_POSTED_TEXT,
              postPath(group.first) + ".text",
              index.posts[group.first].id(),
              platforms.size(),
              platforms.stream().map(Platform::displayName).collect(Collectors.joining(", ")),
              group.posts));
    }
    return out;
  }

  /** The posts of one text: the first, how many, and the indices of their platforms. */
  private static final class TextGroup {
    final int first;
    int posts;
    final BitSet platforms = new BitSet();

    TextGroup(int first) {
      this.first = first;
    }
  }

  // ------------------------------------------------------------------------------------ approval, UGC

  private static List<Finding> approval(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted) {
      if ((index.flags[i] & CalendarIndex.PURPOSE_NOT_APPROVED) != 0) {
        ScheduledPost post = index.posts[i];
        out.add(
            Finding.of(
                CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED,
                postPath(i) + ".status",
                post.id(),
                post.status().name()));
      }
    }
    return out;
  }

  private static List<Finding> ugc(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted) {
      if ((index.flags[i] & CalendarIndex.UGC_WITHOUT_PERMISSION) != 0) {
        ScheduledPost post = index.posts[i];
        out.add(
            Finding.of(
                CALENDAR_UGC_WITHOUT_PERMISSION,
                postPath(i) + ".source",
                post.id(),
                post.content().source().creator().orElse("?")));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ live

  private static List<Finding> liveAnnouncement(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    Duration lead = context.setting(LIVE_ANNOUNCEMENT_LEAD);
    List<Finding> out = new ArrayList<>();
    for (int i : index.liveStreams) {
      ScheduledPost post = index.posts[i];
      Instant announcement = index.firstAnnouncement.get(post.id());
      if (announcement == null || announcement.isAfter(post.time().minus(lead))) {
        out.add(
            Finding.of(
                CALENDAR_LIVE_NOT_ANNOUNCED,
                postPath(i),
                post.id(),
                post.platform().displayName(),
                lead.toHours()));
      }
    }
    return out;
  }
}
