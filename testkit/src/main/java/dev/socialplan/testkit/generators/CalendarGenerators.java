package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.OccurrenceOverride;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.calendar.approval.ApprovalMode;
import dev.socialplan.calendar.approval.ApprovalPolicy;
import dev.socialplan.calendar.approval.ApprovalTier;
import dev.socialplan.calendar.approval.ApprovalWorkflow;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.SlotPattern;
import dev.socialplan.calendar.schedule.TimeWindow;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Evergreen;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators for the {@code dev.socialplan.calendar} module: posting schedules
 * (weekly and RFC 5545 patterns, blackouts, windows, spacing, caps) in zones with and without
 * daylight saving time, scheduled posts, content calendars, recurring posts with overrides and
 * skips, approval policies and approval workflows in every reachable state. Every generated value is
 * constructible.
 *
 * <p>Times fall in 2026 and 2027, so they cross real DST transitions (New York, London, Sydney, Lord
 * Howe Island's 30-minute shift) and a leap day is near (2028 for weekly schedules expanded far
 * ahead).
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class CalendarGenerators {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Australia/Lord_Howe"));
  private static final List<Platform> PLATFORMS =
      List.of(Platform.INSTAGRAM, Platform.X, Platform.TIKTOK, Platform.LINKEDIN, Platform.of("xiaohongshu"));
  private static final List<String> TEXTS =
      List.of(
          "", "Meet the new serum", "新品上市！🎉 限時八折", "Tip #3: SPF every day, even in winter.",
          "Line one\nLine two", "Commas, semicolons; and a \\ backslash", "👩‍👩‍👧 family time",
          "A long caption that goes on and on ".repeat(4));
  private static final List<String> NAMES = List.of("launch", "tips", "spring", "五月", "always-on");
  private static final List<String> PEOPLE = List.of("ana", "mei", "li", "kai", "ming", "ops");
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final int MINUTES_IN_TWO_YEARS = 2 * 365 * 24 * 60;

  private CalendarGenerators() {}

  /**
   * Generates time zones, with and without daylight saving time.
   *
   * @return zones
   */
  public static Gen<ZoneId> zones() {
    return Generate.pick(ZONES);
  }

  /**
   * Generates platforms: well-known ones and one that is not.
   *
   * @return platforms
   */
  public static Gen<Platform> platforms() {
    return Generate.pick(PLATFORMS);
  }

  /**
   * Generates local times on the quarter hour, often in the small hours where DST transitions are.
   *
   * @return local times
   */
  public static Gen<LocalTime> localTimes() {
    Gen<Integer> quarter = Generate.pick(List.of(0, 15, 30, 45));
    return integers().between(0, 23).zip(quarter, LocalTime::of)
        .mix(integers().between(0, 3).zip(quarter, LocalTime::of));
  }

  /**
   * Generates weekly slots.
   *
   * @return weekday and local time pairs
   */
  public static Gen<WeeklySlot> weeklySlots() {
    return Generate.enumValues(DayOfWeek.class).zip(localTimes(), WeeklySlot::of);
  }

  /**
   * Generates weekly patterns of one to eight slots.
   *
   * @return weekly patterns
   */
  public static Gen<WeeklySlots> weeklyPatterns() {
    return lists().of(weeklySlots()).ofSizeBetween(1, 8).map(slots -> WeeklySlots.of(slots));
  }

  /**
   * Generates allowed windows on whole hours, some ending at midnight.
   *
   * @return windows
   */
  public static Gen<TimeWindow> timeWindows() {
    return Generate.enumValues(DayOfWeek.class)
        .zip(integers().between(0, 23), integers().between(1, 24),
            (day, start, hours) ->
                TimeWindow.of(day, LocalTime.of(start, 0),
                    start + hours >= 24 ? LocalTime.MIDNIGHT : LocalTime.of(start + hours, 0)));
  }

  /**
   * Generates recurrence patterns from weekly, monthly (including {@code BYMONTHDAY=29..31}, which
   * skips short months) and daily rules, bounded by {@code COUNT}, {@code UNTIL} or a horizon, some
   * with exception dates.
   *
   * @return recurrence patterns
   */
  public static Gen<RecurrencePattern> recurrencePatterns() {
    Gen<String> byDay =
        lists().of(Generate.pick(List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU"))).ofSizeBetween(1, 3)
            .map(days -> String.join(",", new TreeSet<>(days)));
    Gen<String> weekly =
        byDay.zip(integers().between(1, 2), (days, interval) -> "FREQ=WEEKLY;INTERVAL=" + interval + ";BYDAY=" + days);
    Gen<String> monthly =
        Generate.pick(List.of(1, 10, 15, 28, 29, 30, 31)).map(day -> "FREQ=MONTHLY;BYMONTHDAY=" + day);
    Gen<String> daily = integers().between(1, 3).map(interval -> "FREQ=DAILY;INTERVAL=" + interval);
    Gen<String> rules = Generate.oneOf(weekly, monthly, daily);
    Gen<LocalDateTime> starts =
        integers().between(0, 364).zip(localTimes(), (day, time) -> FIRST_DAY.plusDays(day).atTime(time));
    Gen<Integer> bound = integers().between(0, 2);
    return rules.zip(starts, bound, integers().between(1, 60),
        (rule, start, kind, n) -> {
          switch (kind) {
            case 0:
              return RecurrencePattern.of(rule + ";COUNT=" + n, start);
            case 1:
              LocalDate until = start.toLocalDate().plusDays(7L * n);
              return RecurrencePattern.of(rule + ";UNTIL=" + until.toString().replace("-", ""), start);
            default:
              return RecurrencePattern.of(rule, start, start.toLocalDate().plusDays(7L * n));
          }
        })
        .zip(booleans().all(), (pattern, exclude) -> {
          if (!exclude) {
            return pattern;
          }
          List<LocalDateTime> occurrences = pattern.occurrences(ZoneId.of("UTC"));
          return occurrences.size() < 2 ? pattern : pattern.withExceptionDate(occurrences.get(occurrences.size() / 2));
        });
  }

  /**
   * Generates slot patterns: weekly or recurrence rules.
   *
   * @return slot patterns
   */
  public static Gen<SlotPattern> slotPatterns() {
    Gen<SlotPattern> weekly = weeklyPatterns().map(p -> (SlotPattern) p);
    Gen<SlotPattern> rules = recurrencePatterns().map(p -> (SlotPattern) p);
    return weekly.mix(rules);
  }

  /**
   * Generates posting schedules: any pattern in any zone, with zero to three blackout ranges in
   * 2026–2027, no windows or one to three, a minimum spacing that fits the pattern's period, and
   * sometimes a daily cap of one to three.
   *
   * @return posting schedules
   */
  public static Gen<PostingSchedule> postingSchedules() {
    Gen<LocalDateRange> blackouts =
        integers().between(0, 700).zip(integers().between(1, 14),
            (start, length) -> LocalDateRange.of(FIRST_DAY.plusDays(start), FIRST_DAY.plusDays(start + length)));
    Gen<Duration> spacing = Generate.pick(List.of(0, 0, 30, 120, 720, 1440, 4000)).map(m -> Duration.ofMinutes(m));
    return platforms().zip(zones(), slotPatterns(), spacing, integers().between(0, 3),
            (platform, zone, pattern, gap, cap) -> {
              PostingSchedule.Builder b = PostingSchedule.builder().platform(platform).zone(zone).pattern(pattern);
              if (gap.compareTo(pattern.period()) <= 0) {
                b.minimumSpacing(gap);
              }
              if (cap > 0) {
                b.maxPostsPerDay(cap);
              }
              return b.build();
            })
        .zip(lists().of(blackouts).ofSizeBetween(0, 3),
            lists().of(timeWindows()).ofSizeBetween(0, 3),
            (schedule, ranges, windows) ->
                PostingSchedule.builder().from(schedule).blackouts(ranges).allowedWindows(windows).build());
  }

  /**
   * Generates post statuses.
   *
   * @return every status
   */
  public static Gen<PostStatus> statuses() {
    return Generate.enumValues(PostStatus.class);
  }

  /**
   * Generates media kinds.
   *
   * @return every media kind
   */
  public static Gen<MediaKind> mediaKinds() {
    return Generate.enumValues(MediaKind.class);
  }

  /**
   * Thread parts and first comments: short, CJK and emoji (2 each on X), a link (23 on X), and
   * longer than X's 280, Threads' and Mastodon's 500, Bluesky's 300, Instagram's 2,200-character
   * and Facebook's 8,000-character comments.
   */
  private static final List<String> PARTS =
      List.of(
          "2/ Pat dry, then serum.",
          "第二步：輕拍吸收 ✨",
          "More: https://brand.com/routine?step=3",
          "#skincare #MomLife",
          "Why it works ".repeat(25),
          "長".repeat(150),
          "😀".repeat(160),
          "A very long comment. ".repeat(120),
          "x".repeat(8_001));

  /** Alt texts: short, with emoji and CJK, and longer than X's 1,000 and Bluesky's 2,000. */
  private static final List<String> ALT_TEXTS =
      List.of(
          "A jar of serum on a marble shelf",
          "兩杯手沖咖啡放在木吧台上 ☕",
          "Chart: sign-ups rose from 120 to 310 between March and May 👩🏽‍💻",
          "A long description. ".repeat(60),
          "長".repeat(2_100));

  /**
   * Generates media items: every kind, about a third without alt text, the others with alt text
   * from short to longer than any platform allows.
   *
   * @return media items
   */
  public static Gen<MediaItem> mediaItems() {
    return mediaKinds()
        .zip(
            integers().between(0, 2),
            Generate.pick(ALT_TEXTS),
            (kind, choice, alt) -> choice == 0 ? MediaItem.of(kind) : MediaItem.of(kind, alt));
  }

  /**
   * Generates post sources: original content, and UGC with and without permission.
   *
   * @return post sources
   */
  public static Gen<PostSource> postSources() {
    Gen<PostSource> ugc =
        Generate.pick(List.of("@ana", "@小美", "@glowfan"))
            .zip(integers().between(-60, 365), (creator, day) ->
                day < 0
                    ? PostSource.userGenerated(creator)
                    : PostSource.userGenerated(creator, START.plus(Duration.ofDays(day))));
    return Generate.constant(PostSource.original()).mix(ugc);
  }

  /**
   * Generates post contents in any format and for any purpose, with every optional part sometimes
   * present: texts in several scripts, hashtags, media, a link attachment, paid or organic, a source
   * (user-generated or not), a pillar, a campaign, a content source and a running time, and
   * sometimes a first comment and thread parts, some longer than any platform allows.
   *
   * @return post contents
   */
  public static Gen<PostContent> postContents() {
    Gen<PostContent.Builder> core =
        Generate.enumValues(PostFormat.class).zip(Generate.enumValues(PostPurpose.class), Generate.pick(TEXTS),
            (format, purpose, text) -> PostContent.builder().format(format).purpose(purpose).text(text));
    Gen<List<String>> tags = lists().of(Generate.pick(List.of("skincare", "新品", "tips", "MomLife", "summer_sale"))).ofSizeBetween(0, 4);
    Gen<PostContent.Builder> withLists =
        core.zip(tags, lists().of(mediaItems()).ofSizeBetween(0, 4), (b, hashtags, media) -> b.hashtags(hashtags).media(media));
    Gen<PostContent.Builder> withParts =
        withLists.zip(
            integers().between(0, 4),
            lists().of(Generate.pick(PARTS)).ofSizeBetween(0, 3),
            (b, comment, parts) -> {
              if (comment > 0) {
                b.firstComment(PARTS.get(comment * 2 % PARTS.size()));
              }
              return b.threadParts(parts);
            });
    Gen<PostContent.Builder> withLinks =
        withParts.zip(links(), integers().between(0, 3), (b, link, choice) -> {
          if ((choice & 1) != 0) {
            b.linkAttachment(link);
          }
          return b.paid((choice & 2) != 0);
        });
    return withLinks.zip(postSources(), integers().between(0, 7), integers().between(-2, 10), Generate.enumValues(ContentSource.class),
        (b, source, optionals, n, contentSource) -> {
          b.source(source);
          if ((optionals & 1) != 0) {
            b.pillar(NAMES.get(n & 3));
          }
          if ((optionals & 2) != 0) {
            b.campaign(NAMES.get((n + 1) & 3)).contentSource(contentSource);
          }
          if ((optionals & 4) != 0) {
            b.duration(Duration.ofMinutes(15 + 5L * Math.abs(n))).purposeDriven(true);
          }
          return b.build();
        });
  }

  /**
   * Generates http and https links on a few hosts ({@code brand.com}, a subdomain, {@code
   * partner.org}), with
   * paths, sometimes a query of {@code ref}, {@code q} (any Unicode text, percent-encoded) and
   * {@code lang} parameters, sometimes a hand-set {@code utm_source}, and sometimes a fragment.
   *
   * @return links
   */
  public static Gen<Link> links() {
    Gen<String> hosts =
        // Real top-level domains: twitter-text only counts a URL as 23 on X when it knows the TLD.
        Generate.pick(List.of("brand.com", "shop.brand.com", "partner.org", "BRAND.com"));
    Gen<String> paths = Generate.pick(List.of("", "/", "/menu", "/a/b-c_d.html", "/%E6%96%B0"));
    Gen<String> queries =
        Generate.pick(List.of("", "?", "?ref=feed", "?lang=zh-TW&ref=a%2Bb", "?utm_source=newsletter"))
            .zip(utmValues(), booleans().all(), (q, text, withQ) ->
                withQ ? (q.isEmpty() || q.equals("?") ? "?" : q + "&") + "q=" + Link.encode(text) : q);
    Gen<String> fragments = Generate.pick(List.of("", "#", "#mains", "#a=b&c"));
    return Generate.pick(List.of("https", "http", "HTTPS"))
        .zip(hosts, paths, queries, fragments, (scheme, host, path, query, fragment) ->
            Link.parse(scheme + "://" + host + path + query + fragment));
  }

  /**
   * Generates texts for UTM values: campaign names and post ids with spaces, reserved characters
   * ({@code & = # + % ? /}), accents, CJK and emoji.
   *
   * @return non-blank texts
   */
  public static Gen<String> utmValues() {
    return Generate.pick(
        List.of("spring_sale", "Spring sale 2026", "a&b=c#d", "50% off+more?", "新品上市", "café/menu",
            "😀 launch", "x-1", "tip@20260106T090000", "~._-"));
  }

  /**
   * Generates UTM templates: the standard one, with a term, restricted to {@code brand.com}, with
   * another source for X.
   *
   * @return templates
   */
  public static Gen<UtmTemplate> utmTemplates() {
    return integers().between(0, 7).map(parts -> {
      UtmTemplate t = UtmTemplate.standard();
      if ((parts & 1) != 0) {
        t = t.withTerm("dim sum");
      }
      if ((parts & 2) != 0) {
        t = t.withBrandDomains("brand.com");
      }
      if ((parts & 4) != 0) {
        t = t.withSource(Platform.X, "twitter");
      }
      return t;
    });
  }

  /**
   * Generates scheduled posts with ids {@code "post-0"} to {@code "post-999"} at any minute of 2026
   * and 2027, on any platform, with {@linkplain #postContents() any content}, any status and
   * priority, and sometimes an account.
   *
   * @return scheduled posts
   */
  public static Gen<ScheduledPost> scheduledPosts() {
    Gen<ScheduledPost.Builder> core =
        integers().between(0, 999).zip(platforms(), integers().between(0, MINUTES_IN_TWO_YEARS), postContents(),
            (id, platform, minute, content) ->
                ScheduledPost.builder()
                    .id("post-" + id)
                    .platform(platform)
                    .time(START.plus(Duration.ofMinutes(minute)))
                    .content(content));
    return core.zip(statuses(), integers().between(-2, 10), booleans().all(),
        (b, status, priority, onAccount) -> {
          b.status(status).priority(priority);
          if (onAccount) {
            b.account("main");
          }
          return b.build();
        });
  }

  /**
   * Generates content calendars of zero to {@code maxSize} posts with distinct ids.
   *
   * @param maxSize the most posts, not negative
   * @return content calendars
   */
  public static Gen<ContentCalendar> contentCalendars(int maxSize) {
    return zones().zip(lists().of(scheduledPosts()).ofSizeBetween(0, maxSize),
        (zone, posts) -> {
          Map<String, ScheduledPost> byId = new LinkedHashMap<>();
          posts.forEach(p -> byId.putIfAbsent(p.id(), p));
          return ContentCalendar.of(zone, byId.values());
        });
  }

  /**
   * Generates content calendars of up to 40 posts.
   *
   * @return content calendars
   */
  public static Gen<ContentCalendar> contentCalendars() {
    return contentCalendars(40);
  }

  /**
   * Generates occurrence overrides, from empty to changing the time and several parts.
   *
   * @return overrides
   */
  public static Gen<OccurrenceOverride> occurrenceOverrides() {
    return integers().between(0, 15).zip(integers().between(-12, 12), postContents(), statuses(),
        (parts, hours, content, status) -> {
          OccurrenceOverride.Builder b = OccurrenceOverride.builder();
          if ((parts & 1) != 0) {
            b.content(content);
          }
          if ((parts & 2) != 0) {
            b.status(status);
          }
          if ((parts & 8) != 0) {
            b.priority(hours);
          }
          return b.build();
        });
  }

  /**
   * Generates recurring posts: a generated template and pattern in a zone, with overrides on some
   * occurrences (a few moved by hours) and skips on others.
   *
   * @return recurring posts
   */
  public static Gen<RecurringPost> recurringPosts() {
    return scheduledPosts().zip(recurrencePatterns(), zones(), lists().of(occurrenceOverrides()).ofSizeBetween(0, 6),
        integers().between(0, 1000),
        (template, pattern, zone, overrides, seed) -> {
          List<LocalDateTime> occurrences = pattern.occurrences(zone);
          RecurringPost.Builder b = RecurringPost.builder().template(template).pattern(pattern).zone(zone);
          List<LocalDateTime> used = new ArrayList<>();
          for (int i = 0; i < overrides.size() && !occurrences.isEmpty(); i++) {
            LocalDateTime at = occurrences.get((seed + 7 * i) % occurrences.size());
            if (used.contains(at)) {
              continue;
            }
            used.add(at);
            OccurrenceOverride o = overrides.get(i);
            if (i % 3 == 1) {
              o = OccurrenceOverride.builder().from(o).time(at.plusHours(1 + i)).build();
            }
            if (i % 4 == 3) {
              b.addSkip(at);
            } else {
              b.putOverride(at, o);
            }
          }
          return b.build();
        });
  }

  /**
   * Generates approval tiers of one to three approvers from a small pool, either mode.
   *
   * @return tiers named {@code "tier-<n>"}
   */
  public static Gen<ApprovalTier> approvalTiers() {
    return integers().between(0, 99).zip(Generate.enumValues(ApprovalMode.class),
        lists().of(Generate.pick(PEOPLE)).ofSizeBetween(1, 3),
        (n, mode, approvers) -> ApprovalTier.of("tier-" + n, mode, approvers));
  }

  /**
   * Generates approval policies of one to three tiers with distinct names; one in four allows
   * self-approval, the others are four-eyes policies.
   *
   * @return policies
   */
  public static Gen<ApprovalPolicy> approvalPolicies() {
    return lists().of(approvalTiers()).ofSizeBetween(1, 3).zip(integers().between(0, 3), (tiers, lenient) -> {
      Map<String, ApprovalTier> byName = new LinkedHashMap<>();
      tiers.forEach(t -> byName.putIfAbsent(t.name(), t));
      return new ApprovalPolicy(new ArrayList<>(byName.values()), lenient == 0);
    });
  }

  /**
   * Generates approval workflows in every reachable state, by playing a generated sequence of
   * legal actions (submit, approve, request changes, reject, schedule, reschedule, publish, fail,
   * cancel, expire) from a fresh draft, one hour apart. Every workflow's trail is therefore one a
   * real team could have produced.
   *
   * @return workflows
   */
  public static Gen<ApprovalWorkflow> approvalWorkflows() {
    return integers().between(0, 999).zip(approvalPolicies(), integers().between(1, 60),
        lists().of(integers().between(0, 99)).ofSizeBetween(0, 12),
        (id, policy, plannedHours, choices) -> {
          Instant t0 = START.plus(Duration.ofDays(id % 300));
          ApprovalWorkflow w = ApprovalWorkflow.start("post-" + id, t0.plus(Duration.ofHours(plannedHours)), policy);
          Instant now = t0;
          for (int choice : choices) {
            now = now.plus(Duration.ofHours(1));
            w = step(w, choice, now);
          }
          return w;
        });
  }

  /**
   * Chooses who submits: sometimes one of the approvers (so four-eyes approval is exercised), unless
   * a tier names nobody else and the policy would refuse the submission; otherwise a writer.
   */
  private static String author(ApprovalWorkflow w, int choice) {
    String candidate = PEOPLE.get(choice % PEOPLE.size());
    if (choice % 3 != 0) {
      return "writer";
    }
    for (ApprovalTier tier : w.policy().tiers()) {
      if (tier.approvers().stream().noneMatch(a -> w.policy().admits(a, candidate))) {
        return "writer";
      }
    }
    return candidate;
  }

  /** Plays one legal action chosen by {@code choice}, or expires the post when it is due. */
  private static ApprovalWorkflow step(ApprovalWorkflow w, int choice, Instant now) {
    if (w.isDueToExpire(now)) {
      return w.expireIfDue(now);
    }
    switch (w.status()) {
      case DRAFT:
      case CHANGES_REQUESTED:
        return choice % 10 == 0 ? w.cancel("ops", now, "") : w.submit(author(w, choice), now, "");
      case IN_REVIEW:
        List<String> pending = new ArrayList<>(w.pendingApprovers());
        String approver = pending.get(choice % pending.size());
        if (choice % 10 == 1) {
          return w.requestChanges(approver, now, "please revise");
        }
        if (choice % 17 == 2) {
          return w.reject(approver, now, "off brand");
        }
        return w.approve(approver, now, "");
      case APPROVED:
        return choice % 7 == 0 ? w.reschedule("ops", now, w.plannedTime().plus(Duration.ofDays(1)), "")
            : w.schedule("ops", now, "");
      case SCHEDULED:
        if (choice % 5 == 0) {
          return w.fail("bot", now, "token expired");
        }
        return choice % 9 == 0 ? w.cancel("ops", now, "pulled") : w.publish("bot", now, "");
      default:
        return w;
    }
  }

  /**
   * Generates evergreen recycling rules: a cooldown of hours to weeks, one to five recyclings, an
   * expiry in January to March 2026 half the time, and up to two text variants.
   *
   * @return evergreen rules
   */
  public static Gen<Evergreen> evergreens() {
    return integers().between(1, 24 * 21).zip(
        integers().between(1, 5),
        integers().between(-1, 24 * 90),
        integers().between(0, 2),
        (hours, max, expiry, variants) -> {
          Evergreen rule =
              Evergreen.of(Duration.ofHours(hours), max)
                  .withTextVariants(List.of("Still true today", "Worth a second look").subList(0, variants));
          return expiry < 0 ? rule : rule.withExpiry(START.plus(Duration.ofHours(expiry)));
        });
  }

  /**
   * Generates scheduling requests for January and February 2026: up to three posting schedules
   * (at most one per channel) and up to {@code maxDrafts} drafts with distinct ids, some of them
   * for channels without a schedule (which the scheduler reports as unplaced) and some {@linkplain
   * #evergreens() evergreen}; a weekly schedule's first slot is bound to the first draft's pillar
   * (or purpose).
   *
   * @param maxDrafts the most drafts, not negative
   * @return scheduling requests
   */
  public static Gen<SchedulingRequest> schedulingRequests(int maxDrafts) {
    Interval period = Interval.of(START, Instant.parse("2026-03-01T00:00:00Z"));
    return zones().zip(
        lists().of(postingSchedules()).ofSizeBetween(0, 3),
        lists().of(scheduledPosts()).ofSizeBetween(0, maxDrafts),
        lists().of(evergreens()).ofSize(maxDrafts),
        (zone, schedules, posts, evergreens) -> {
          Map<Channel, PostingSchedule> byChannel = new LinkedHashMap<>();
          for (PostingSchedule s : schedules) {
            // A weekly schedule's first slot is bound to the first post's pillar or purpose.
            if (s.pattern() instanceof WeeklySlots && !posts.isEmpty()) {
              WeeklySlot first = ((WeeklySlots) s.pattern()).slots().get(0);
              PostContent content = posts.get(0).content();
              s = s.withBinding(
                  first,
                  content.pillar().map(SlotBinding::pillar).orElse(SlotBinding.purpose(content.purpose())));
            }
            byChannel.putIfAbsent(Channel.of(s), s);
          }
          Map<String, Draft> drafts = new LinkedHashMap<>();
          for (int i = 0; i < posts.size(); i++) {
            Draft draft = Draft.from(posts.get(i));
            // Every third draft is evergreen; its recycled ids (id~n) must not be drafts' ids.
            drafts.putIfAbsent(
                draft.id(), i % 3 == 0 && draft.id().indexOf('~') < 0 ? draft.withEvergreen(evergreens.get(i)) : draft);
          }
          return SchedulingRequest.builder()
              .period(period)
              .zone(zone)
              .schedules(byChannel.values())
              .drafts(drafts.values())
              .build();
        });
  }
}
