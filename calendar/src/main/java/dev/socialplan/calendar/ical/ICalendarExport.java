package dev.socialplan.calendar.ical;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ContentCalendar} as an RFC 5545 iCalendar ({@code text/calendar}) document
 *.
 *
 * <p><b>Shape.</b> One {@code VCALENDAR} ({@code VERSION:2.0}, {@code PRODID}, {@code
 * CALSCALE:GREGORIAN}, {@code X-WR-TIMEZONE} naming the calendar's zone and, if set, {@code
 * X-WR-CALNAME}) with one {@code VEVENT} per post, in the calendar's order. With {@linkplain
 * #withOrganizer(URI) an organizer}, the calendar is an iTIP publication ({@code METHOD:PUBLISH},
 * <a href="https://www.rfc-editor.org/rfc/rfc5546#section-3.2.1">RFC 5546 section 3.2.1</a>) and
 * every event names the organizer, as that method requires; without one, no {@code METHOD} is
 * written, which makes the document a plain RFC 5545 calendar that calendar applications import or
 * subscribe to. Either way the document passes ical4j's validator. An empty calendar holds the
 * {@code VTIMEZONE} of its zone at the stamp, since RFC 5545 requires at least one component.
 * Each event holds:
 *
 * <ul>
 *   <li>{@code UID}: the post id with every character other than {@code A-Z a-z 0-9 - . _ ~}
 *       percent-encoded as UTF-8, then {@code @} and the UID domain ({@code
 *       launch-1@socialplan.dev}). The same post id always gives the same UID, so re-importing an
 *       export updates events instead of duplicating them.
 *   <li>{@code DTSTAMP}: the instant passed in (never the system clock).
 *   <li>{@code DTSTART} (and {@code DTEND}, for posts with a duration). By default in <b>UTC</b>
 *       ({@code 20260105T010000Z}): exact, and needing no {@code VTIMEZONE}; {@code X-WR-TIMEZONE}
 *       tells calendar applications which zone to show them in. With {@link
 *       #withLocalTimes(boolean) withLocalTimes(true)} they are local times in the calendar's zone
 *       ({@code DTSTART;TZID=Asia/Taipei:20260105T090000}) and the calendar carries a {@code
 *       VTIMEZONE} built from the JDK's time-zone rules, with every offset change between the
 *       first and the last time written. A post that starts or ends in the second hour of an
 *       autumn overlap has both its times written in UTC even then: RFC 5545 (section 3.3.5)
 *       reads an ambiguous local time as its first occurrence, which is not when the post goes
 *       out or ends. iCalendar's precision is a second:
 *       the start is truncated to its second and the event lasts the post's duration rounded up
 *       to whole seconds, so it always ends after it starts.
 *   <li>{@code SUMMARY}: the platform's display name, the format and the text's first line ({@code
 *       Instagram CAROUSEL: Meet the new serum}).
 *   <li>{@code DESCRIPTION}: the text, then (after a blank line if there is text) the hashtags with
 *       {@code #} and the mentions with {@code @}, separated by spaces. Omitted when all are empty.
 *   <li>{@code CATEGORIES}: the pillar, if any. {@code STATUS}: {@code TENTATIVE} before approval,
 *       {@code CONFIRMED} once approved, scheduled or published, {@code CANCELLED} when rejected,
 *       failed, cancelled or expired.
 *   <li>{@code X-SOCIALPLAN-PLATFORM} (the platform id), {@code -ACCOUNT}, {@code -FORMAT}, {@code
 *       -PURPOSE}, {@code -STATUS} (the {@link PostStatus} name), {@code -CAMPAIGN}, {@code
 *       -PILLAR}, {@code -PRIORITY} and {@code -MEDIA} (comma-separated kinds): the post's fields
 *       for tools that read them back. Optional ones are omitted when absent.
 *   <li>{@code X-SOCIALPLAN-ALT-TEXT;X-SOCIALPLAN-MEDIA-INDEX=n}: the alt text of the media item at
 *       index {@code n} (from 0, as in {@code -MEDIA}), one property per item that has alt text.
 *   <li>{@code X-SOCIALPLAN-FIRST-COMMENT}: the first comment, if any. {@code
 *       X-SOCIALPLAN-THREAD-PART;X-SOCIALPLAN-PART=n}: part {@code n} of a thread (from 2; part 1
 *       is the text in {@code DESCRIPTION}), one property per part, in order. A thread is one
 *       event.
 * </ul>
 *
 * <p><b>Text.</b> Values are escaped as RFC 5545 TEXT: {@code \} as {@code \\}, {@code ;} as {@code
 * \;}, {@code ,} as {@code \,} and every line break (CRLF, LF or CR) as {@code \n}. Other control
 * characters, which TEXT cannot hold, are dropped (tabs are kept), and a lone UTF-16 surrogate,
 * which UTF-8 cannot encode, becomes U+FFFD (the replacement character). Lines end with CRLF and
 * are folded at 75 octets of UTF-8 (section 3.1): a continuation line starts with one space, and a
 * multi-byte character (CJK, emoji) is never split across lines.
 *
 * <p><b>Range.</b> iCalendar writes a year in four digits, so every time written (start and end,
 * in UTC and, with local times, in the zone) must fall in the years 0000 to 9999. A calendar with
 * a post outside them is refused with an {@link IllegalArgumentException} naming the post and the
 * time, before anything is written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  private static final String DEFAULT_PRODUCT_ID = "-//socialplan//socialplan calendar//EN";
  private static final String DEFAULT_UID_DOMAIN = "socialplan.dev";
  private static final ICalendarExport STANDARD =
      new ICalendarExport(DEFAULT_PRODUCT_ID, DEFAULT_UID_DOMAIN, null, false, null);
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}");
  /** A TZID that needs no quoting as a parameter value (RFC 5545 section 3.1, paramtext). */
  private static final Pattern PLAIN_TZID = Pattern.compile("[A-Za-z0-9/_+.-]+");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the four-digit years iCalendar can write. */
  private static final long FIRST_SECOND = -62_167_219_200L;
  private static final long LAST_SECOND = 253_402_300_799L;
  private static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private final String productId;
  private final String uidDomain;
  private final @Nullable String calendarName;
  private final boolean localTimes;
  private final @Nullable URI organizer;

  private ICalendarExport(
      String productId,
      String uidDomain,
      @Nullable String calendarName,
      boolean localTimes,
      @Nullable URI organizer) {
    this.productId = productId;
    this.uidDomain = uidDomain;
    this.calendarName = calendarName;
    this.localTimes = localTimes;
    this.organizer = organizer;
  }

  /**
   * Returns the export with socialplan's product id, UIDs in the {@code socialplan.dev} domain, no
   * calendar name, times in UTC and no organizer.
   *
   * @return the standard export
   */
  public static ICalendarExport standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with another product id ({@code PRODID}).
   *
   * @param productId the product id, not blank, such as {@code -//Acme//Planner 2.0//EN}
   * @return the new export
   * @throws IllegalArgumentException if the product id is blank
   */
  public ICalendarExport withProductId(String productId) {
    return new ICalendarExport(
        Checks.nonBlank(productId, "productId"), uidDomain, calendarName, localTimes, organizer);
  }

  /**
   * Returns a copy whose UIDs end in another domain.
   *
   * @param uidDomain a domain you control: letters, digits, dots and hyphens
   * @return the new export
   * @throws IllegalArgumentException if the domain has other characters
   */
  public ICalendarExport withUidDomain(String uidDomain) {
    Checks.notNull(uidDomain, "uidDomain");
    if (!DOMAIN.matcher(uidDomain).matches()) {
      throw new IllegalArgumentException(
          "uidDomain must be letters, digits, '.' and '-': \"" + uidDomain + "\"");
    }
    return new ICalendarExport(productId, uidDomain, calendarName, localTimes, organizer);
  }

  /**
   * Returns a copy that names the calendar ({@code X-WR-CALNAME}).
   *
   * @param calendarName the name, not blank
   * @return the new export
   * @throws IllegalArgumentException if the calendar name is blank
   */
  public ICalendarExport withCalendarName(String calendarName) {
    return new ICalendarExport(
        productId,
        uidDomain,
        Checks.nonBlank(calendarName, "calendarName"),
        localTimes,
        organizer);
  }

  /**
   * Returns a copy that writes times as local times in the calendar's zone, with a {@code
   * VTIMEZONE} describing that zone, or (with {@code false}) in UTC.
   *
   * @param localTimes whether to write local times
   * @return the new export
   */
  public ICalendarExport withLocalTimes(boolean localTimes) {
    return new ICalendarExport(productId, uidDomain, calendarName, localTimes, organizer);
  }

  /**
   * Returns a copy that publishes the calendar as an iTIP {@code METHOD:PUBLISH} with this
   * organizer on every event (RFC 5546 requires one for that method).
   *
   * @param organizer the organizer's calendar address, an absolute URI such as {@code
   *     mailto:social@glowlab.example}
   * @return the new export
   * @throws IllegalArgumentException if the URI is not absolute or holds characters an iCalendar
   *     line cannot (white space, controls or a lone surrogate)
   */
  public ICalendarExport withOrganizer(URI organizer) {
    Checks.notNull(organizer, "organizer");
    String text = organizer.toString();
    if (!organizer.isAbsolute()) {
      throw new IllegalArgumentException("organizer must be an absolute URI: \"" + text + "\"");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      // java.net.URI holds no white space or control character (it quotes or refuses them), so
      // a lone surrogate is the one thing an iCalendar line cannot carry.
      if (pair) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "organizer must not contain white space, control characters or lone surrogates: \""
                + text + "\"");
      }
    }
    return new ICalendarExport(productId, uidDomain, calendarName, localTimes, organizer);
  }

  /**
   * Returns the product id.
   *
   * @return the {@code PRODID} value
   */
  public String productId() {
    return productId;
  }

  /**
   * Returns the UID domain.
   *
   * @return the domain after {@code @} in every UID
   */
  public String uidDomain() {
    return uidDomain;
  }

  /**
   * Returns the calendar name.
   *
   * @return the {@code X-WR-CALNAME} value, if set
   */
  public Optional<String> calendarName() {
    return Optional.ofNullable(calendarName);
  }

  /**
   * Returns whether times are written as local times in the calendar's zone.
   *
   * @return {@code true} for local times with a {@code VTIMEZONE}, {@code false} for UTC
   */
  public boolean localTimes() {
    return localTimes;
  }

  /**
   * Returns the organizer of a published calendar.
   *
   * @return the organizer, if the calendar is published with {@code METHOD:PUBLISH}
   */
  public Optional<URI> organizer() {
    return Optional.ofNullable(organizer);
  }

  /**
   * Returns the UID of a post's event.
   *
   * <p>A lone UTF-16 surrogate in the id is percent-encoded as the three bytes it would have in
   * WTF-8, so two different ids never share a UID.
   *
   * @param postId the post id
   * @return the UID: the id, percent-encoded where needed, {@code @} and the UID domain
   */
  public String uid(String postId) {
    Checks.notNull(postId, "postId");
    StringBuilder sb = new StringBuilder(postId.length() + uidDomain.length() + 1);
    for (int i = 0; i < postId.length(); i++) {
      char c = postId.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append(c);
      } else if (c < 0x80) {
        percent(sb, c);
      } else if (c < 0x800) {
        percent(sb, 0xC0 | (c >> 6));
        percent(sb, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < postId.length()
          && Character.isLowSurrogate(postId.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, postId.charAt(++i));
        percent(sb, 0xF0 | (cp >> 18));
        percent(sb, 0x80 | ((cp >> 12) & 0x3F));
        percent(sb, 0x80 | ((cp >> 6) & 0x3F));
        percent(sb, 0x80 | (cp & 0x3F));
      } else {
        // Three bytes: UTF-8 for the rest of the basic plane, WTF-8 for a lone surrogate.
        percent(sb, 0xE0 | (c >> 12));
        percent(sb, 0x80 | ((c >> 6) & 0x3F));
        percent(sb, 0x80 | (c & 0x3F));
      }
    }
    return sb.append('@').append(uidDomain).toString();
  }

  private static void percent(StringBuilder sb, int b) {
    sb.append('%')
        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
  }

  /**
   * Writes a calendar as an iCalendar document.
   *
   * @param calendar the calendar
   * @param stamp the {@code DTSTAMP} of every event: when the export was made, in the years 0000
   *     to 9999
   * @return the document, lines ending in CRLF
   * @throws IllegalArgumentException if the stamp, or a post's start or end, falls outside the
   *     years 0000 to 9999 (see the class description)
   */
  public String toICalendar(ContentCalendar calendar, Instant stamp) {
    StringBuilder sb = new StringBuilder();
    writeTo(calendar, stamp, sb);
    return sb.toString();
  }

  /**
   * Writes a calendar as an iCalendar document to an {@link Appendable}, line by line. The
   * calendar is checked first, so a refused calendar writes nothing.
   *
   * @param calendar the calendar
   * @param stamp the {@code DTSTAMP} of every event: when the export was made, in the years 0000
   *     to 9999
   * @param out where to write
   * @throws IllegalArgumentException if the stamp, or a post's start or end, falls outside the
   *     years 0000 to 9999 (see the class description)
   * @throws UncheckedIOException if the appendable throws an {@link IOException}
   */
  public void writeTo(ContentCalendar calendar, Instant stamp, Appendable out) {
    Checks.notNull(calendar, "calendar");
    Checks.notNull(stamp, "stamp");
    Checks.notNull(out, "out");
    if (stamp.getEpochSecond() < FIRST_SECOND || stamp.getEpochSecond() > LAST_SECOND) {
      throw new IllegalArgumentException(
          "stamp " + stamp + " is outside the years 0000 to 9999 that iCalendar can write");
    }
    ZoneId zone = calendar.zone();
    List<EventTimes> times = new ArrayList<>(calendar.size());
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (ScheduledPost post : calendar) {
      EventTimes t = EventTimes.of(post, zone, localTimes);
      times.add(t);
      first = Math.min(first, t.start);
      last = Math.max(last, t.end.orElse(t.start));
    }
    try {
      String dtstamp = UTC.format(Instant.ofEpochSecond(stamp.getEpochSecond()));
      line(out, "BEGIN:VCALENDAR");
      line(out, "VERSION:2.0");
      line(out, "PRODID:" + escape(productId));
      line(out, "CALSCALE:GREGORIAN");
      if (organizer != null) {
        line(out, "METHOD:PUBLISH");
      }
      if (calendarName != null) {
        line(out, "X-WR-CALNAME:" + escape(calendarName));
      }
      line(out, "X-WR-TIMEZONE:" + escape(zone.getId()));
      if (times.isEmpty()) {
        // RFC 5545 requires at least one component: the zone's, at the stamp.
        writeTimeZone(zone, stamp.getEpochSecond(), stamp.getEpochSecond(), out);
      } else if (localTimes) {
        writeTimeZone(zone, first, last, out);
      }
      int i = 0;
      for (ScheduledPost post : calendar) {
        writeEvent(post, times.get(i++), dtstamp, zone, out);
      }
      line(out, "END:VCALENDAR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A post's start and end in whole seconds, checked against iCalendar's years. */
  private static final class EventTimes {
    final long start;
    final Optional<Long> end;
    /** Whether the post is written in local time (false: UTC, also for an ambiguous local time). */
    final boolean local;

    private EventTimes(long start, Optional<Long> end, boolean local) {
      this.start = start;
      this.end = end;
      this.local = local;
    }

    static EventTimes of(ScheduledPost post, ZoneId zone, boolean localTimes) {
      Instant time = post.time();
      long start = time.getEpochSecond();
      check(post, "time", start, time.toString());
      Optional<Long> end = Optional.empty();
      if (post.content().duration().isPresent()) {
        Duration duration = post.content().duration().get();
        // Instant's own arithmetic overflows for a long enough duration: add in exact seconds.
        long whole = duration.getSeconds();
        // The start is truncated to its second and the duration rounded up to whole seconds, so
        // the event keeps its length and always ends after it starts.
        long endSecond =
            whole > LAST_SECOND - start
                ? LAST_SECOND + 1
                : start + whole + (duration.getNano() > 0 ? 1 : 0);
        check(post, "end", endSecond, "the start plus " + duration);
        end = Optional.of(endSecond);
      }
      boolean local = false;
      if (localTimes) {
        local = unambiguous(zone, start) && end.map(e -> unambiguous(zone, e)).orElse(true);
        checkLocal(post, zone, start, time.toString());
        if (end.isPresent()) {
          checkLocal(post, zone, end.get(), "its end");
        }
      }
      return new EventTimes(start, end, local);
    }

    private static void check(ScheduledPost post, String what, long second, String shown) {
      if (second < FIRST_SECOND || second > LAST_SECOND) {
        throw new IllegalArgumentException(
            "post \"" + post.id() + "\": " + what + " " + shown
                + " is outside the years 0000 to 9999 that iCalendar can write");
      }
    }

    private static void checkLocal(ScheduledPost post, ZoneId zone, long second, String shown) {
      int year = LocalDateTime.ofEpochSecond(second, 0, zone.getRules().getOffset(
          Instant.ofEpochSecond(second))).getYear();
      if (year < 0 || year > 9999) {
        throw new IllegalArgumentException(
            "post \"" + post.id() + "\": " + shown + " falls in the year " + year + " in "
                + zone.getId() + ", outside the years 0000 to 9999 that iCalendar can write");
      }
    }

    /** Whether the local time at this second occurs once, or this is its first occurrence. */
    private static boolean unambiguous(ZoneId zone, long second) {
      ZoneRules rules = zone.getRules();
      Instant instant = Instant.ofEpochSecond(second);
      LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
      return rules.getValidOffsets(local).get(0).equals(rules.getOffset(instant));
    }
  }

  private void writeEvent(
      ScheduledPost post, EventTimes times, String dtstamp, ZoneId zone, Appendable out)
      throws IOException {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + uid(post.id()));
    line(out, "DTSTAMP:" + dtstamp);
    line(out, "DTSTART" + time(times.start, times.local, zone));
    if (times.end.isPresent()) {
      line(out, "DTEND" + time(times.end.get(), times.local, zone));
    }
    if (organizer != null) {
      line(out, "ORGANIZER:" + organizer);
    }
    line(out, "SUMMARY:" + escape(summary(post)));
    String description = description(post);
    if (!description.isEmpty()) {
      line(out, "DESCRIPTION:" + escape(description));
    }
    if (post.content().pillar().isPresent()) {
      line(out, "CATEGORIES:" + escape(post.content().pillar().get()));
    }
    line(out, "STATUS:" + eventStatus(post.status()));
    if (post.content().linkAttachment().isPresent()) {
      // A URI value, not TEXT: a Link has no white space or control character to fold or escape.
      line(out, "URL:" + post.content().linkAttachment().get());
    }
    line(out, "X-SOCIALPLAN-PLATFORM:" + escape(post.platform().id()));
    if (post.account().isPresent()) {
      line(out, "X-SOCIALPLAN-ACCOUNT:" + escape(post.account().get()));
    }
    line(out, "X-SOCIALPLAN-FORMAT:" + post.content().format().name());
    line(out, "X-SOCIALPLAN-PURPOSE:" + post.content().purpose().name());
    line(out, "X-SOCIALPLAN-STATUS:" + post.status().name());
    if (post.content().campaign().isPresent()) {
      line(out, "X-SOCIALPLAN-CAMPAIGN:" + escape(post.content().campaign().get()));
    }
    if (post.content().pillar().isPresent()) {
      line(out, "X-SOCIALPLAN-PILLAR:" + escape(post.content().pillar().get()));
    }
    line(out, "X-SOCIALPLAN-PRIORITY:" + post.priority());
    List<MediaItem> media = post.content().media();
    if (!media.isEmpty()) {
      List<String> kinds = new ArrayList<>(media.size());
      for (MediaItem item : media) {
        kinds.add(item.kind().name());
      }
      line(out, "X-SOCIALPLAN-MEDIA:" + String.join(",", kinds));
      for (int m = 0; m < media.size(); m++) {
        if (media.get(m).hasAltText()) {
          line(
              out,
              "X-SOCIALPLAN-ALT-TEXT;X-SOCIALPLAN-MEDIA-INDEX="
                  + m
                  + ":"
                  + escape(media.get(m).altText().get()));
        }
      }
    }
    if (post.content().firstComment().isPresent()) {
      line(out, "X-SOCIALPLAN-FIRST-COMMENT:" + escape(post.content().firstComment().get()));
    }
    List<String> parts = post.content().threadParts();
    for (int k = 0; k < parts.size(); k++) {
      line(out, "X-SOCIALPLAN-THREAD-PART;X-SOCIALPLAN-PART=" + (k + 2) + ":" + escape(parts.get(k)));
    }
    line(out, "END:VEVENT");
  }

  /** A date-time property's parameters and value, from the colon on. */
  private static String time(long second, boolean local, ZoneId zone) {
    Instant instant = Instant.ofEpochSecond(second);
    if (!local) {
      return ":" + UTC.format(instant);
    }
    return ";TZID=" + tzid(zone) + ":" + LOCAL.format(LocalDateTime.ofInstant(instant, zone));
  }

  private static String tzid(ZoneId zone) {
    String id = zone.getId();
    return PLAIN_TZID.matcher(id).matches() ? id : "\"" + id + "\"";
  }

  /**
   * Writes the zone as a {@code VTIMEZONE} covering every second written: the offset change in
   * force at the first one and each change up to the last, from the JDK's time-zone rules. Changes
   * of one kind between the same two offsets share one observance, its {@code DTSTART} the first
   * onset and an {@code RDATE} listing every onset, the first included (RFC 5545 section 3.8.5.2
   * ignores the duplicate; ical4j reads an observance's onsets from {@code RDATE} alone when there
   * is one). Onsets are local times before the change, as section 3.6.5 defines them. Explicit
   * onsets rather than {@code RRULE}s keep historic rule changes exact. A zone with no change in
   * the span gets one observance at its offset.
   */
  private static void writeTimeZone(ZoneId zone, long first, long last, Appendable out)
      throws IOException {
    ZoneRules rules = zone.getRules();
    Instant start = Instant.ofEpochSecond(first);
    List<ZoneOffsetTransition> changes = new ArrayList<>();
    ZoneOffsetTransition before = rules.previousTransition(start.plusSeconds(1));
    if (before != null && before.getDateTimeBefore().getYear() >= 0) {
      changes.add(before);
    }
    ZoneOffsetTransition next = rules.nextTransition(start);
    while (next != null && next.getInstant().getEpochSecond() <= last) {
      changes.add(next);
      next = rules.nextTransition(next.getInstant());
    }
    line(out, "BEGIN:VTIMEZONE");
    line(out, "TZID:" + escape(zone.getId()));
    if (changes.isEmpty()) {
      ZoneOffset offset = rules.getOffset(start);
      observance(
          out,
          rules.isDaylightSavings(start) ? "DAYLIGHT" : "STANDARD",
          List.of(LocalDateTime.ofInstant(start, zone)),
          offset,
          offset);
    }
    // Group the changes by kind and offsets, in order of first onset.
    Map<String, List<ZoneOffsetTransition>> groups = new LinkedHashMap<>();
    for (ZoneOffsetTransition change : changes) {
      String kind = rules.isDaylightSavings(change.getInstant()) ? "DAYLIGHT" : "STANDARD";
      groups
          .computeIfAbsent(
              kind + change.getOffsetBefore() + change.getOffsetAfter(), k -> new ArrayList<>())
          .add(change);
    }
    for (List<ZoneOffsetTransition> group : groups.values()) {
      ZoneOffsetTransition head = group.get(0);
      List<LocalDateTime> onsets = new ArrayList<>(group.size());
      for (ZoneOffsetTransition change : group) {
        onsets.add(change.getDateTimeBefore());
      }
      observance(
          out,
          rules.isDaylightSavings(head.getInstant()) ? "DAYLIGHT" : "STANDARD",
          onsets,
          head.getOffsetBefore(),
          head.getOffsetAfter());
    }
    line(out, "END:VTIMEZONE");
  }

  private static void observance(
      Appendable out, String kind, List<LocalDateTime> onsets, ZoneOffset from, ZoneOffset to)
      throws IOException {
    line(out, "BEGIN:" + kind);
    line(out, "DTSTART:" + LOCAL.format(onsets.get(0).truncatedTo(ChronoUnit.SECONDS)));
    StringBuilder rdate = new StringBuilder("RDATE:");
    for (int i = 0; i < onsets.size(); i++) {
      if (i > 0) {
        rdate.append(',');
      }
      rdate.append(LOCAL.format(onsets.get(i).truncatedTo(ChronoUnit.SECONDS)));
    }
    line(out, rdate.toString());
    line(out, "TZOFFSETFROM:" + offset(from));
    line(out, "TZOFFSETTO:" + offset(to));
    line(out, "END:" + kind);
  }

  /** An offset as RFC 5545 writes one: {@code +0800}, or {@code +080600} with seconds. */
  static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    int abs = Math.abs(total);
    String hhmm = String.format(Locale.ROOT, "%02d%02d", abs / 3600, abs / 60 % 60);
    String ss = abs % 60 == 0 ? "" : String.format(Locale.ROOT, "%02d", abs % 60);
    return (total < 0 ? "-" : "+") + hhmm + ss;
  }

  /**
   * Returns the summary of a post's event: platform, format and the text's first line.
   *
   * @param post the post
   * @return the summary, unescaped
   */
  static String summary(ScheduledPost post) {
    String head = post.platform().displayName() + " " + post.content().format().name();
    String text = post.content().text().strip();
    if (text.isEmpty()) {
      return head;
    }
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return head + ": " + text.substring(0, end).strip();
  }

  /**
   * Returns the description of a post's event: text, then hashtags and mentions.
   *
   * @param post the post
   * @return the description, unescaped; empty if there is nothing to say
   */
  static String description(ScheduledPost post) {
    List<String> tags = new ArrayList<>();
    post.content().hashtags().forEach(h -> tags.add("#" + h));
    post.content().mentions().forEach(m -> tags.add("@" + m));
    if (tags.isEmpty()) {
      return post.content().text();
    }
    return post.content().text().isEmpty() ? String.join(" ", tags) : post.content().text() + "\n\n" + String.join(" ", tags);
  }

  private static String eventStatus(PostStatus status) {
    if (status.isApproved() && status != PostStatus.FAILED) {
      return "CONFIRMED";
    }
    return status.isOpen() ? "TENTATIVE" : "CANCELLED";
  }

  /**
   * Escapes RFC 5545 TEXT: backslash, semicolon, comma and line breaks; drops control characters
   * other than tab; replaces a lone surrogate with U+FFFD.
   *
   * @param text the raw text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          sb.append("\\\\");
          break;
        case ';':
          sb.append("\\;");
          break;
        case ',':
          sb.append("\\,");
          break;
        case '\r':
          sb.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          break;
        case '\n':
          sb.append("\\n");
          break;
        default:
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            sb.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  /**
   * Writes one content line, folded at 75 octets without splitting a character, and CRLF.
   *
   * @param out where to write
   * @param line the unfolded content line
   * @throws IOException if the appendable fails
   */
  static void line(Appendable out, String line) throws IOException {
    int octets = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int count = Character.charCount(cp);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.append(line, i, i + count);
      octets += size;
      i += count;
    }
    out.append(CRLF);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ICalendarExport)) {
      return false;
    }
    ICalendarExport other = (ICalendarExport) obj;
    return productId.equals(other.productId)
        && uidDomain.equals(other.uidDomain)
        && Objects.equals(calendarName, other.calendarName)
        && localTimes == other.localTimes
        && Objects.equals(organizer, other.organizer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, uidDomain, calendarName, localTimes, organizer);
  }

  /**
   * Returns a readable form naming the settings.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "ICalendarExport[productId=" + productId + ", uidDomain=" + uidDomain
        + (calendarName == null ? "" : ", calendarName=" + calendarName)
        + (localTimes ? ", localTimes" : "")
        + (organizer == null ? "" : ", organizer=" + organizer) + "]";
  }
}
