package dev.socialplan.csv;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.FindingArgument;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;

/**
 * Reads a bulk sheet of drafts (one row per post to schedule) into scheduler {@link Draft}s.
 *
 * <p>Columns, matched by name ignoring case and surrounding spaces, in any order: {@code date}
 * and {@code platform} are required; {@code time}, {@code zone}, {@code account}, {@code text},
 * {@code media}, {@code purpose}, {@code pillar}, {@code campaign}, {@code priority}, {@code first
 * comment}, and also
 * {@code id} and {@code format}, are optional columns (a sheet may leave them out).
 *
 * <ul>
 *   <li>{@code date} ({@code 2025-03-04}, {@code 2025/03/04}, {@code 3/4/2025} or {@code 4.3.2025})
 *       with {@code time} ({@code 9:30}, {@code 09:30:00} or {@code 9:30 AM}) in {@code zone} (an
 *       IANA id such as {@code Asia/Taipei}; the reader's default zone when empty) becomes the
 *       draft's window: the hour from that time, or the whole local day without a time. A time
 *       that the clocks skip (a daylight-saving gap) rejects the row; one that occurs twice takes
 *       the earlier offset.
 *   <li>{@code platform}: a platform id ({@code facebook}) or a well-known platform's name.
 *   <li>{@code text}: the post's text; its hashtags become the draft's hashtags.
 *   <li>{@code media}: kinds separated by commas, semicolons or spaces ({@code image}, {@code
 *       video}, {@code gif}, {@code audio}, {@code document}). Without a {@code format} column the
 *       format follows: none is {@code TEXT}, a document {@code DOCUMENT}, a video {@code VIDEO},
 *       several images {@code CAROUSEL}, one image or GIF {@code IMAGE}; audio alone needs a
 *       format.
 *   <li>{@code purpose}: inform, educate, entertain or promote ({@code INFORM} when empty).
 *   <li>{@code priority}: a whole number, higher placed first (0 when empty).
 *   <li>{@code first comment}: the comment to publish under the post right after it (none when
 *       empty); the calendar rules check it against the platform (see {@code docs/posts.md}).
 *   <li>{@code id}: the draft's id ({@code line-N} when there is no id column or it is empty).
 * </ul>
 *
 * <p>Every rejected row is reported with its line, column, value and reason; the other rows become
 * drafts, in file order, ready for {@code Scheduler.schedule}. Stateless and thread-safe.
 */
public final class DraftSheet {
  private DraftSheet() {}

  /** The columns a sheet may have, in the order {@link CsvExport} writes a template. */
  public static final List<String> COLUMNS =
      List.of(
          "id", "date", "time", "zone", "platform", "account", "format", "text", "media", "purpose",
          "pillar", "campaign", "priority", "first comment");

  private static final List<DateTimeFormatter> DATES =
      formatters("uuuu-MM-dd", "uuuu/MM/dd", "M/d/uuuu", "d.M.uuuu");

  private static final List<DateTimeFormatter> TIMES =
      formatters("H:mm", "H:mm:ss", "h:mm a", "h:mm:ss a", "ha", "h a");

  private static List<DateTimeFormatter> formatters(String... patterns) {
    List<DateTimeFormatter> out = new ArrayList<>();
    for (String p : patterns) {
      out.add(
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(p)
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT));
    }
    return List.copyOf(out);
  }

  /**
   * Reads a sheet from text.
   *
   * @param in the CSV text
   * @param zone the zone of rows whose zone cell is empty
   * @return the drafts and the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvResult<Draft> read(Reader in, ZoneId zone) {
    Checks.notNull(in, "in");
    Rows rows = new Rows(Checks.notNull(zone, "zone"));
    CsvReport report = CsvRows.read(in, null, rows);
    return CsvResult.of(rows.drafts, report);
  }

  /**
   * Reads a sheet from bytes (UTF-8 unless a byte order mark says otherwise).
   *
   * @param in the CSV bytes
   * @param zone the zone of rows whose zone cell is empty
   * @return the drafts and the report
   * @throws UncheckedIOException if reading fails
   */
  public static CsvResult<Draft> read(InputStream in, ZoneId zone) {
    Checks.notNull(in, "in");
    Rows rows = new Rows(Checks.notNull(zone, "zone"));
    CsvReport report = CsvRows.read(in, null, rows);
    return CsvResult.of(rows.drafts, report);
  }

  /**
   * Reads a sheet from a file.
   *
   * @param file the CSV file
   * @param zone the zone of rows whose zone cell is empty
   * @return the drafts and the report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvResult<Draft> read(Path file, ZoneId zone) {
    Checks.notNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, zone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns rows into drafts. */
  private static final class Rows implements CsvRows.Sink {
    private final ZoneId defaultZone;
    final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private String[] names = new String[0];
    private String missing = "";
    private String headerText = "";

    Rows(ZoneId defaultZone) {
      this.defaultZone = defaultZone;
    }

    @Override
    public boolean header(String[] header, long line, CsvReport.Collector report) {
      names = header.clone();
      headerText = String.join(", ", header);
      for (int i = 0; i < header.length; i++) {
        index.putIfAbsent(header[i].toLowerCase(Locale.ROOT), i);
      }
      boolean complete = true;
      for (String required : List.of("date", "platform")) {
        if (!index.containsKey(required)) {
          if (complete) {
            missing = required;
          }
          complete = false;
          report.detail(RejectedRow.of(line, required, "",
              CsvRows.finding(CsvFindings.CSV_MISSING_COLUMN, line, required,
                  CsvRows.text("column", required), CsvRows.text("header", headerText))));
        }
      }
      return complete;
    }

    @Override
    public void rowWithoutColumns(long line, CsvReport.Collector report) {
      report.rejected(RejectedRow.of(line, CsvRows.finding(CsvFindings.CSV_MISSING_COLUMN, line,
          missing, CsvRows.text("column", missing), CsvRows.text("header", headerText))));
    }

    private String cell(String[] fields, String column) {
      Integer i = index.get(column);
      return i == null || i >= fields.length ? "" : fields[i].strip();
    }

    private String name(String column) {
      Integer i = index.get(column);
      return i == null ? column : names[i];
    }

    @Override
    public void row(@Nullable String[] fields, long @Nullable [] counts, long line,
        CsvReport.Collector report) {
      String column = "";
      String value = "";
      try {
        Draft.Builder b = Draft.builder();
        PostContent.Builder content = PostContent.builder();
        column = "id";
        value = cell(fields, column);
        b.id(value.isEmpty() ? "line-" + line : value);

        column = "platform";
        value = required(fields, column);
        b.platform(platform(name(column), value));

        column = "zone";
        value = cell(fields, column);
        ZoneId zone = defaultZone;
        if (!value.isEmpty()) {
          try {
            zone = ZoneId.of(value);
          } catch (DateTimeException e) {
            throw new CellProblem(CsvFindings.CSV_UNKNOWN_VALUE, CsvRows.text("column", name(column)),
                CsvRows.text("value", value),
                CsvRows.text("known", "IANA zone ids such as Asia/Taipei"));
          }
        }
        column = "date";
        value = required(fields, column);
        LocalDate date = parse(DATES, value, LocalDate::from, name(column),
            "2025-03-04, 2025/03/04, 3/4/2025, 4.3.2025");
        column = "time";
        value = cell(fields, column);
        b.campaignWindow(window(date, value, zone));

        column = "account";
        value = cell(fields, column);
        if (!value.isEmpty()) {
          b.account(value);
        }
        column = "pillar";
        value = cell(fields, column);
        if (!value.isEmpty()) {
          content.pillar(value);
        }
        column = "campaign";
        value = cell(fields, column);
        if (!value.isEmpty()) {
          content.campaign(value);
        }
        column = "text";
        value = cell(fields, column);
        content.text(value);
        content.hashtags(Hashtags.in(value));

        column = "media";
        value = cell(fields, column);
        List<MediaKind> media = media(name(column), value);
        content.addMedia(media.toArray(new MediaKind[0]));

        column = "format";
        value = cell(fields, column);
        content.format(
            value.isEmpty() ? formatOf(media) : lookup(name(column), value, PostFormat.values()));

        column = "first comment";
        value = cell(fields, column);
        if (!value.isEmpty()) {
          // Refused here rather than when the content is built, so the rejection names the column.
          content.firstComment(Checks.nonBlank(value, "first comment"));
        }

        column = "purpose";
        value = cell(fields, column);
        content.purpose(value.isEmpty()
            ? PostPurpose.INFORM : lookup(name(column), value, PostPurpose.values()));

        column = "priority";
        value = cell(fields, column);
        if (!value.isEmpty()) {
          try {
            b.priority(Integer.parseInt(value.startsWith("+") ? value.substring(1) : value));
          } catch (NumberFormatException e) {
            throw new CellProblem(CsvFindings.CSV_NOT_A_NUMBER,
                CsvRows.text("column", name(column)), CsvRows.text("value", value));
          }
        }
        column = "";
        drafts.add(b.content(content.build()).build());
        report.accepted();
      } catch (CellProblem p) {
        String named = name(column);
        report.rejected(RejectedRow.of(line, named, value,
            CsvRows.finding(p.code, line, named, p.arguments)));
      } catch (IllegalArgumentException | IllegalStateException e) {
        String named = column.isEmpty() ? "row" : name(column);
        report.rejected(RejectedRow.of(line, named, value, CsvRows.finding(
            CsvFindings.CSV_INVALID_VALUE, line, named, CsvRows.text("column", named),
            CsvRows.text("reason", String.valueOf(e.getMessage())))));
      }
    }

    private String required(String[] fields, String column) throws CellProblem {
      String v = cell(fields, column);
      if (v.isEmpty()) {
        throw new CellProblem(CsvFindings.CSV_REQUIRED_EMPTY, CsvRows.text("column", name(column)));
      }
      return v;
    }

    private Interval window(LocalDate date, String time, ZoneId zone) throws CellProblem {
      if (time.isEmpty()) {
        return Interval.of(
            date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
      }
      LocalTime t = parse(TIMES, time, LocalTime::from, name("time"), "9:30, 09:30:00, 9:30 AM");
      LocalDateTime local = date.atTime(t);
      if (zone.getRules().getValidOffsets(local).isEmpty()) {
        throw new CellProblem(CsvFindings.CSV_TIME_IN_GAP, FindingArgument.date("date", date),
            FindingArgument.text("time", t.toString()), FindingArgument.text("zone", zone.getId()));
      }
      ZonedDateTime start = ZonedDateTime.ofLocal(local, zone, null);
      return Interval.of(start.toInstant(), start.toInstant().plusSeconds(3600));
    }
  }

  private static <T> T parse(List<DateTimeFormatter> formats, String value,
      java.time.temporal.TemporalQuery<T> query, String column, String accepted)
      throws CellProblem {
    for (DateTimeFormatter f : formats) {
      try {
        return f.parse(value, query);
      } catch (DateTimeException e) {
        // Try the next pattern: a sheet may use any of them.
      }
    }
    throw new CellProblem(CsvFindings.CSV_BAD_DATE_TIME, CsvRows.text("column", column),
        CsvRows.text("value", value), CsvRows.text("accepted", accepted));
  }

  private static Platform platform(String column, String value) throws CellProblem {
    String key = value.toLowerCase(Locale.ROOT);
    for (Platform p : Platform.wellKnown()) {
      if (p.id().equals(key) || p.displayName().toLowerCase(Locale.ROOT).equals(key)) {
        return p;
      }
    }
    try {
      return Platform.of(key);
    } catch (IllegalArgumentException e) {
      List<String> ids = new ArrayList<>();
      Platform.wellKnown().forEach(p -> ids.add(p.id()));
      throw new CellProblem(CsvFindings.CSV_UNKNOWN_VALUE, CsvRows.text("column", column),
          CsvRows.text("value", value), CsvRows.text("known", String.join(", ", ids)));
    }
  }

  private static List<MediaKind> media(String column, String value) throws CellProblem {
    List<MediaKind> out = new ArrayList<>();
    if (value.isEmpty()) {
      return out;
    }
    for (String part : value.split("[\\s,;]+")) {
      if (!part.isEmpty()) {
        out.add(lookup(column, part, MediaKind.values()));
      }
    }
    return out;
  }

  private static <E extends Enum<E>> E lookup(String column, String value, E[] values)
      throws CellProblem {
    String key = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : values) {
      if (e.name().equals(key)) {
        return e;
      }
    }
    throw new CellProblem(CsvFindings.CSV_UNKNOWN_VALUE, CsvRows.text("column", column),
        CsvRows.text("value", value),
        CsvRows.text("known", Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.joining(", "))));
  }

  private static PostFormat formatOf(List<MediaKind> media) {
    if (media.isEmpty()) {
      return PostFormat.TEXT;
    }
    if (media.contains(MediaKind.DOCUMENT)) {
      return PostFormat.DOCUMENT;
    }
    if (media.contains(MediaKind.VIDEO)) {
      return PostFormat.VIDEO;
    }
    long images = media.stream().filter(m -> m == MediaKind.IMAGE || m == MediaKind.GIF).count();
    if (images > 1) {
      return PostFormat.CAROUSEL;
    }
    if (images == 1) {
      return PostFormat.IMAGE;
    }
    throw new IllegalArgumentException("audio alone does not say the post's format: add a format");
  }
}
