package dev.socialplan.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Writes calendars, performance records, summaries and breakdowns as CSV for spreadsheets: RFC
 * 4180 (FastCSV), comma-separated, CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quote or a line break.
 *
 * <p>Every cell is safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by Excel, LibreOffice
 * or Google Sheets, so it is written with a leading apostrophe, which spreadsheets show as text
 * (OWASP, <a href="https://owasp.org/www-community/attacks/CSV_Injection">CSV Injection</a>). A
 * cell that itself starts with an apostrophe gets one more, so {@link
 * PerformanceMapping#socialplan()} reads every value back exactly.
 *
 * <p>The caller's writer is flushed, not closed. Stateless and thread-safe.
 */
public final class CsvExport {
  private CsvExport() {}

  /** The columns of {@link #writeRecords}, in order. */
  public static final List<String> RECORD_COLUMNS = recordColumns();

  /** The columns of {@link #writeCalendar}, in order. */
  public static final List<String> CALENDAR_COLUMNS =
      List.of(
          "id", "date", "time", "zone", "platform", "account", "format", "purpose", "pillar",
          "campaign", "status", "priority", "text", "hashtags", "media", "first comment");

  private static List<String> recordColumns() {
    List<String> c = new ArrayList<>(List.of(
        "post_id", "account", "platform", "published_at", "format", "purpose", "paid", "campaign",
        "pillar", "hashtags", "permalink"));
    for (Measure m : Measure.values()) {
      c.add(column(m));
    }
    c.add("average_video_watch_time_ms");
    c.add("spend");
    c.add("revenue");
    return List.copyOf(c);
  }

  /** The snake-case column of a measure; watch time says its unit. */
  static String column(Measure m) {
    String name = m.name().toLowerCase(Locale.ROOT);
    return m == Measure.VIDEO_WATCH_TIME ? name + "_ms" : name;
  }

  /**
   * Returns a cell as written: unchanged, or with a leading apostrophe when it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or an apostrophe.
   *
   * @param cell the value
   * @return the value safe for a spreadsheet
   */
  public static String neutralise(String cell) {
    Checks.notNull(cell, "cell");
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\''
        ? "'" + cell
        : cell;
  }

  /** Undoes {@link #neutralise}: one leading apostrophe removed. */
  static String restore(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  /**
   * Writes performance records, one row each, in the columns of {@link #RECORD_COLUMNS}: instants
   * in ISO-8601 UTC, hashtags as {@code #a #b}, watch times in milliseconds, amounts as {@code USD
   * 12.50}; an empty cell for every missing value. {@link PerformanceMapping#socialplan()} reads
   * them back equal.
   *
   * @param records the records
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRecords(Collection<PerformanceRecord> records, Writer out) {
    Checks.noNullElements(records, "records");
    write(out, RECORD_COLUMNS, rows -> {
      for (PerformanceRecord r : records) {
        List<String> row = new ArrayList<>(RECORD_COLUMNS.size());
        row.add(r.postId().orElse(""));
        row.add(r.account().orElse(""));
        row.add(r.platform().id());
        row.add(r.publishedAt().toString());
        row.add(r.format().name());
        row.add(r.purpose().name());
        row.add(r.paid().name());
        row.add(r.campaign().orElse(""));
        row.add(r.pillar().orElse(""));
        StringJoiner tags = new StringJoiner(" ");
        r.hashtags().forEach(t -> tags.add("#" + t));
        row.add(tags.toString());
        row.add(r.permalink().orElse(""));
        for (Measure m : Measure.values()) {
          row.add(r.count(m).isPresent() ? Long.toString(r.count(m).getAsLong()) : "");
        }
        row.add(r.averageVideoWatchTime().map(d -> Long.toString(d.toMillis())).orElse(""));
        row.add(r.spend().map(Money::toString).orElse(""));
        row.add(r.revenue().map(Money::toString).orElse(""));
        rows.accept(row);
      }
    });
  }

  /**
   * Writes a calendar, one row per post in time order, with the local date and time in the
   * calendar's zone.
   *
   * @param calendar the calendar
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeCalendar(ContentCalendar calendar, Writer out) {
    Checks.notNull(calendar, "calendar");
    write(out, CALENDAR_COLUMNS, rows -> {
      for (ScheduledPost p : calendar.posts()) {
        PostContent c = p.content();
        ZonedDateTime local = p.time().atZone(calendar.zone());
        StringJoiner tags = new StringJoiner(" ");
        c.hashtags().forEach(t -> tags.add("#" + t));
        StringJoiner media = new StringJoiner(" ");
        for (MediaKind m : c.mediaKinds()) {
          media.add(m.name().toLowerCase(Locale.ROOT));
        }
        rows.accept(List.of(
            p.id(),
            local.toLocalDate().toString(),
            local.toLocalTime().toString(),
            calendar.zone().getId(),
            p.platform().id(),
            p.account().orElse(""),
            c.format().name().toLowerCase(Locale.ROOT),
            c.purpose().name().toLowerCase(Locale.ROOT),
            c.pillar().orElse(""),
            c.campaign().orElse(""),
            p.status().name().toLowerCase(Locale.ROOT),
            Integer.toString(p.priority()),
            c.text(),
            tags.toString(),
            media.toString(),
            c.firstComment().orElse("")));
      }
    });
  }

  /**
   * Writes one summary as a single row: {@code posts}, then per measure its sum and how many posts
   * lack it ({@code reach}, {@code reach_missing}), then spend and revenue per currency ({@code
   * USD 12.50; EUR 3.00}).
   *
   * @param summary the summary
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeSummary(PerformanceSummary summary, Writer out) {
    Checks.notNull(summary, "summary");
    write(out, summaryColumns(List.of()), rows -> rows.accept(summaryCells(List.of(), summary)));
  }

  /**
   * Writes a breakdown: one row per group in key order, a column per dimension of the grouping (in
   * {@link Dimension} order, lower case; empty for the group without an account, campaign, pillar
   * or hashtag), then the summary's columns as {@link #writeSummary} writes them.
   *
   * @param breakdown the breakdown
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeBreakdown(PerformanceBreakdown breakdown, Writer out) {
    Checks.notNull(breakdown, "breakdown");
    List<Dimension> dims = new ArrayList<>(breakdown.grouping().dimensions());
    write(out, summaryColumns(dims), rows -> {
      for (Map.Entry<GroupKey, PerformanceSummary> e : breakdown.groups().entrySet()) {
        List<String> key = new ArrayList<>();
        for (Dimension d : dims) {
          key.add(part(e.getKey(), d));
        }
        rows.accept(summaryCells(key, e.getValue()));
      }
    });
  }

  private static String part(GroupKey k, Dimension d) {
    Optional<?> v;
    switch (d) {
      case PLATFORM:
        v = k.platform().map(p -> p.id());
        break;
      case FORMAT:
        v = k.format();
        break;
      case PURPOSE:
        v = k.purpose();
        break;
      case PAID:
        v = k.paid();
        break;
      case ACCOUNT:
        v = k.account();
        break;
      case CAMPAIGN:
        v = k.campaign();
        break;
      case PILLAR:
        v = k.pillar();
        break;
      case HASHTAG:
        v = k.hashtag();
        break;
      case TIME_OF_WEEK:
        v = k.timeOfWeek();
        break;
      case DAY:
        v = k.day();
        break;
      case WEEK:
        v = k.week();
        break;
      case MONTH:
        v = k.month();
        break;
      default:
        throw new AssertionError(d);
    }
    return v.map(Object::toString).orElse("");
  }

  private static List<String> summaryColumns(List<Dimension> dims) {
    List<String> c = new ArrayList<>();
    for (Dimension d : dims) {
      c.add(d.name().toLowerCase(Locale.ROOT));
    }
    c.add("posts");
    for (Measure m : Measure.values()) {
      c.add(column(m));
      c.add(column(m) + "_missing");
    }
    c.add("spend");
    c.add("spend_missing");
    c.add("revenue");
    c.add("revenue_missing");
    return c;
  }

  private static List<String> summaryCells(List<String> key, PerformanceSummary s) {
    List<String> row = new ArrayList<>(key);
    row.add(Long.toString(s.count()));
    for (Measure m : Measure.values()) {
      row.add(s.present(m) == 0 ? "" : Long.toString(s.sum(m)));
      row.add(Long.toString(s.missing(m)));
    }
    for (MoneyMeasure m : MoneyMeasure.values()) {
      SortedMap<CurrencyUnit, Money> totals = s.total(m);
      StringJoiner j = new StringJoiner("; ");
      totals.values().forEach(money -> j.add(money.toString()));
      row.add(j.toString());
      row.add(Long.toString(s.missing(m)));
    }
    return row;
  }

  private static void write(
      Writer out, List<String> header, Consumer<Consumer<List<String>>> source) {
    Checks.notNull(out, "out");
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    csv.writeRecord(header);
    // Each row goes out as it is made, so a large export is never held whole.
    source.accept(row -> {
      List<String> safe = new ArrayList<>(row.size());
      for (String cell : row) {
        safe.add(neutralise(cell));
      }
      csv.writeRecord(safe);
    });
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
