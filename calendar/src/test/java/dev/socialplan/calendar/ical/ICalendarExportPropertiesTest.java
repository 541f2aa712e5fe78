package dev.socialplan.calendar.ical;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Round trips through a real iCalendar parser (ical4j) for generated calendars. */
class ICalendarExportPropertiesTest {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> FRAGMENTS =
      List.of(
          "Hello", " ", "world", "\n", "\r\n", ",", ";", "\\", ":", "\"", "\t", "新品上市", "美妝",
          "🎉", "👩‍👩‍👧", "é", "Ω", "x".repeat(80), "限時八折優惠，歡迎選購。", "#tag", "@you");
  private static final Gen<String> TEXT =
      lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(0, 25).map(parts -> String.join("", parts));
  private static final Gen<String> IDS =
      lists().of(arbitrary().pick("a", "B", "7", "-", "_", ".", "/", " ", "新", "🎉", "@", "%"))
          .ofSizeBetween(1, 12)
          .map(parts -> String.join("", parts))
          .assuming(id -> !id.isBlank());

  private static final Gen<ScheduledPost> POST =
      IDS.zip(TEXT, integers().between(0, 365 * 24 * 60), arbitrary().enumValues(PostStatus.class),
              (id, text, minutes, status) ->
                  ScheduledPost.builder()
                      .id(id)
                      .platform(Platform.INSTAGRAM)
                      .time(BASE.plus(Duration.ofMinutes(minutes)).plusMillis(minutes % 1000))
                      .content(PostContent.builder()
                          .format(PostFormat.IMAGE)
                          .purpose(PostPurpose.INFORM)
                          .text(text)
                          .build())
                      .status(status))
          .zip(lists().of(arbitrary().pick("skincare", "新品", "tips", "a,b", "x;y")).ofSizeBetween(0, 4),
              TEXT.assuming(t -> !t.isBlank()).map(Optional::of).mix(arbitrary().constant(Optional.<String>empty())),
              integers().between(0, 240),
              (builder, tags, campaign, liveMinutes) -> {
                ScheduledPost post = builder.build();
                PostContent.Builder content = PostContent.builder().from(post.content()).hashtags(tags);
                campaign.ifPresent(content::campaign);
                if (liveMinutes > 0) {
                  content.duration(Duration.ofMinutes(liveMinutes));
                }
                return post.withContent(content.build());
              });

  private static final Gen<List<ScheduledPost>> POSTS =
      lists().of(POST).ofSizeBetween(0, 12).map(list -> {
        Map<String, ScheduledPost> byId = list.stream()
            .collect(Collectors.toMap(ScheduledPost::id, Function.identity(), (a, b) -> a));
        return new ArrayList<>(byId.values());
      });

  private static String value(Component component, String name) {
    Optional<Property> property = component.getProperty(name);
    return property.map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
  }

  /**
   * What ical4j 4.1.1 gives back for a text: line breaks become LF (RFC 5545 has one escape for all
   * of them), and spaces and tabs at both ends of the raw value are stripped (an escaped line break,
   * {@code \\n}, is not white space there and survives). The export itself keeps them; the strict
   * RFC oracle below checks that.
   */
  private static String viaIcal4j(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("\\A[ \t]+|[ \t]+\\z", "");
  }

  /**
   * ical4j 4.1.1 mis-reads an escaped backslash directly before an escaped line break: the raw
   * value backslash, backslash, backslash, n comes back as backslash, backslash, n instead of a
   * backslash and a line break. Such texts are checked by the RFC oracle only.
   */
  private static boolean ical4jCanRead(String text) {
    return !BACKSLASH_BEFORE_BREAK.matcher(text).find();
  }

  private static final Pattern BACKSLASH_BEFORE_BREAK =
      Pattern.compile("\\\\[\r\n]");

  /** RFC 5545 section 3.3.11, read literally: the four escapes and {@code \\N}. */
  private static String unescapeRfc5545(String raw) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char next = raw.charAt(++i);
      sb.append(next == 'n' || next == 'N' ? '\n' : next);
    }
    return sb.toString();
  }

  /** Unfolds the document and returns, per UID, the raw value of every property of its event. */
  private static Map<String, Map<String, String>> rawEvents(String document) {
    Map<String, Map<String, String>> events = new HashMap<>();
    Map<String, String> current = null;
    for (String line : document.replace("\r\n ", "").split("\r\n")) {
      if (line.equals("BEGIN:VEVENT")) {
        current = new HashMap<>();
      } else if (line.equals("END:VEVENT")) {
        events.put(current.get("UID"), current);
        current = null;
      } else if (current != null) {
        // The first colon outside a quoted parameter value ends the name and parameters.
        int colon = 0;
        boolean quoted = false;
        while (line.charAt(colon) != ':' || quoted) {
          quoted ^= line.charAt(colon) == '"';
          colon++;
        }
        current.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return events;
  }

  @Test
  void ical4jReadsBackEveryPost() {
    ICalendarExport export = ICalendarExport.standard();
    qt().forAll(POSTS)
        .checkAssert(
            posts -> {
              ContentCalendar calendar = ContentCalendar.of(ZoneId.of("Asia/Taipei"), posts);
              String text = export.toICalendar(calendar, BASE);
              Calendar parsed;
              try {
                parsed = new CalendarBuilder().build(new StringReader(text));
              } catch (Exception e) {
                throw new AssertionError(text, e);
              }
              List<VEvent> events = parsed.getComponents(Component.VEVENT);
              assertThat(events).hasSize(posts.size());
              Map<String, VEvent> byUid =
                  events.stream().collect(Collectors.toMap(e -> value(e, "UID"), Function.identity()));
              for (ScheduledPost post : posts) {
                VEvent event = byUid.get(export.uid(post.id()));
                assertThat(event).as("event for %s", post.id()).isNotNull();
                assertThat(value(event, "DTSTART")).isEqualTo(UTC.format(post.time()));
                assertThat(value(event, "X-SOCIALPLAN-STATUS")).isEqualTo(post.status().name());
                post.content().duration().ifPresent(d ->
                    assertThat(value(event, "DTEND")).isEqualTo(UTC.format(post.time().plus(d))));
                String summary = ICalendarExport.summary(post);
                String description = ICalendarExport.description(post);
                if (ical4jCanRead(summary)) {
                  assertThat(value(event, "SUMMARY")).isEqualTo(viaIcal4j(summary));
                }
                if (description.isEmpty()) {
                  assertThat(event.getProperty("DESCRIPTION")).isEmpty();
                } else if (ical4jCanRead(description)) {
                  assertThat(value(event, "DESCRIPTION")).isEqualTo(viaIcal4j(description));
                }
                post.content().campaign().filter(ICalendarExportPropertiesTest::ical4jCanRead).ifPresent(c ->
                    assertThat(value(event, "X-SOCIALPLAN-CAMPAIGN")).isEqualTo(viaIcal4j(c)));
              }
            });
  }

  @Test
  void textValuesUnescapeExactlyUnderRfc5545() {
    ICalendarExport export = ICalendarExport.standard();
    qt().forAll(POSTS)
        .checkAssert(
            posts -> {
              Map<String, Map<String, String>> raw =
                  rawEvents(export.toICalendar(ContentCalendar.of(ZoneId.of("UTC"), posts), BASE));
              assertThat(raw).hasSize(posts.size());
              for (ScheduledPost post : posts) {
                Map<String, String> event = raw.get(export.uid(post.id()));
                String lineBreaksAsLf = ICalendarExport.description(post).replace("\r\n", "\n").replace('\r', '\n');
                assertThat(unescapeRfc5545(event.getOrDefault("DESCRIPTION", ""))).isEqualTo(lineBreaksAsLf);
                assertThat(unescapeRfc5545(event.get("SUMMARY"))).isEqualTo(ICalendarExport.summary(post));
                post.content().campaign().ifPresent(c ->
                    assertThat(unescapeRfc5545(event.get("X-SOCIALPLAN-CAMPAIGN")))
                        .isEqualTo(c.replace("\r\n", "\n").replace('\r', '\n')));
              }
            });
  }

  @Test
  void everyLineFitsIn75OctetsAndEndsInCrlf() {
    qt().forAll(POSTS)
        .checkAssert(
            posts -> {
              String text = ICalendarExport.standard().toICalendar(ContentCalendar.of(ZoneId.of("UTC"), posts), BASE);
              assertThat(text).endsWith("\r\n");
              String[] lines = text.substring(0, text.length() - 2).split("\r\n", -1);
              for (String line : lines) {
                assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75);
                assertThat(line).doesNotContain("\r", "\n");
                assertThat(line.isEmpty()).isFalse();
                assertThat(Character.isLowSurrogate(line.charAt(0))).isFalse();
                assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
              }
              // Unfolding restores lines that each start with a property name.
              String unfolded = text.replace("\r\n ", "");
              for (String line : unfolded.split("\r\n")) {
                assertThat(line).matches("[A-Z][A-Z0-9-]*[:;].*");
              }
            });
  }

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("Europe/London"),
          ZoneId.of("UTC"),
          ZoneOffset.ofHours(-3));

  /**
   * Local times with a VTIMEZONE validate, and every event's start, read under RFC 5545's rules
   * for the document's own VTIMEZONE (section 3.6.5: the observance with the latest onset before
   * a time gives its offset; an ambiguous local time is its first occurrence), is the post's
   * instant. ical4j is the validator, not the oracle here: its 4.1 ZoneRulesBuilder reads only
   * each observance's DTSTART (not RDATE), and its bundled zone data resolves Europe/London in
   * January 1996 and America/New_York on 7 March 2027 an hour off.
   */
  @Test
  void localTimesReadUnderTheirVtimezoneGiveTheSameInstants() {
    ICalendarExport export = ICalendarExport.standard().withLocalTimes(true);
    qt().forAll(POSTS, arbitrary().pick(ZONES), integers().between(-40, 5))
        .checkAssert(
            (posts, zone, years) -> {
              List<ScheduledPost> shifted = new ArrayList<>();
              for (ScheduledPost post : posts) {
                shifted.add(post.withTime(post.time().atZone(ZoneOffset.UTC).plusYears(years).toInstant()));
              }
              String text = export.toICalendar(ContentCalendar.of(zone, shifted), BASE);
              try {
                assertThat(new CalendarBuilder().build(new StringReader(text)).validate(true).hasErrors())
                    .as(text)
                    .isFalse();
              } catch (Exception e) {
                throw new AssertionError(text, e);
              }
              String unfolded = text.replace("\r\n ", "");
              List<Onset> onsets = onsets(unfolded);
              Map<String, Map<String, String>> events = rawEvents(text);
              for (ScheduledPost post : shifted) {
                Map<String, String> event = events.get(export.uid(post.id()));
                Instant expected = post.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                String tzid = zone.getId().contains(":") ? "\"" + zone.getId() + "\"" : zone.getId();
                String local = event.get("DTSTART;TZID=" + tzid);
                if (local == null) {
                  // Written in UTC: only when the start or the end is the second occurrence of
                  // an ambiguous local time (both are then in UTC).
                  assertThat(event.get("DTSTART")).isEqualTo(UTC.format(expected));
                  Optional<Instant> end =
                      post.content().duration().map(d -> expected.plusSeconds(
                          d.getSeconds() + (d.getNano() > 0 ? 1 : 0)));
                  assertThat(secondOccurrence(expected, zone)
                          || end.map(e -> secondOccurrence(e, zone)).orElse(false))
                      .as("%s in %s%n%s", post.id(), zone, text)
                      .isTrue();
                } else {
                  assertThat(readLocal(java.time.LocalDateTime.parse(local, LOCAL), onsets))
                      .as("%s in %s%n%s", post.id(), zone, text)
                      .isEqualTo(expected);
                }
              }
            });
  }

  /** Whether the local time at this instant occurs twice and this is its second occurrence. */
  private static boolean secondOccurrence(Instant instant, ZoneId zone) {
    java.time.LocalDateTime wall = java.time.LocalDateTime.ofInstant(instant, zone);
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wall);
    return offsets.size() == 2 && offsets.get(1).equals(zone.getRules().getOffset(instant));
  }

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  /** One onset of a VTIMEZONE observance: when (as an instant) and the offset it starts. */
  private static final class Onset {
    final Instant at;
    final ZoneOffset to;

    Onset(Instant at, ZoneOffset to) {
      this.at = at;
      this.to = to;
    }
  }

  private static ZoneOffset offset(String text) {
    String digits = text.substring(1);
    int h = Integer.parseInt(digits.substring(0, 2));
    int m = Integer.parseInt(digits.substring(2, 4));
    int sec = digits.length() > 4 ? Integer.parseInt(digits.substring(4, 6)) : 0;
    int sign = text.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofTotalSeconds(sign * (h * 3600 + m * 60 + sec));
  }

  /** Every onset of every observance, each DTSTART and RDATE read in the offset before it. */
  private static List<Onset> onsets(String unfolded) {
    List<Onset> onsets = new ArrayList<>();
    List<String> times = new ArrayList<>();
    ZoneOffset from = null;
    ZoneOffset to = null;
    boolean inside = false;
    for (String line : unfolded.split("\r\n")) {
      if (line.equals("BEGIN:STANDARD") || line.equals("BEGIN:DAYLIGHT")) {
        inside = true;
        times.clear();
      } else if (inside && (line.startsWith("DTSTART:") || line.startsWith("RDATE:"))) {
        times.addAll(List.of(line.substring(line.indexOf(':') + 1).split(",")));
      } else if (inside && line.startsWith("TZOFFSETFROM:")) {
        from = offset(line.substring(13));
      } else if (inside && line.startsWith("TZOFFSETTO:")) {
        to = offset(line.substring(11));
      } else if (line.equals("END:STANDARD") || line.equals("END:DAYLIGHT")) {
        inside = false;
        for (String time : times) {
          onsets.add(new Onset(java.time.LocalDateTime.parse(time, LOCAL).toInstant(from), to));
        }
      }
    }
    onsets.sort(java.util.Comparator.comparing(o -> o.at));
    return onsets;
  }

  /** The earliest instant whose offset in force, by the onsets, shows this local time. */
  private static Instant readLocal(java.time.LocalDateTime local, List<Onset> onsets) {
    Instant best = null;
    for (Onset candidate : onsets) {
      Instant at = local.toInstant(candidate.to);
      Onset inForce = null;
      for (Onset onset : onsets) {
        if (!onset.at.isAfter(at)) {
          inForce = onset;
        }
      }
      if (inForce != null && inForce.to.equals(candidate.to) && (best == null || at.isBefore(best))) {
        best = at;
      }
    }
    return best;
  }
}
