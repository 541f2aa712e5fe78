package dev.socialplan.calendar.ical;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Test;

class ICalendarExportTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00.750Z");
  private static final String LONG_CJK =
      "新品上市！🎉 我們的精華液今天開賣，限時八折優惠，歡迎到門市或官網選購。🌸✨ 數量有限，售完為止；"
          + "詳情請見連結, 或私訊我們。";
  private static final ScheduledPost LAUNCH =
      ScheduledPost.builder()
          .id("launch-1")
          .platform(Platform.INSTAGRAM)
          .time(Instant.parse("2026-01-05T01:00:00Z"))
          .content(PostContent.builder()
              .format(PostFormat.CAROUSEL)
              .purpose(PostPurpose.PROMOTE)
              .pillar("product, launch")
              .campaign("spring;launch")
              .text(LONG_CJK + "\nSecond line with a backslash \\ and a comma, too.")
              .addMedia(MediaKind.IMAGE, MediaKind.VIDEO)
              .addHashtag("skincare")
              .addHashtag("新品")
              .addMention("glowlab")
              .build())
          .status(PostStatus.APPROVED)
          .priority(3)
          .build();
  private static final ScheduledPost LIVE =
      ScheduledPost.builder()
          .id("live/q&a 1")
          .platform(Platform.TIKTOK)
          .account("glow.tw")
          .time(Instant.parse("2026-01-09T11:00:00.400Z"))
          .content(PostContent.builder()
              .format(PostFormat.LIVE)
              .purpose(PostPurpose.ENTERTAIN)
              .duration(Duration.ofMinutes(45))
              .build())
          .status(PostStatus.CANCELLED)
          .build();
  private static final ContentCalendar CALENDAR = ContentCalendar.of(TAIPEI, LAUNCH, LIVE);
  private static final ICalendarExport EXPORT = ICalendarExport.standard().withCalendarName("Glow, Taiwan");

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(PropertyListAccessor container, String name) {
    Optional<Property> property = container.getProperty(name);
    return property.map(Property::getValue).orElseThrow();
  }

  private static Map<String, VEvent> eventsByUid(Calendar calendar) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
  }

  @Test
  void ical4jReadsEveryFieldBack() throws Exception {
    Calendar parsed = parse(EXPORT.toICalendar(CALENDAR, STAMP));
    assertThat(value(parsed, "VERSION")).isEqualTo("2.0");
    assertThat(value(parsed, "PRODID")).isEqualTo("-//socialplan//socialplan calendar//EN");
    assertThat(value(parsed, "X-WR-TIMEZONE")).isEqualTo("Asia/Taipei");
    assertThat(value(parsed, "X-WR-CALNAME")).isEqualTo("Glow, Taiwan");
    Map<String, VEvent> events = eventsByUid(parsed);
    assertThat(events).containsOnlyKeys("launch-1@socialplan.dev", "live%2Fq%26a%201@socialplan.dev");

    VEvent launch = events.get("launch-1@socialplan.dev");
    assertThat(value(launch, "DTSTAMP")).isEqualTo("20260101T000000Z");
    assertThat(value(launch, "DTSTART")).isEqualTo("20260105T010000Z");
    assertThat(launch.getProperty("DTEND")).isEmpty();
    assertThat(value(launch, "SUMMARY")).isEqualTo("Instagram CAROUSEL: " + LONG_CJK);
    assertThat(value(launch, "DESCRIPTION"))
        .isEqualTo(LAUNCH.content().text() + "\n\n#skincare #新品 @glowlab");
    assertThat(value(launch, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(value(launch, "X-SOCIALPLAN-PLATFORM")).isEqualTo("instagram");
    assertThat(value(launch, "X-SOCIALPLAN-FORMAT")).isEqualTo("CAROUSEL");
    assertThat(value(launch, "X-SOCIALPLAN-PURPOSE")).isEqualTo("PROMOTE");
    assertThat(value(launch, "X-SOCIALPLAN-STATUS")).isEqualTo("APPROVED");
    assertThat(value(launch, "X-SOCIALPLAN-PRIORITY")).isEqualTo("3");
    assertThat(value(launch, "X-SOCIALPLAN-MEDIA")).isEqualTo("IMAGE,VIDEO");
    assertThat(launch.getProperty("X-SOCIALPLAN-ACCOUNT")).isEmpty();

    VEvent live = events.get("live%2Fq%26a%201@socialplan.dev");
    assertThat(value(live, "DTSTART")).isEqualTo("20260109T110000Z");
    assertThat(value(live, "DTEND")).isEqualTo("20260109T114500Z");
    assertThat(value(live, "SUMMARY")).isEqualTo("TikTok LIVE");
    assertThat(live.getProperty("DESCRIPTION")).isEmpty();
    assertThat(live.getProperty("CATEGORIES")).isEmpty();
    assertThat(value(live, "STATUS")).isEqualTo("CANCELLED");
    assertThat(value(live, "X-SOCIALPLAN-ACCOUNT")).isEqualTo("glow.tw");
  }

  @Test
  void escapedCommasAndSemicolonsSurviveTheRoundTrip() throws Exception {
    VEvent launch = eventsByUid(parse(EXPORT.toICalendar(CALENDAR, STAMP))).get("launch-1@socialplan.dev");
    Optional<Categories> categories = launch.getProperty(Property.CATEGORIES);
    assertThat(categories.orElseThrow().getCategories().getTexts()).containsExactly("product, launch");
    assertThat(value(launch, "X-SOCIALPLAN-PILLAR")).isEqualTo("product, launch");
    assertThat(value(launch, "X-SOCIALPLAN-CAMPAIGN")).isEqualTo("spring;launch");
  }

  @Test
  void linesAreFoldedAt75OctetsWithoutSplittingCharacters() {
    String text = EXPORT.toICalendar(CALENDAR, STAMP);
    assertThat(text).endsWith("END:VCALENDAR\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
    String[] lines = text.split("\r\n", -1);
    boolean folded = false;
    for (String line : lines) {
      assertThat(line.getBytes(UTF_8).length).as(line).isLessThanOrEqualTo(75);
      folded |= line.startsWith(" ");
    }
    assertThat(folded).isTrue();
    // Every line is whole UTF-8 text on its own: no character was split.
    for (String line : lines) {
      assertThat(new String(line.getBytes(UTF_8), UTF_8)).isEqualTo(line);
      assertThat(hasOnlyPairs(line)).as(line).isTrue();
    }
  }

  private static boolean hasOnlyPairs(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= line.length() || !Character.isLowSurrogate(line.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void foldsExactlyAtTheLimit() throws IOException {
    StringBuilder out = new StringBuilder();
    ICalendarExport.line(out, "X".repeat(75));
    assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n");
    out.setLength(0);
    ICalendarExport.line(out, "X".repeat(76));
    assertThat(out.toString()).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    out.setLength(0);
    // 74 ASCII octets then a 4-octet emoji: the emoji moves to the next line whole.
    ICalendarExport.line(out, "X".repeat(74) + "😀");
    assertThat(out.toString()).isEqualTo("X".repeat(74) + "\r\n 😀\r\n");
    out.setLength(0);
    // 25 CJK characters of 3 octets fill one line exactly.
    ICalendarExport.line(out, "字".repeat(26));
    assertThat(out.toString()).isEqualTo("字".repeat(25) + "\r\n 字\r\n");
  }

  @Test
  void keepsLeadingAndTrailingSpacesInTheRawText() {
    ScheduledPost spaced = LIVE.withText("  padded  ");
    String text = ICalendarExport.standard().toICalendar(ContentCalendar.of(TAIPEI, spaced), STAMP);
    assertThat(text).contains("\r\nDESCRIPTION:  padded  \r\n");
  }

  @Test
  void escapesText() {
    assertThat(ICalendarExport.escape("a\\b;c,d\ne\r\nf\rg\th\u0007i"))
        .isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\thi");
  }

  @Test
  void uidsAreStableAndDistinct() {
    assertThat(EXPORT.uid("launch-1")).isEqualTo("launch-1@socialplan.dev");
    assertThat(EXPORT.uid("新品")).isEqualTo("%E6%96%B0%E5%93%81@socialplan.dev");
    assertThat(EXPORT.uid("a b")).isNotEqualTo(EXPORT.uid("a_b"));
    assertThat(EXPORT.withUidDomain("glow.example").uid("x")).isEqualTo("x@glow.example");
    String first = EXPORT.toICalendar(CALENDAR, STAMP);
    assertThat(EXPORT.toICalendar(ContentCalendar.of(TAIPEI, LIVE, LAUNCH), STAMP)).isEqualTo(first);
  }

  @Test
  void writesToAnAppendable() throws IOException {
    StringBuilder sb = new StringBuilder();
    EXPORT.writeTo(CALENDAR, STAMP, sb);
    assertThat(sb.toString()).isEqualTo(EXPORT.toICalendar(CALENDAR, STAMP));
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> EXPORT.writeTo(CALENDAR, STAMP, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void emptyCalendarIsValid() throws Exception {
    String text = ICalendarExport.standard().toICalendar(ContentCalendar.empty(TAIPEI), STAMP);
    assertThat(text)
        .isEqualTo(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//socialplan//socialplan calendar//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:Asia/Taipei\r\n"
                + "BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19791001T000000\r\nRDATE:19791001T000000\r\nTZOFFSETFROM:+0900\r\n"
                + "TZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n");
    assertThat(parse(text).validate(true).hasErrors()).isFalse();
    assertThat(parse(text).getComponents(Component.VEVENT)).isEmpty();
  }

  @Test
  void settings() {
    ICalendarExport custom = ICalendarExport.standard().withProductId("-//Acme//Planner//EN");
    assertThat(custom.productId()).isEqualTo("-//Acme//Planner//EN");
    assertThat(custom.uidDomain()).isEqualTo("socialplan.dev");
    assertThat(custom.calendarName()).isEmpty();
    assertThat(EXPORT.calendarName()).contains("Glow, Taiwan");
    assertThat(custom).isEqualTo(ICalendarExport.standard().withProductId("-//Acme//Planner//EN"));
    assertThat(custom.toString()).contains("Acme");
    assertThatThrownBy(() -> EXPORT.withUidDomain("bad domain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("uidDomain must be letters, digits, '.' and '-': \"bad domain\"");
  }

  @Test
  void altTextFirstCommentAndThreadPartsAreReadBackByIcal4j() throws Exception {
    ScheduledPost thread =
        ScheduledPost.builder()
            .from(LAUNCH)
            .id("thread-1")
            .platform(Platform.X)
            .content(
                PostContent.builder()
                    .from(LAUNCH.content())
                    .format(PostFormat.IMAGE)
                    .media(
                        List.of(
                            MediaItem.of(MediaKind.IMAGE),
                            MediaItem.of(MediaKind.IMAGE, "Serum; drops, on a wrist\nclose up")))
                    .firstComment("#skincare, more: https://brand.com/s")
                    .threadParts(List.of("2/ " + LONG_CJK, "3/ Done; thanks, all"))
                    .build())
            .build();
    Calendar parsed = parse(EXPORT.toICalendar(ContentCalendar.of(TAIPEI, thread), STAMP));
    VEvent event = eventsByUid(parsed).get("thread-1@socialplan.dev");
    List<Property> alt = event.getProperties("X-SOCIALPLAN-ALT-TEXT");
    assertThat(alt).hasSize(1);
    assertThat(alt.get(0).getValue()).isEqualTo("Serum; drops, on a wrist\nclose up");
    assertThat(alt.get(0).getParameter("X-SOCIALPLAN-MEDIA-INDEX").map(p -> p.getValue()))
        .contains("1");
    assertThat(value(event, "X-SOCIALPLAN-FIRST-COMMENT"))
        .isEqualTo("#skincare, more: https://brand.com/s");
    List<Property> parts = event.getProperties("X-SOCIALPLAN-THREAD-PART");
    assertThat(parts).extracting(Property::getValue).containsExactly("2/ " + LONG_CJK, "3/ Done; thanks, all");
    assertThat(parts)
        .extracting(p -> p.getParameter("X-SOCIALPLAN-PART").map(q -> q.getValue()).orElseThrow())
        .containsExactly("2", "3");
    assertThat(parsed.getComponents(Component.VEVENT)).hasSize(1);
  }

  @Test
  void aLinkAttachmentIsTheEventsUrl() throws Exception {
    // The post is built here, not in a static field, so PIT sees the export run on it (the URL
    // line was not covered: no other test exports a post with a link attachment).
    ScheduledPost post =
        ScheduledPost.builder()
            .id("link-1")
            .platform(Platform.FACEBOOK)
            .time(Instant.parse("2026-01-06T02:00:00Z"))
            .content(PostContent.builder()
                .format(PostFormat.LINK)
                .purpose(PostPurpose.PROMOTE)
                .text("Book a facial")
                .linkAttachment(Link.parse("https://brand.example/book?ref=feed&day=mon#slots"))
                .build())
            .status(PostStatus.SCHEDULED)
            .build();
    String text = EXPORT.toICalendar(ContentCalendar.of(TAIPEI, post), STAMP);
    // A URI value, written as is: neither escaped nor folded.
    assertThat(text).contains("\r\nURL:https://brand.example/book?ref=feed&day=mon#slots\r\n");
    VEvent event = eventsByUid(parse(text)).get("link-1@socialplan.dev");
    assertThat(value(event, "URL")).isEqualTo("https://brand.example/book?ref=feed&day=mon#slots");
  }
}
