package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static final Instant T = Instant.parse("2025-03-04T01:30:00Z");

  @Test
  void neutralisesFormulaTriggersAsOwaspAdvises() {
    assertThat(CsvExport.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvExport.neutralise("+1")).isEqualTo("'+1");
    assertThat(CsvExport.neutralise("-1")).isEqualTo("'-1");
    assertThat(CsvExport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExport.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvExport.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvExport.neutralise("'x")).isEqualTo("''x");
    assertThat(CsvExport.neutralise("plain = text")).isEqualTo("plain = text");
    assertThat(CsvExport.neutralise("")).isEmpty();
    assertThat(CsvExport.restore(CsvExport.neutralise("'x"))).isEqualTo("'x");
  }

  @Test
  void writesACalendarInItsZone() {
    ScheduledPost post =
        ScheduledPost.builder()
            .id("p1")
            .platform(Platform.INSTAGRAM)
            .account("acme")
            .time(T)
            .content(
                PostContent.builder()
                    .format(PostFormat.IMAGE)
                    .purpose(PostPurpose.PROMOTE)
                    .campaign("=evil()")
                    .text("New in, \"glow\"\nline two")
                    .hashtags(List.of("glow"))
                    .addMedia(MediaKind.IMAGE)
                    .firstComment("=HYPERLINK(\"x\") #glow")
                    .build())
            .build();
    StringWriter out = new StringWriter();
    CsvExport.writeCalendar(ContentCalendar.of(ZoneId.of("Asia/Taipei"), post), out);
    assertThat(out.toString())
        .startsWith(String.join(",", CsvExport.CALENDAR_COLUMNS) + "\r\n")
        .contains("p1,2025-03-04,09:30,Asia/Taipei,instagram,acme,image,promote,,'=evil(),")
        .contains("\"New in, \"\"glow\"\"\nline two\",#glow,image,\"'=HYPERLINK(\"\"x\"\") #glow\"\r\n");
  }

  @Test
  void writesSummariesAndBreakdownsWithMissingCounts() {
    PerformanceRecord a = PerformanceRecord.builder().platform(Platform.FACEBOOK).publishedAt(T)
        .format(PostFormat.IMAGE).purpose(PostPurpose.PROMOTE).account("acme").reach(10)
        .spend(Money.parse("USD 1.50")).build();
    PerformanceRecord b = a.toBuilder().account("=shop").reach(5).build();
    StringWriter summary = new StringWriter();
    CsvExport.writeSummary(PerformanceSummary.of(List.of(a, b)), summary);
    String[] lines = summary.toString().split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("posts,impressions,impressions_missing,reach,reach_missing,");
    assertThat(lines[0]).endsWith(",video_watch_time_ms,video_watch_time_ms_missing,spend,spend_missing,revenue,revenue_missing");
    assertThat(lines[1]).startsWith("2,,2,15,0,").endsWith(",USD 3.00,0,,2");

    StringWriter breakdown = new StringWriter();
    CsvExport.writeBreakdown(
        PerformanceBreakdown.of(Grouping.by(Dimension.ACCOUNT), List.of(a, b)), breakdown);
    String[] rows = breakdown.toString().split("\r\n");
    assertThat(rows[0]).startsWith("account,posts,");
    assertThat(rows[1]).startsWith("'=shop,1,,1,5,0,");
    assertThat(rows[2]).startsWith("acme,1,,1,10,0,");
  }
}
