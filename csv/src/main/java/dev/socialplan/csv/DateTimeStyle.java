package dev.socialplan.csv;

import dev.socialplan.internal.Checks;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How publication dates and times are written in a file: the patterns tried in order, and the zone
 * for values that carry no offset of their own.
 *
 * <p>Patterns are {@link DateTimeFormatter} patterns read with English month and day names
 * ({@code Dec}, {@code PM}) and strict resolution (no 31 February). A value with an offset or zone
 * ({@code 2019-01-31 23:32 +0000}) is taken at that offset; a local value in the style's zone; a
 * date without a time at the start of that day. A local time that falls in a daylight-saving gap is
 * moved forward by the length of the gap and one in an overlap takes the earlier offset, as {@link
 * ZonedDateTime#of(LocalDateTime, ZoneId)} does.
 *
 * <p>{@link #standard(ZoneId)} tries ISO-8601 ({@code 2025-03-04T09:30:00Z}, with or without an
 * offset), {@code yyyy-MM-dd HH:mm[:ss][ Z]} (X's analytics export writes {@code 2019-01-31 23:32
 * +0000}), {@code yyyy/MM/dd HH:mm[:ss]}, {@code M/d/yyyy h:mm[:ss] a} and {@code M/d/yyyy
 * H:mm[:ss]} (United States spreadsheets), {@code d.M.yyyy H:mm[:ss]} and the dates alone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateTimeStyle {
  private static final List<String> STANDARD_PATTERNS =
      List.of(
          "yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS][XXX][X]",
          "yyyy-MM-dd HH:mm[:ss][ Z][ XXX]",
          "yyyy/MM/dd HH:mm[:ss]",
          "M/d/yyyy h:mm[:ss] a",
          "M/d/yyyy H:mm[:ss]",
          "d.M.yyyy H:mm[:ss]",
          "yyyy-MM-dd",
          "yyyy/MM/dd",
          "M/d/yyyy",
          "d.M.yyyy");

  /** The pattern of X's export, read by the shortcut too. */
  private static final String X_PATTERN = "yyyy-MM-dd HH:mm Z";

  private final ZoneId zone;
  private final List<String> patterns;
  private final List<DateTimeFormatter> formatters;
  /**
   * Whether the first patterns are the standard ISO-like ones (or X's), so that {@link
   * #shortcut(String)} may read their common forms without a formatter.
   */
  private final boolean shortcut;
  /** Whether an offset is required (X's pattern). */
  private final boolean offsetRequired;
  /**
   * The spans of local time last met that have one offset in the zone, newest first, so that the
   * rows of an export skip the zone rules; the array is replaced whole, so a race between threads
   * only costs a lookup.
   */
  private volatile OffsetWindow[] windows = new OffsetWindow[0];

  /** Local epoch seconds [from, to) that all have exactly one offset. Immutable. */
  private static final class OffsetWindow {
    final long from;
    final long to;
    final int offset;

    OffsetWindow(long from, long to, int offset) {
      this.from = from;
      this.to = to;
      this.offset = offset;
    }
  }

  private DateTimeStyle(ZoneId zone, List<String> patterns) {
    this(zone, patterns, true);
  }

  private DateTimeStyle(ZoneId zone, List<String> patterns, boolean shortcuts) {
    this.zone = zone;
    this.patterns = List.copyOf(patterns);
    boolean standard = patterns.size() >= 2
        && patterns.get(0).equals(STANDARD_PATTERNS.get(0))
        && patterns.get(1).equals(STANDARD_PATTERNS.get(1));
    this.offsetRequired = patterns.get(0).equals(X_PATTERN);
    this.shortcut = shortcuts && (standard || offsetRequired);
    List<DateTimeFormatter> f = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      f.add(
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(p)
              // yyyy is the year of the era: strict resolution needs the era, always AD here.
              .parseDefaulting(ChronoField.ERA, 1)
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT)
              .withChronology(java.time.chrono.IsoChronology.INSTANCE));
    }
    this.formatters = List.copyOf(f);
  }

  /**
   * Returns the standard patterns (see above) in a zone.
   *
   * @param zone the zone of values without an offset
   * @return the style
   */
  public static DateTimeStyle standard(ZoneId zone) {
    return new DateTimeStyle(Checks.notNull(zone, "zone"), STANDARD_PATTERNS);
  }

  /**
   * Obtains a style from patterns tried in order.
   *
   * @param zone the zone of values without an offset
   * @param patterns {@link DateTimeFormatter} patterns, at least one, with {@code uuuu} or {@code
   *     yyyy} for the year
   * @return the style
   * @throws IllegalArgumentException if there is no pattern or one is malformed
   */
  public static DateTimeStyle of(ZoneId zone, String... patterns) {
    Checks.notNull(zone, "zone");
    Checks.notNull(patterns, "patterns");
    if (patterns.length == 0) {
      throw new IllegalArgumentException("patterns must not be empty");
    }
    for (int i = 0; i < patterns.length; i++) {
      Checks.nonBlank(patterns[i], "patterns[" + i + "]");
    }
    return new DateTimeStyle(zone, List.of(patterns));
  }

  /**
   * Returns the zone of values without an offset.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the patterns, in the order they are tried.
   *
   * @return the patterns
   */
  public List<String> patterns() {
    return patterns;
  }

  /**
   * Returns a copy in another zone.
   *
   * @param zone the zone of values without an offset
   * @return the new style
   */
  public DateTimeStyle withZone(ZoneId zone) {
    return new DateTimeStyle(Checks.notNull(zone, "zone"), patterns);
  }

  /**
   * Reads an instant.
   *
   * @param text the cell, surrounding white space ignored
   * @return the instant, or empty when no pattern matches the whole text
   */
  public Optional<Instant> parse(String text) {
    Checks.notNull(text, "text");
    String t = text.strip();
    if (shortcut) {
      Instant fast = shortcut(t);
      if (fast != null) {
        return Optional.of(fast);
      }
    }
    for (DateTimeFormatter f : formatters) {
      ParsePosition position = new ParsePosition(0);
      TemporalAccessor parsed;
      try {
        parsed = f.parseUnresolved(t, position);
      } catch (DateTimeException e) {
        continue;
      }
      if (parsed == null || position.getErrorIndex() >= 0 || position.getIndex() != t.length()) {
        continue;
      }
      Instant instant = resolve(f, t);
      if (instant != null) {
        return Optional.of(instant);
      }
    }
    return Optional.empty();
  }

  /** The same style without the shortcut, for tests that compare the two. */
  DateTimeStyle withoutShortcut() {
    return new DateTimeStyle(zone, patterns, false);
  }

  /**
   * Reads the commonest forms of the first patterns by hand, because a formatter costs about a
   * microsecond and exports hold millions of rows: {@code yyyy-MM-ddTHH:mm[:ss[.fff|.ffffff|
   * .fffffffff]][Z|±HH:MM]} and {@code yyyy-MM-dd HH:mm[:ss][ ±HHMM| ±HH:MM]}. Returns null for
   * anything else, which the formatters then read; where both read a text they give the same
   * instant (a test compares them).
   */
  private @Nullable Instant shortcut(String t) {
    int n = t.length();
    if (n < 16 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':') {
      return null;
    }
    char sep = t.charAt(10);
    boolean iso = sep == 'T';
    if (!iso && sep != ' ') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    if ((year | month | day | hour | minute) < 0) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nano = 0;
    if (i < n && t.charAt(i) == ':') {
      second = digits(t, i + 1, 2);
      if (second < 0) {
        return null;
      }
      i += 3;
      if (iso && i < n && t.charAt(i) == '.') {
        int start = i + 1;
        int end = start;
        while (end < n && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
          end++;
        }
        int len = end - start;
        if (len != 3 && len != 6 && len != 9) {
          return null;
        }
        nano = digits(t, start, len);
        for (int k = len; k < 9; k++) {
          nano *= 10;
        }
        i = end;
      }
    }
    boolean withSeconds = i > 16;
    java.time.ZoneOffset offset = null;
    if (i < n) {
      if (iso) {
        if (t.charAt(i) == 'Z' && i + 1 == n) {
          offset = java.time.ZoneOffset.UTC;
        } else if (i + 6 == n && t.charAt(i + 3) == ':') {
          offset = offset(t, i, digits(t, i + 1, 2), digits(t, i + 4, 2));
        }
      } else if (t.charAt(i) == ' ' && i + 6 == n) {
        offset = offset(t, i + 1, digits(t, i + 2, 2), digits(t, i + 4, 2));
      } else if (t.charAt(i) == ' ' && i + 7 == n && t.charAt(i + 4) == ':' && !offsetRequired) {
        offset = offset(t, i + 1, digits(t, i + 2, 2), digits(t, i + 5, 2));
      }
      if (offset == null) {
        return null;
      }
    }
    if (offsetRequired && (iso || withSeconds || offset == null)) {
      return null;
    }
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour > 23
        || minute > 59 || second > 59) {
      return null;
    }
    long local = daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    if (offset != null) {
      return Instant.ofEpochSecond(local - offset.getTotalSeconds(), nano);
    }
    OffsetWindow[] known = windows;
    for (OffsetWindow w : known) {
      if (local >= w.from && local < w.to) {
        return Instant.ofEpochSecond(local - w.offset, nano);
      }
    }
    OffsetWindow w = windowAt(local);
    if (w == null) {
      return null;
    }
    // Keep the last few: an export's rows cross a year's two daylight-saving changes.
    OffsetWindow[] more = new OffsetWindow[Math.min(known.length + 1, 6)];
    more[0] = w;
    System.arraycopy(known, 0, more, 1, more.length - 1);
    windows = more;
    return Instant.ofEpochSecond(local - w.offset, nano);
  }

  /** The window of one offset around a local time, or null in a gap or an overlap. */
  private @Nullable OffsetWindow windowAt(long local) {
    java.time.zone.ZoneRules rules = zone.getRules();
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, java.time.ZoneOffset.UTC);
    List<java.time.ZoneOffset> valid = rules.getValidOffsets(ldt);
    if (valid.size() != 1) {
      return null;
    }
    int o = valid.get(0).getTotalSeconds();
    Instant at = Instant.ofEpochSecond(local - o);
    java.time.zone.ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
    java.time.zone.ZoneOffsetTransition after = rules.nextTransition(at);
    long from = before == null ? Long.MIN_VALUE : before.toEpochSecond()
        + Math.max(before.getOffsetBefore().getTotalSeconds(), before.getOffsetAfter().getTotalSeconds());
    long to = after == null ? Long.MAX_VALUE : after.toEpochSecond()
        + Math.min(after.getOffsetBefore().getTotalSeconds(), after.getOffsetAfter().getTotalSeconds());
    return local >= from && local < to ? new OffsetWindow(from, to, o) : null;
  }

  private static int monthLength(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private static java.time.@Nullable ZoneOffset offset(String t, int sign, int hours, int minutes) {
    char c = t.charAt(sign);
    if ((c != '+' && c != '-') || hours < 0 || minutes < 0) {
      return null;
    }
    try {
      return c == '+'
          ? java.time.ZoneOffset.ofHoursMinutes(hours, minutes)
          : java.time.ZoneOffset.ofHoursMinutes(-hours, -minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The value of {@code len} ASCII digits at {@code from}, or -1. */
  private static int digits(String t, int from, int len) {
    if (from + len > t.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + len; k++) {
      char c = t.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private @Nullable Instant resolve(DateTimeFormatter f, String t) {
    try {
      TemporalAccessor a = f.parse(t);
      if (a.isSupported(ChronoField.OFFSET_SECONDS) && a.isSupported(ChronoField.HOUR_OF_DAY)) {
        return LocalDateTime.from(a)
            .toInstant(java.time.ZoneOffset.ofTotalSeconds(a.get(ChronoField.OFFSET_SECONDS)));
      }
      if (a.isSupported(ChronoField.HOUR_OF_DAY)) {
        return ZonedDateTime.of(LocalDateTime.from(a), zone).toInstant();
      }
      return LocalDate.from(a).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DateTimeStyle
        && zone.equals(((DateTimeStyle) obj).zone)
        && patterns.equals(((DateTimeStyle) obj).patterns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, patterns);
  }

  /**
   * Returns a readable form such as {@code DateTimeStyle[UTC, yyyy-MM-dd HH:mm Z]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "DateTimeStyle[" + zone + ", " + String.join(" | ", patterns) + "]";
  }
}
