package dev.socialplan.calendar.ical;

import static dev.socialplan.calendar.ical.ICalendarEdgesTest.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.calendar.ContentCalendar;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the iCalendar export's ranges, each on both sides: the characters a UID keeps,
 * the UTF-8 length of a character when folding, the first and last writable seconds, the DST
 * change a calendar's last post falls on, and the settings' accessors and equality.
 */
class ICalendarBoundariesTest {
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void uidsKeepExactlyTheUnreservedCharactersAndEncodeTheRestAsUtf8() {
    ICalendarExport export = ICalendarExport.standard();
    assertThat(export.uid("AZaz09-._~")).isEqualTo("AZaz09-._~@socialplan.dev");
    assertThat(export.uid("@[`{/:")).isEqualTo("%40%5B%60%7B%2F%3A@socialplan.dev");
    // The last one-byte, the two-byte and the first three-byte code points.
    assertThat(export.uid("\u007F")).isEqualTo("%7F@socialplan.dev");
    assertThat(export.uid("\u0080")).isEqualTo("%C2%80@socialplan.dev");
    assertThat(export.uid("\u07FF")).isEqualTo("%DF%BF@socialplan.dev");
    assertThat(export.uid("\u0800")).isEqualTo("%E0%A0%80@socialplan.dev");
    assertThat(export.uid("\uFFFF")).isEqualTo("%EF%BF%BF@socialplan.dev");
    assertThat(export.uid("\uD800\uDC00")).isEqualTo("%F0%90%80%80@socialplan.dev");
    assertThat(export.uid("\uDBFF\uDFFF")).isEqualTo("%F4%8F%BF%BF@socialplan.dev");
    // A lone high surrogate last, or before a character that is not a low surrogate: WTF-8.
    assertThat(export.uid("a\uD800")).isEqualTo("a%ED%A0%80@socialplan.dev");
    assertThat(export.uid("\uD800a")).isEqualTo("%ED%A0%80a@socialplan.dev");
    assertThat(export.uid("\uDC00")).isEqualTo("%ED%B0%80@socialplan.dev");
  }

  @Test
  void aLineFoldsBeforeACharacterWhoseUtf8BytesWouldPassTheLimit() throws IOException {
    // 74 + 2, 73 + 3 and 72 + 4 octets: one more than 75, so each last character starts a new line.
    assertFoldsBeforeTheLast("a".repeat(74) + "\u0080");
    assertFoldsBeforeTheLast("a".repeat(73) + "\u0800");
    assertFoldsBeforeTheLast("a".repeat(72) + "\uD800\uDC00");
    // One octet less and the line fits.
    assertFits("a".repeat(74) + "\u007F");
    assertFits("a".repeat(73) + "\u07FF");
    assertFits("a".repeat(72) + "\uFFFF");
  }

  private static void assertFoldsBeforeTheLast(String line) throws IOException {
    StringBuilder out = new StringBuilder();
    ICalendarExport.line(out, line);
    int last = line.offsetByCodePoints(line.length(), -1);
    assertThat(out.toString()).isEqualTo(line.substring(0, last) + "\r\n " + line.substring(last) + "\r\n");
  }

  private static void assertFits(String line) throws IOException {
    StringBuilder out = new StringBuilder();
    ICalendarExport.line(out, line);
    assertThat(out.toString()).isEqualTo(line + "\r\n");
  }

  @Test
  void escapingKeepsSpacesAndEndsCleanlyOnALastCarriageReturnOrSurrogate() {
    assertThat(ICalendarExport.escape(" a ")).isEqualTo(" a ");
    assertThat(ICalendarExport.escape("\u001F\u007F")).isEmpty();
    assertThat(ICalendarExport.escape("a\r")).isEqualTo("a\\n");
    assertThat(ICalendarExport.escape("a\r\r\n")).isEqualTo("a\\n\\n");
    assertThat(ICalendarExport.escape("a\uD83D")).isEqualTo("a\uFFFD");
    assertThat(ICalendarExport.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void offsetsHaveASignEvenAtZeroAndSecondsOnlyWhenThereAreSome() {
    assertThat(ICalendarExport.offset(ZoneOffset.UTC)).isEqualTo("+0000");
    assertThat(ICalendarExport.offset(ZoneOffset.ofHoursMinutes(5, 45))).isEqualTo("+0545");
    assertThat(ICalendarExport.offset(ZoneOffset.ofHoursMinutesSeconds(-8, -6, -1))).isEqualTo("-080601");
    assertThat(ICalendarExport.offset(ZoneOffset.ofTotalSeconds(-1))).isEqualTo("-000001");
  }

  @Test
  void theFirstAndLastSecondsOfTheFourDigitYearsAreWritable() {
    Instant first = Instant.parse("0000-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59Z");
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneOffset.UTC,
            post("first", first, Optional.empty(), ""),
            post("last", last, Optional.empty(), ""));
    ICalendarExport local = ICalendarExport.standard().withLocalTimes(true);
    assertThat(ICalendarExport.standard().toICalendar(calendar, first))
        .contains("DTSTAMP:00000101T000000Z", "DTSTART:00000101T000000Z", "DTSTART:99991231T235959Z");
    assertThat(ICalendarExport.standard().toICalendar(calendar, last)).contains("DTSTAMP:99991231T235959Z");
    assertThat(local.toICalendar(calendar, STAMP))
        .contains("DTSTART;TZID=Z:00000101T000000", "DTSTART;TZID=Z:99991231T235959");
    assertThatThrownBy(() -> ICalendarExport.standard().toICalendar(calendar, first.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stamp");
  }

  @Test
  void anEndInTheYear10000LocallyIsRefusedEvenWhenTheStartIsNot() {
    ContentCalendar calendar =
        ContentCalendar.of(
            ZoneId.of("Asia/Taipei"),
            post("eve", Instant.parse("9999-12-31T10:00:00Z"), Optional.of(Duration.ofHours(6)), ""));
    assertThat(ICalendarExport.standard().toICalendar(calendar, STAMP)).contains("DTEND:99991231T160000Z");
    assertThatThrownBy(() -> ICalendarExport.standard().withLocalTimes(true).toICalendar(calendar, STAMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "post \"eve\": its end falls in the year 10000 in Asia/Taipei, outside the years 0000 to"
                + " 9999 that iCalendar can write");
  }

  @Test
  void anEndAtTheSecondOccurrenceOfALocalTimeIsWrittenInUtc() {
    // 00:30 EDT for 90 minutes ends at 01:00 EST, the second 01:00 of 2026-11-01.
    ContentCalendar calendar =
        ContentCalendar.of(
            NEW_YORK,
            post("late", Instant.parse("2026-11-01T04:30:00Z"), Optional.of(Duration.ofMinutes(90)), ""),
            post("early", Instant.parse("2026-10-31T14:00:00Z"), Optional.of(Duration.ofMinutes(30)), ""));
    String text = ICalendarExport.standard().withLocalTimes(true).toICalendar(calendar, STAMP);
    assertThat(text)
        .contains("DTSTART:20261101T043000Z\r\nDTEND:20261101T060000Z\r\n")
        .contains("DTSTART;TZID=America/New_York:20261031T100000\r\n");
  }

  @Test
  void theZoneDescribesAChangeAtTheLastPostsInstant() throws Exception {
    // The second post goes out at the very instant New York moves to daylight time.
    ContentCalendar calendar =
        ContentCalendar.of(
            NEW_YORK,
            post("before", Instant.parse("2026-03-07T15:00:00Z"), Optional.empty(), ""),
            post("at", Instant.parse("2026-03-08T07:00:00Z"), Optional.empty(), ""));
    String text = ICalendarExport.standard().withLocalTimes(true).toICalendar(calendar, STAMP);
    assertThat(text)
        .contains("BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nRDATE:20260308T020000\r\n")
        .contains("DTSTART;TZID=America/New_York:20260308T030000\r\n");
    ICalendarEdgesTest.assertValid(text);
  }

  @Test
  void organizersMayHoldSurrogatePairsButNoLoneSurrogate() {
    URI pair = URI.create("mailto:\uD83D\uDE00@glow.example");
    assertThat(ICalendarExport.standard().withOrganizer(pair).organizer()).contains(pair);
    for (String lone : new String[] {"mailto:a@b\uD800", "mailto:\uD800a@b", "mailto:\uDC00a@b"}) {
      URI uri = URI.create(lone);
      assertThatThrownBy(() -> ICalendarExport.standard().withOrganizer(uri))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lone surrogates");
    }
  }

  @Test
  void settingsAreReadBackAndNamedInTheReadableForm() {
    ICalendarExport standard = ICalendarExport.standard();
    assertThat(standard.localTimes()).isFalse();
    assertThat(standard.organizer()).isEmpty();
    assertThat(standard.calendarName()).isEmpty();
    assertThat(standard.withCalendarName("Glow").calendarName()).contains("Glow");
    assertThatThrownBy(() -> standard.withCalendarName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendarName");
    assertThat(standard)
        .hasToString("ICalendarExport[productId=-//socialplan//socialplan calendar//EN, uidDomain=socialplan.dev]");
    assertThat(
            standard
                .withCalendarName("Glow")
                .withLocalTimes(true)
                .withOrganizer(URI.create("mailto:a@b.example")))
        .hasToString(
            "ICalendarExport[productId=-//socialplan//socialplan calendar//EN, uidDomain=socialplan.dev,"
                + " calendarName=Glow, localTimes, organizer=mailto:a@b.example]");
  }

  @Test
  void equalByEverySetting() {
    ICalendarExport standard = ICalendarExport.standard();
    new EqualsTester()
        .addEqualityGroup(standard, ICalendarExport.standard())
        .addEqualityGroup(standard.withProductId("-//Acme//Planner//EN"))
        .addEqualityGroup(standard.withUidDomain("glow.example"))
        .addEqualityGroup(standard.withCalendarName("Glow"), standard.withCalendarName("Glow"))
        .addEqualityGroup(standard.withLocalTimes(true))
        .addEqualityGroup(standard.withOrganizer(URI.create("mailto:a@b.example")))
        .testEquals();
    assertThat(standard.hashCode()).isNotEqualTo(standard.withLocalTimes(true).hashCode());
  }
}
