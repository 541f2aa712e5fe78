package dev.socialplan.calendar.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The edges of the iCalendar export: each test here failed before the export checked years, added
 * durations in exact seconds, replaced lone surrogates and stopped writing {@code METHOD:PUBLISH}
 * without an organizer.
 */
class ICalendarEdgesTest {
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static ScheduledPost post(String id, Instant time, Optional<Duration> duration, String text) {
    PostContent.Builder content =
        PostContent.builder().format(PostFormat.LIVE).purpose(PostPurpose.ENTERTAIN).text(text);
    duration.ifPresent(content::duration);
    return ScheduledPost.builder()
        .id(id)
        .platform(Platform.INSTAGRAM)
        .time(time)
        .content(content.build())
        .build();
  }

  static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  static void assertValid(String text) throws Exception {
    ValidationResult result = parse(text).validate(true);
    assertThat(result.hasErrors()).as(result.getEntries() + "\n" + text).isFalse();
  }

  private static final ContentCalendar SPRING =
      ContentCalendar.of(
          BERLIN,
          post("a", Instant.parse("2026-03-28T09:00:00Z"), Optional.of(Duration.ofHours(1)), "Sat"),
          post("b", Instant.parse("2026-03-30T09:00:00.250Z"), Optional.empty(), "Mon"),
          post("c", Instant.parse("2026-10-25T00:30:00Z"), Optional.empty(), "first 02:30"),
          post("d", Instant.parse("2026-10-25T01:30:00Z"), Optional.empty(), "second 02:30"));

  @Test
  void ical4jsValidatorAcceptsEveryForm() throws Exception {
    assertValid(ICalendarExport.standard().toICalendar(SPRING, STAMP));
    assertValid(ICalendarExport.standard().withLocalTimes(true).toICalendar(SPRING, STAMP));
    String published =
        ICalendarExport.standard()
            .withOrganizer(URI.create("mailto:social@glowlab.example"))
            .toICalendar(SPRING, STAMP);
    assertValid(published);
    assertThat(published).contains("\r\nMETHOD:PUBLISH\r\n", "\r\nORGANIZER:mailto:social@glowlab.example\r\n");
    assertThat(ICalendarExport.standard().toICalendar(SPRING, STAMP)).doesNotContain("METHOD:", "ORGANIZER");
  }

  @Test
  void localTimesResolveToThePostsInstants() throws Exception {
    String text = ICalendarExport.standard().withLocalTimes(true).toICalendar(SPRING, STAMP);
    assertThat(text)
        .contains("DTSTART;TZID=Europe/Berlin:20260328T100000\r\n")
        .contains("DTEND;TZID=Europe/Berlin:20260328T110000\r\n")
        .contains("DTSTART;TZID=Europe/Berlin:20260330T110000\r\n")
        .contains("DTSTART;TZID=Europe/Berlin:20261025T023000\r\n")
        // 01:30 UTC is the second 02:30 of that night: a local time would read as the first.
        .contains("DTSTART:20261025T013000Z\r\n")
        .contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n")
        .contains("BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nRDATE:20251026T030000,20261025T030000\r\n"
            + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n")
        .contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nRDATE:20260329T020000\r\nTZOFFSETFROM:+0100\r\n"
            + "TZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n");
    // 2026's EU summer time: 29 March 01:00 UTC to 25 October 01:00 UTC (Directive 2000/84/EC).
    // ical4j 4.1 reads a VTIMEZONE's DTSTARTs only (not RDATE): resolve with its tz database.
    Calendar parsed = parse(text.replaceAll("(?s)BEGIN:VTIMEZONE\r\n.*END:VTIMEZONE\r\n", ""));
    List<VEvent> events = parsed.getComponents(Component.VEVENT);
    for (VEvent event : events) {
      String uid = event.getProperty(Property.UID).orElseThrow().getValue();
      ScheduledPost post =
          SPRING.posts().stream()
              .filter(p -> ICalendarExport.standard().uid(p.id()).equals(uid))
              .findFirst()
              .orElseThrow();
      Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
      Temporal value = start.orElseThrow().getDate();
      Instant instant =
          value instanceof ZonedDateTime ? ((ZonedDateTime) value).toInstant() : Instant.from(value);
      assertThat(instant).as(uid).isEqualTo(post.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
  }

  @Test
  void aFixedOffsetZoneGetsOneObservanceAndAQuotedTzid() throws Exception {
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneOffset.ofHoursMinutesSeconds(5, 30, 15),
            post("a", Instant.parse("2026-03-28T09:00:00Z"), Optional.empty(), "x"));
    String text = ICalendarExport.standard().withLocalTimes(true).toICalendar(calendar, STAMP);
    assertThat(text)
        .contains("DTSTART;TZID=\"+05:30:15\":20260328T143015\r\n")
        .contains("TZOFFSETFROM:+053015\r\nTZOFFSETTO:+053015\r\n");
    assertThat(text.split("BEGIN:STANDARD", -1)).hasSize(2);
    assertValid(text);
  }

  @Test
  void aSubSecondPostEndsAfterItStarts() {
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneOffset.UTC,
            post("blink", Instant.parse("2026-03-28T09:00:00.900Z"), Optional.of(Duration.ofMillis(300)), ""));
    String text = ICalendarExport.standard().toICalendar(calendar, STAMP);
    assertThat(text).contains("DTSTART:20260328T090000Z\r\n", "DTEND:20260328T090001Z\r\n");
  }

  @Test
  void yearsOutsideFourDigitsAreRefusedBeforeAnythingIsWritten() {
    for (Instant time :
        List.of(
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("-0001-12-31T23:59:59Z"),
            Instant.MAX,
            Instant.MIN)) {
      ContentCalendar calendar =
          ContentCalendar.of(ZoneOffset.UTC, post("far", time, Optional.empty(), ""));
      StringBuilder out = new StringBuilder();
      assertThatThrownBy(() -> ICalendarExport.standard().writeTo(calendar, STAMP, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("post \"far\"")
          .hasMessageContaining("outside the years 0000 to 9999");
      assertThat(out).isEmpty();
    }
    // The last second of 9999 in UTC is the year 10000 in Taipei.
    ContentCalendar lastSecond =
        ContentCalendar.of(
            ZoneId.of("Asia/Taipei"),
            post("edge", Instant.parse("9999-12-31T23:59:59Z"), Optional.empty(), ""));
    assertThat(ICalendarExport.standard().toICalendar(lastSecond, STAMP))
        .contains("DTSTART:99991231T235959Z");
    assertThatThrownBy(
            () -> ICalendarExport.standard().withLocalTimes(true).toICalendar(lastSecond, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year 10000 in Asia/Taipei");
    assertThatThrownBy(
            () -> ICalendarExport.standard().toICalendar(lastSecond, Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stamp");
  }

  @Test
  void aHugeDurationIsRefusedNamingThePostNotThrownFromInstant() {
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneOffset.UTC,
            post("forever", Instant.parse("2026-03-28T09:00:00Z"),
                Optional.of(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)), ""));
    assertThatThrownBy(() -> ICalendarExport.standard().toICalendar(calendar, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("post \"forever\": end the start plus PT")
        .hasMessageContaining("outside the years 0000 to 9999");
    ContentCalendar toTheEnd =
        ContentCalendar.of(
            ZoneOffset.UTC,
            post("long", Instant.parse("0000-01-01T00:00:00Z"),
                Optional.of(Duration.between(Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"))), ""));
    assertThat(ICalendarExport.standard().toICalendar(toTheEnd, STAMP))
        .contains("DTSTART:00000101T000000Z\r\n", "DTEND:99991231T235959Z\r\n");
  }

  @Test
  void loneSurrogatesNeverReachTheText() throws Exception {
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneOffset.UTC,
            post("s\uD800", Instant.parse("2026-03-28T09:00:00Z"), Optional.empty(), "a\uD83Db\uDE00c😀"),
            post("s\uFFFD", Instant.parse("2026-03-28T10:00:00Z"), Optional.empty(), "ok"));
    String text = ICalendarExport.standard().toICalendar(calendar, STAMP);
    assertThat(text).contains("a\uFFFDb\uFFFDc😀");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(text.charAt(++i))).isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).isFalse();
      }
    }
    assertThat(ICalendarExport.standard().uid("s\uD800")).isEqualTo("s%ED%A0%80@socialplan.dev");
    assertThat(ICalendarExport.standard().uid("s\uFFFD")).isEqualTo("s%EF%BF%BD@socialplan.dev");
    assertThat(ICalendarExport.standard().uid("é😀")).isEqualTo("%C3%A9%F0%9F%98%80@socialplan.dev");
    assertValid(text);
  }

  @Test
  void organizersMustBeAbsoluteAndPrintable() {
    assertThatThrownBy(() -> ICalendarExport.standard().withOrganizer(URI.create("social@glow")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
    assertThatThrownBy(() -> ICalendarExport.standard().withOrganizer(URI.create("mailto:x\uD800@b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control characters");
    ICalendarExport export = ICalendarExport.standard().withOrganizer(URI.create("mailto:a@b.example"));
    assertThat(export.organizer()).contains(URI.create("mailto:a@b.example"));
    assertThat(export.withLocalTimes(true).localTimes()).isTrue();
    assertThat(export).isNotEqualTo(ICalendarExport.standard());
    assertThat(export.toString()).contains("organizer=mailto:a@b.example");
  }
}
