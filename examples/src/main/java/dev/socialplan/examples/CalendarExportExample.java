package dev.socialplan.examples;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.OccurrenceOverride;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.ical.ICalendarExport;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A focused example of socialplan-calendar: a recurring post with a skipped week and a changed text
 *, the posting queue's next free slots, and the calendar exported as iCalendar for
 * any calendar application.
 */
public final class CalendarExportExample {
  private CalendarExportExample() {}

  /** "Tip of the week": Tuesdays at 20:00, four times from 3 March 2026. */
  static final RecurrencePattern TUESDAYS =
      RecurrencePattern.of("FREQ=WEEKLY;BYDAY=TU;COUNT=4", LocalDateTime.of(2026, 3, 3, 20, 0));

  static final LocalDateTime LIVE_WEEK = LocalDateTime.of(2026, 3, 17, 20, 0);
  static final LocalDateTime LAST_TIP = LocalDateTime.of(2026, 3, 24, 20, 0);

  /** What every tip of the week says, unless an occurrence says otherwise. */
  static final PostContent TIP =
      PostContent.builder()
          .format(PostFormat.IMAGE)
          .purpose(PostPurpose.EDUCATE)
          .pillar(ArticleScenario.SELF_CARE.name())
          .text("本週保養小撇步：睡前一分鐘，按摩眼周。")
          .addHashtags("五分鐘保養")
          .addMedia(described(MediaKind.IMAGE))
          .build();

  /** The series: the live stream's week is skipped; the last tip gets its own text. */
  static final RecurringPost TIP_OF_THE_WEEK =
      RecurringPost.of(
              ScheduledPost.builder()
                  .id("tip")
                  .platform(Platform.INSTAGRAM)
                  .time(Instant.EPOCH)
                  .content(TIP)
                  .status(PostStatus.APPROVED)
                  .build(),
              TUESDAYS,
              ArticleScenario.TAIPEI)
          .withSkip(LIVE_WEEK)
          .withOverride(LAST_TIP, OccurrenceOverride.of(TIP.withText("本週保養小撇步：防曬要擦一元硬幣大小。")));

  /** When the export was made: the DTSTAMP of every event. */
  static final Instant EXPORTED =
      ZonedDateTime.of(2026, 2, 27, 9, 0, 0, 0, ArticleScenario.TAIPEI).toInstant();

  /**
   * Writes the example to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(System.out, true, StandardCharsets.UTF_8);
    write(out);
    out.flush();
  }

  /**
   * Writes the example.
   *
   * @param out where the text goes
   */
  public static void write(Appendable out) {
    ReportWriter w = new ReportWriter(out);
    w.title("A recurring post, the posting queue and an iCalendar export");

    List<ScheduledPost> tips = TIP_OF_THE_WEEK.expand();
    w.heading("1. Tip of the week: " + TUESDAYS.rule());
    w.paragraph(
        "Four Tuesdays from 3 March, the live stream's week ("
            + Figures.shortDate(LIVE_WEEK.toLocalDate())
            + ") skipped and the last tip rewritten: "
            + Figures.plural(tips.size(), "post", "posts")
            + ".");
    w.table(CalendarSection.table(tips));

    // The queue: each new draft goes to the next slot that is free, spaced and under the daily cap.
    ContentCalendar calendar = ContentCalendar.of(ArticleScenario.TAIPEI, tips);
    PostingSchedule instagram = ContentBacklog.INSTAGRAM_SCHEDULE.withMinimumSpacing(Duration.ofHours(6));
    Instant from = ContentBacklog.FIRST_MONDAY.atStartOfDay(ArticleScenario.TAIPEI).toInstant();
    w.heading("2. The Instagram queue: the next free slots from " + Figures.date(ContentBacklog.FIRST_MONDAY));
    w.paragraph(
        "Slots every day at 11:30 and 21:00, at most one post a day, six hours apart: the Tuesdays"
            + " of the series are taken, so the queue skips them.");
    w.blank();
    TextTable queue = new TextTable("Queued post", "Slot");
    List<String> drafts = List.of("Morning routine reel", "Breakfast box carousel", "Mother's story", "Night serum offer");
    for (int i = 0; i < drafts.size(); i++) {
      Optional<ZonedDateTime> slot = calendar.nextFreeSlot(instagram, from, Duration.ofDays(14));
      if (slot.isEmpty()) {
        queue.row(drafts.get(i), "no free slot within two weeks");
        continue;
      }
      ScheduledPost post =
          ScheduledPost.builder()
              .id("queued-" + (i + 1))
              .platform(Platform.INSTAGRAM)
              .time(slot.get().toInstant())
              .content(PostContent.builder()
                  .format(PostFormat.IMAGE)
                  .purpose(i == drafts.size() - 1 ? PostPurpose.PROMOTE : PostPurpose.EDUCATE)
                  .text(drafts.get(i))
                  .addMedia(described(MediaKind.IMAGE))
                  .build())
              .build();
      calendar = calendar.with(post);
      queue.row(
          drafts.get(i),
          Figures.shortDate(slot.get().toLocalDate()) + " " + CalendarSection.TIME.format(slot.get()));
    }
    w.table(queue);

    w.heading("3. The calendar as iCalendar (RFC 5545), for any calendar application");
    String ics =
        ICalendarExport.standard()
            .withCalendarName("Lumi Mama Instagram")
            .toICalendar(calendar, EXPORTED);
    w.paragraph(
        Figures.plural(calendar.size(), "post", "posts")
            + ", "
            + Figures.plural(ics.split("\r\nBEGIN:VEVENT\r\n", -1).length - 1L, "event", "events")
            + " with stable UIDs; lines end in CRLF and long lines are folded. The first event:");
    w.blank();
    String[] lines = ics.split("\r\n");
    boolean inFirst = false;
    for (String line : lines) {
      if (line.equals("BEGIN:VEVENT")) {
        if (inFirst) {
          break;
        }
        inFirst = true;
      }
      if (inFirst || line.startsWith("BEGIN:VCALENDAR") || line.startsWith("X-WR-CALNAME") || line.startsWith("PRODID")) {
        w.line("  " + line);
      }
    }
    w.line("  ...");
    w.line("  END:VCALENDAR");
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "Video with captions: the serum in a morning routine"
            : "A jar of serum on a marble shelf in morning light");
  }
}
