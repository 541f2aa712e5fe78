package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class DraftSheetTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static final String SHEET =
      "Date,Time,Zone,Platform,Account,Text,Media,Purpose,Pillar,Campaign,Priority\r\n"
          + "2025-03-04,9:30,,Instagram,acme,\"New in #glow\nmore\",image image,promote,tips,spring,2\r\n"
          + "3/5/2025,,America/New_York,linkedin,,Hiring,,educate,,,\r\n"
          + "2025-03-09,2:30,America/New_York,x,,gap,,,,,\r\n"
          + "2025-03-06,,,myspace!,,x,,,,,\r\n"
          + "2025-03-06,,,facebook,,x,hologram,,,,\r\n"
          + "2025-03-06,,,facebook,,x,,,,,high\r\n"
          + "tomorrow,,,facebook,,x,,,,,\r\n"
          + ",,,facebook,,x,,,,,\r\n"
          + "2025-03-06,,,facebook,,x,audio,,,,\r\n";

  @Test
  void readsDraftsReadyForTheSchedulerAndReportsEveryBadRow() {
    CsvResult<Draft> read = DraftSheet.read(new StringReader(SHEET), TAIPEI);
    assertThat(read.values()).hasSize(2);
    Draft first = read.values().get(0);
    assertThat(first.id()).isEqualTo("line-2");
    assertThat(first.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(first.account()).hasValue("acme");
    assertThat(first.content().text()).isEqualTo("New in #glow\nmore");
    assertThat(first.content().hashtags()).containsExactly("glow");
    assertThat(first.content().mediaKinds()).containsExactly(MediaKind.IMAGE, MediaKind.IMAGE);
    assertThat(first.content().format()).isEqualTo(PostFormat.CAROUSEL);
    assertThat(first.content().purpose()).isEqualTo(PostPurpose.PROMOTE);
    assertThat(first.content().pillar()).hasValue("tips");
    assertThat(first.content().campaign()).hasValue("spring");
    assertThat(first.priority()).isEqualTo(2);
    assertThat(first.campaignWindow()).hasValue(Interval.of(
        Instant.parse("2025-03-04T01:30:00Z"), Instant.parse("2025-03-04T02:30:00Z")));
    Draft second = read.values().get(1);
    assertThat(second.id()).isEqualTo("line-4");
    assertThat(second.content().format()).isEqualTo(PostFormat.TEXT);
    assertThat(second.campaignWindow()).hasValue(Interval.of(
        Instant.parse("2025-03-05T05:00:00Z"), Instant.parse("2025-03-06T05:00:00Z")));

    CsvReport report = read.report();
    assertThat(report.rowsRead()).isEqualTo(9);
    assertThat(report.rowsRejected()).isEqualTo(7);
    assertThat(report.rejected())
        .extracting(r -> r.line() + " " + r.column().orElse("") + " " + r.reason().code().name())
        .containsExactly(
            "5 Time CSV_TIME_IN_GAP",
            "6 Platform CSV_UNKNOWN_VALUE",
            "7 Media CSV_UNKNOWN_VALUE",
            "8 Priority CSV_NOT_A_NUMBER",
            "9 Date CSV_BAD_DATE_TIME",
            "10 Date CSV_REQUIRED_EMPTY",
            "11 format CSV_INVALID_VALUE");
    assertThat(report.rejected().get(0).message(Locale.ENGLISH))
        .isEqualTo("2025-03-09 02:30 does not exist in America/New_York: the clocks skip that hour.");
    assertThat(report.rejected().get(0).message(Locale.TRADITIONAL_CHINESE))
        .isEqualTo("2025-03-09 02:30 在 America/New_York 不存在：時鐘跳過了那個小時。");
  }

  @Test
  void aSheetWithoutADateColumnRejectsEveryRow() {
    CsvResult<Draft> read = DraftSheet.read(new StringReader("platform,text\nx,hello\n"), TAIPEI);
    assertThat(read.values()).isEmpty();
    assertThat(read.report().rowsRejected()).isEqualTo(1);
    assertThat(read.report().rejected().get(0).reason().code())
        .isEqualTo(CsvFindings.CSV_MISSING_COLUMN);
    assertThat(DraftSheet.COLUMNS).contains("date", "time", "zone", "platform", "account", "text",
        "media", "purpose", "pillar", "campaign", "priority");
  }

  @Test
  void aFirstCommentColumnGivesTheDraftItsFirstComment() {
    String sheet =
        "Date,Platform,Text,Media,First Comment\r\n"
            + "2025-03-04,instagram,New serum,image,#skincare #MomLife\r\n"
            + "2025-03-05,instagram,No comment,image,\r\n"
            + "2025-03-06,instagram,Blank comment,image,\u200B\r\n";
    CsvResult<Draft> read = DraftSheet.read(new StringReader(sheet), TAIPEI);
    assertThat(read.values()).hasSize(2);
    assertThat(read.values().get(0).content().firstComment()).hasValue("#skincare #MomLife");
    assertThat(read.values().get(1).content().firstComment()).isEmpty();
    assertThat(read.report().rejected()).hasSize(1);
    assertThat(read.report().rejected().get(0).line()).isEqualTo(4);
    assertThat(read.report().rejected().get(0).column()).hasValue("First Comment");
    assertThat(DraftSheet.COLUMNS).endsWith("first comment");
  }
}
