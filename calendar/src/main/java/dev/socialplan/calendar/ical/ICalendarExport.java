package dev.socialplan.calendar.ical;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ContentCalendar} as an RFC 5545 iCalendar ({@code text/calendar}) document
 * (CAL-8).
 *
 * <p><b>Shape.</b> One {@code VCALENDAR} ({@code VERSION:2.0}, {@code PRODID}, {@code
 * CALSCALE:GREGORIAN}, {@code METHOD:PUBLISH}, {@code X-WR-TIMEZONE} naming the calendar's zone and,
 * if set, {@code X-WR-CALNAME}) with one {@code VEVENT} per post, in the calendar's order:
 *
 * <ul>
 *   <li>{@code UID}: the post id with every character other than {@code A-Z a-z 0-9 - . _ ~}
 *       percent-encoded as UTF-8, then {@code @} and the UID domain ({@code
 *       launch-1@socialplan.dev}). The same post id always gives the same UID, so re-importing an
 *       export updates events instead of duplicating them.
 *   <li>{@code DTSTAMP}: the instant passed in (never the system clock).
 *   <li>{@code DTSTART} (and {@code DTEND} = start + duration, for posts with a duration) in
 *       <b>UTC</b> ({@code 20260105T010000Z}). UTC times are exact and need no {@code VTIMEZONE}
 *       component; {@code X-WR-TIMEZONE} tells calendar applications which zone to show them in.
 *       Times are truncated to whole seconds, iCalendar's precision.
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
 * </ul>
 *
 * <p><b>Text.</b> Values are escaped as RFC 5545 TEXT: {@code \} as {@code \\}, {@code ;} as {@code
 * \;}, {@code ,} as {@code \,} and every line break (CRLF, LF or CR) as {@code \n}. Other control
 * characters, which TEXT cannot hold, are dropped (tabs are kept). Lines end with CRLF and are
 * folded at 75 octets of UTF-8 (section 3.1): a continuation line starts with one space, and a
 * multi-byte character (CJK, emoji) is never split across lines.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  private static final String DEFAULT_PRODUCT_ID = "-//socialplan//socialplan calendar//EN";
  private static final String DEFAULT_UID_DOMAIN = "socialplan.dev";
  private static final ICalendarExport STANDARD =
      new ICalendarExport(DEFAULT_PRODUCT_ID, DEFAULT_UID_DOMAIN, null);
  private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,253}");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;
  private static final String CRLF = "\r\n";

  private final String productId;
  private final String uidDomain;
  private final @Nullable String calendarName;

  private ICalendarExport(String productId, String uidDomain, @Nullable String calendarName) {
    this.productId = productId;
    this.uidDomain = uidDomain;
    this.calendarName = calendarName;
  }

  /**
   * Returns the export with socialplan's product id, UIDs in the {@code socialplan.dev} domain and
   * no calendar name.
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
   */
  public ICalendarExport withProductId(String productId) {
    return new ICalendarExport(Checks.nonBlank(productId, "productId"), uidDomain, calendarName);
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
    return new ICalendarExport(productId, uidDomain, calendarName);
  }

  /**
   * Returns a copy that names the calendar ({@code X-WR-CALNAME}).
   *
   * @param calendarName the name, not blank
   * @return the new export
   */
  public ICalendarExport withCalendarName(String calendarName) {
    return new ICalendarExport(productId, uidDomain, Checks.nonBlank(calendarName, "calendarName"));
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
   * Returns the UID of a post's event.
   *
   * @param postId the post id
   * @return the UID: the id, percent-encoded where needed, {@code @} and the UID domain
   */
  public String uid(String postId) {
    Checks.notNull(postId, "postId");
    StringBuilder sb = new StringBuilder(postId.length() + uidDomain.length() + 1);
    for (byte b : postId.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return sb.append('@').append(uidDomain).toString();
  }

  /**
   * Writes a calendar as an iCalendar document.
   *
   * @param calendar the calendar
   * @param stamp the {@code DTSTAMP} of every event: when the export was made
   * @return the document, lines ending in CRLF
   */
  public String toICalendar(ContentCalendar calendar, Instant stamp) {
    StringBuilder sb = new StringBuilder(256 + calendar.size() * 512);
    writeTo(calendar, stamp, sb);
    return sb.toString();
  }

  /**
   * Writes a calendar as an iCalendar document to an {@link Appendable}, line by line.
   *
   * @param calendar the calendar
   * @param stamp the {@code DTSTAMP} of every event: when the export was made
   * @param out where to write
   * @throws UncheckedIOException if the appendable throws an {@link IOException}
   */
  public void writeTo(ContentCalendar calendar, Instant stamp, Appendable out) {
    Checks.notNull(calendar, "calendar");
    Checks.notNull(stamp, "stamp");
    Checks.notNull(out, "out");
    try {
      String dtstamp = UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS));
      line(out, "BEGIN:VCALENDAR");
      line(out, "VERSION:2.0");
      line(out, "PRODID:" + escape(productId));
      line(out, "CALSCALE:GREGORIAN");
      line(out, "METHOD:PUBLISH");
      if (calendarName != null) {
        line(out, "X-WR-CALNAME:" + escape(calendarName));
      }
      line(out, "X-WR-TIMEZONE:" + escape(calendar.zone().getId()));
      for (ScheduledPost post : calendar) {
        writeEvent(post, dtstamp, out);
      }
      line(out, "END:VCALENDAR");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeEvent(ScheduledPost post, String dtstamp, Appendable out) throws IOException {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + uid(post.id()));
    line(out, "DTSTAMP:" + dtstamp);
    Instant start = post.time().truncatedTo(ChronoUnit.SECONDS);
    line(out, "DTSTART:" + UTC.format(start));
    if (post.content().duration().isPresent()) {
      line(out, "DTEND:" + UTC.format(start.plus(post.content().duration().get()).truncatedTo(ChronoUnit.SECONDS)));
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
    if (!post.content().media().isEmpty()) {
      List<String> kinds = new ArrayList<>(post.content().media().size());
      for (MediaKind kind : post.content().media()) {
        kinds.add(kind.name());
      }
      line(out, "X-SOCIALPLAN-MEDIA:" + String.join(",", kinds));
    }
    line(out, "END:VEVENT");
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
   * other than tab.
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
          if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
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
    return obj instanceof ICalendarExport
        && productId.equals(((ICalendarExport) obj).productId)
        && uidDomain.equals(((ICalendarExport) obj).uidDomain)
        && Objects.equals(calendarName, ((ICalendarExport) obj).calendarName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, uidDomain, calendarName);
  }

  /**
   * Returns a readable form naming the settings.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "ICalendarExport[productId=" + productId + ", uidDomain=" + uidDomain
        + (calendarName == null ? "" : ", calendarName=" + calendarName) + "]";
  }
}
