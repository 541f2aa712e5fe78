package dev.socialplan.examples;

import dev.socialplan.analytics.timing.PostingTimeDefaults;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.platform.TextFit;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.calendar.scheduler.UnplacedDraft;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeekGrid;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.ValidationReport;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints four weeks of content calendar, placed by the {@link Scheduler} from {@link
 * ContentBacklog}, week by week, then what the calendar rules say about it.
 */
final class CalendarSection {
  private CalendarSection() {}

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  /** Generic posting times (Sprout Social) for the three platforms, before any own data. */
  static Map<Platform, TimeOfWeekGrid> defaultTimes() {
    Map<Platform, TimeOfWeekGrid> grids = new LinkedHashMap<>();
    for (PostingSchedule s : ContentBacklog.SCHEDULES) {
      grids.put(s.platform(), PostingTimeDefaults.forPlatform(s.platform()));
    }
    return grids;
  }

  static SchedulingResult schedule(SchedulingRequest request) {
    return Scheduler.schedule(request);
  }

  static ValidationReport check(SchedulingRequest request, SchedulingResult result) {
    return CalendarRules.standard().validate(PlannedCalendar.from(request, result.calendar()));
  }

  static void print(
      ReportWriter out,
      String number,
      SchedulingRequest request,
      SchedulingResult result,
      ValidationReport findings) {
    out.section(number + " Content calendar: the first four weeks");
    out.paragraph(
        "Scheduler.schedule placed "
            + Figures.plural(result.placedCount(), "draft", "drafts")
            + " of the backlog around the live stream already in the calendar, keeping every"
            + " schedule's slots and daily cap, each week's drafts in their week, and the 80/20 mix"
            + " over every ten posts of a platform. Where several slots are free it took the hours"
            + " the generic posting-time defaults rate higher (section 6 replaces them with what real"
            + " data says). Times are Taipei time; short videos run 30 seconds, Facebook videos one"
            + " minute.");
    out.blank();
    TextTable schedules = new TextTable("Platform", "Slots, every day", ">At most a day", ">Posts");
    for (PostingSchedule s : request.schedules()) {
      schedules.row(
          s.platform().displayName(),
          slots(s),
          s.maxPostsPerDay().isPresent() ? s.maxPostsPerDay().getAsInt() : "-",
          result.calendar().byPlatform(s.platform()).size());
    }
    out.table(schedules);

    for (int week = 0; week < ContentBacklog.WEEKS; week++) {
      Instant from = ContentBacklog.start(week);
      Instant to = ContentBacklog.start(week + 1);
      List<ScheduledPost> posts = result.calendar().between(from, to).posts();
      long promotional = posts.stream().filter(p -> p.content().purpose() == PostPurpose.PROMOTE).count();
      out.heading(
          "Week "
              + (week + 1)
              + ": "
              + Figures.shortDate(ContentBacklog.FIRST_MONDAY.plusWeeks(week))
              + " to "
              + Figures.shortDate(ContentBacklog.FIRST_MONDAY.plusWeeks(week).plusDays(6))
              + ", "
              + Figures.plural(posts.size(), "post", "posts")
              + " ("
              + byPlatform(posts)
              + "), "
              + promotional
              + " promotional ("
              + Figures.percent((double) promotional / posts.size(), 0)
              + ")");
      out.table(table(posts));
    }

    out.heading("Evergreen posts recycled");
    if (result.recycled().isEmpty()) {
      out.paragraph("None.");
    }
    for (ScheduledPost p : result.recycled()) {
      ZonedDateTime at = p.time().atZone(ContentBacklog.ZONE);
      out.hanging(
          "  - ",
          "    ",
          p.id() + " on " + DAY.format(at) + " " + TIME.format(at) + " (" + p.platform().displayName()
              + "), at least its cooldown after it last went out, with its next text: "
              + p.content().text());
    }

    out.heading("Drafts the scheduler could not place");
    if (result.unplaced().isEmpty()) {
      out.paragraph("None: every draft found a slot.");
    }
    for (UnplacedDraft u : result.unplaced()) {
      out.hanging("  - ", "    ", u.draft().id() + " (" + u.reason().description() + "): " + u.explanation());
    }

    out.heading("Calendar findings (CalendarRules.standard())");
    out.paragraph(
        Figures.plural(findings.errors().size(), "error", "errors")
            + ", "
            + Figures.plural(findings.warnings().size(), "warning", "warnings")
            + ", "
            + Figures.plural(findings.infos().size(), "note", "notes")
            + ".");
    for (Finding f : findings.whatToDoNext()) {
      out.blank();
      out.line(
          "  " + ValidationSection.severity(f.severity(), Locale.ENGLISH) + "  " + f.code().name()
              + "  (" + ValidationSection.step(f.step(), Locale.ENGLISH) + ")");
      out.indented("     ", f.message(Locale.ENGLISH));
      out.hanging("     → ", "       ", f.hint(Locale.ENGLISH));
    }
    printThread(out);
    printCampaignLinks(out);
  }

  /** The brand's own domain: only its links are tagged (a YouTube link is not the brand's to tag). */
  static final String BRAND_DOMAIN = "lumi.com.tw";

  /**
   * The live campaign's Facebook announcement with a sign-up link on the brand's site and a link to
   * last year's recording on YouTube, its campaign links tagged the way the traffic goal measures
   * them: {@code utm_source} for the platform, {@code utm_medium=social}, {@code utm_campaign} from
   * the post's campaign and {@code utm_content} from the post's id; the YouTube link is left alone.
   */
  static ScheduledPost campaignPost() {
    PostContent content =
        PostContent.builder()
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.PROMOTE)
            .pillar(ArticleScenario.SELF_CARE.name())
            .campaign(ContentBacklog.LIVE_CAMPAIGN)
            .text("3/20 晚上 8:30 春季保養直播，現在報名 https://lumi.com.tw/live?ref=fb"
                + " ，去年的直播在這裡 https://www.youtube.com/watch?v=lumi2025")
            .build();
    return ScheduledPost.of(
        "facebook-live-signup",
        Platform.FACEBOOK,
        ZonedDateTime.of(2026, 3, 13, 20, 0, 0, 0, ContentBacklog.ZONE).toInstant(),
        content);
  }

  /** The campaign post with its brand links tagged. */
  static ScheduledPost campaignPostTagged() {
    ScheduledPost post = campaignPost();
    UtmTemplate utm = UtmTemplate.standard().withBrandDomains(BRAND_DOMAIN);
    return post.withContent(utm.tagAll(post.content(), post.platform(), post.id()));
  }

  private static void printCampaignLinks(ReportWriter out) {
    out.heading("Campaign links tagged for the traffic goal (UtmTemplate)");
    List<Link> before = campaignPost().content().textLinks();
    List<Link> after = campaignPostTagged().content().textLinks();
    for (int k = 0; k < before.size(); k++) {
      out.hanging("  link    ", "          ", before.get(k).toString());
      Link tagged = after.get(k);
      if (!UtmTemplate.isTagged(tagged)) {
        out.line("          not the brand's domain: left alone");
        continue;
      }
      // The parameters one a line, decoded: the tagged address is too long for a report line.
      for (String name : List.of("utm_source", "utm_medium", "utm_campaign", "utm_content")) {
        out.line("          + " + name + "=" + tagged.queryParameter(name).orElse(""));
      }
    }
  }

  /**
   * One of the backlog's ideas as a Threads thread: each part measured the way Threads counts (500,
   * an emoji by its UTF-8 bytes), and the calendar rules' verdict on the thread, which is one post.
   */
  static ScheduledPost thread() {
    PostContent content =
        PostContent.builder()
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.EDUCATE)
            .pillar("五分鐘保養")
            .text("1/ 單親媽媽的五分鐘晨間保養，三個步驟就夠了 🧴")
            .threadParts(
                List.of(
                    "2/ 洗臉後輕拍化妝水，趁濕擦精華液，鎖住水分。",
                    "3/ 防曬最後上，陰天也要擦 ☀️ 孩子出門前，妳也準備好了。"))
            .firstComment("完整步驟與產品：https://lumi.com.tw/routine")
            .build();
    return ScheduledPost.of(
        "threads-routine",
        Platform.THREADS,
        ZonedDateTime.of(2026, 3, 4, 21, 0, 0, 0, ContentBacklog.ZONE).toInstant(),
        content);
  }

  private static void printThread(ReportWriter out) {
    ScheduledPost thread = thread();
    out.heading("One idea as a thread on Threads (PostContent.threadParts)");
    TextLimit limit =
        PlatformCatalog.standard()
            .profile(Platform.THREADS)
            .flatMap(p -> p.limits(PostFormat.TEXT))
            .flatMap(l -> l.bodyLimit())
            .orElseThrow();
    List<String> parts = thread.content().parts();
    for (int k = 0; k < parts.size(); k++) {
      TextFit fit = limit.check(parts.get(k));
      out.hanging(
          "  " + (k + 1) + "/" + parts.size() + "  ",
          "       ",
          parts.get(k) + "  (" + fit.length() + " of " + fit.maxLength() + ")");
    }
    ValidationReport report =
        RuleSet.of(List.of(CalendarRules.LIMITS, CalendarRules.THREADS, CalendarRules.FIRST_COMMENT))
            .validate(PlannedCalendar.of(ContentCalendar.of(ContentBacklog.ZONE, thread)));
    out.paragraph(
        "One post, one slot: "
            + Figures.plural(report.findings().size(), "finding", "findings")
            + " on its parts. The scheduler and the cadence rules count a thread once.");
  }

  /** The week's posts in time order: day, time, platform, format, purpose, pillar, text. */
  static TextTable table(List<ScheduledPost> posts) {
    TextTable table = new TextTable("Day", "Time", "Platform", "Format", "Purpose", "Pillar", "Text");
    for (ScheduledPost p : posts) {
      ZonedDateTime at = p.time().atZone(ContentBacklog.ZONE);
      table.row(
          DAY.format(at),
          TIME.format(at),
          p.platform().displayName(),
          format(p),
          PlanOverview.name(p.content().purpose()),
          p.content().pillar().orElse("-"),
          Text.excerpt((p.content().source().isUserGenerated() ? "[UGC] " : "") + p.content().text(), 30));
    }
    return table;
  }

  static String format(ScheduledPost p) {
    String format = PlanOverview.name(p.content().format());
    return p.content().format() == PostFormat.LIVE
        ? p.content().duration().map(d -> format + " " + duration(d)).orElse(format)
        : format;
  }

  private static String duration(java.time.Duration d) {
    return d.toMinutes() >= 1 && d.toSecondsPart() == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }

  private static String byPlatform(List<ScheduledPost> posts) {
    Map<Platform, Long> counts =
        posts.stream().collect(Collectors.groupingBy(ScheduledPost::platform, LinkedHashMap::new, Collectors.counting()));
    return ContentBacklog.SCHEDULES.stream()
        .map(PostingSchedule::platform)
        .map(p -> p.displayName() + " " + counts.getOrDefault(p, 0L))
        .collect(Collectors.joining(", "));
  }

  private static String slots(PostingSchedule s) {
    if (s.pattern() instanceof WeeklySlots) {
      return ((WeeklySlots) s.pattern())
          .timesOn(java.time.DayOfWeek.MONDAY).stream()
          .map(LocalTime::toString)
          .collect(Collectors.joining(", "));
    }
    return s.pattern().toString();
  }
}
