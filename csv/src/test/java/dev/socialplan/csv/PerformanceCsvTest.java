package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceColumns;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.FindingCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceCsvTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  static final PerformanceMapping MAPPING =
      PerformanceMapping.builder()
          .platform("platform")
          .publishedAt("time", DateTimeStyle.standard(TAIPEI))
          .format("type", Map.of("photo", PostFormat.IMAGE, "status", PostFormat.TEXT))
          .purpose(PostPurpose.PROMOTE)
          .paid("paid", Map.of("yes", PaidStatus.PAID, "no", PaidStatus.ORGANIC))
          .count("reach", Measure.REACH)
          .count("impressions", Measure.IMPRESSIONS)
          .account("account")
          .campaign("campaign")
          .hashtags("tags")
          .amount("spend", MoneyMeasure.SPEND, CurrencyUnit.USD)
          .build();

  private static final String HEADER = "platform,time,type,paid,reach,impressions,account,campaign,tags,spend\n";

  private static CsvResult<PerformanceRecord> read(String text) {
    return PerformanceCsv.read(new StringReader(text), MAPPING);
  }

  @Test
  void readsAnExcelStyleFile() {
    String excel =
        "\uFEFFplatform;time;type;paid;reach;impressions;account;campaign;tags;spend;;\r\n"
            + "Facebook;3/4/2025 9:30 PM;Photo;yes;1,234;2 345;acme;\"spring\r\nsale\";#a #b;12.50;;\r\n"
            + "x;2025-03-04 09:30;status;;;\"3,000\";;;;;;\r\n"
            + ";;;;;;;;;;;\r\n";
    CsvResult<PerformanceRecord> read = read(excel);
    assertThat(read.report().isClean()).as("%s", read.report().rejected()).isTrue();
    assertThat(read.report().rowsRead()).isEqualTo(2);
    PerformanceRecord first = read.values().get(0);
    assertThat(first.platform()).isEqualTo(Platform.FACEBOOK);
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-04T13:30:00Z"));
    assertThat(first.format()).isEqualTo(PostFormat.IMAGE);
    assertThat(first.paid()).isEqualTo(PaidStatus.PAID);
    assertThat(first.reach()).hasValue(1234);
    assertThat(first.impressions()).hasValue(2345);
    assertThat(first.account()).hasValue("acme");
    assertThat(first.campaign()).hasValue("spring\r\nsale");
    assertThat(first.hashtags()).containsExactly("a", "b");
    assertThat(first.spend()).hasValue(Money.parse("USD 12.50"));
    PerformanceRecord second = read.values().get(1);
    assertThat(second.platform()).isEqualTo(Platform.X);
    assertThat(second.paid()).isEqualTo(PaidStatus.UNKNOWN);
    assertThat(second.reach()).isEmpty();
    assertThat(second.impressions()).hasValue(3000);
    assertThat(second.account()).isEmpty();
    assertThat(second.spend()).isEmpty();
  }

  @Test
  void detectsTabsAndReadsDecimalCommas() {
    String tabs = HEADER.replace(',', '\t') + "facebook\t2025-03-04 09:30\tphoto\tno\t1.234\t\t\t\t\t3,5\n";
    CsvResult<PerformanceRecord> read =
        PerformanceCsv.read(new StringReader(tabs),
            PerformanceMapping.builder().platform("platform")
                .publishedAt("time", DateTimeStyle.standard(TAIPEI))
                .format("type", Map.of("photo", PostFormat.IMAGE)).purpose(PostPurpose.INFORM)
                .count("reach", Measure.REACH).amount("spend", MoneyMeasure.SPEND, CurrencyUnit.EUR)
                .numbers(NumberStyle.decimalComma()).build());
    assertThat(read.report().isClean()).as("%s", read.report().rejected()).isTrue();
    assertThat(read.values().get(0).reach()).hasValue(1234);
    assertThat(read.values().get(0).spend()).hasValue(Money.parse("EUR 3.50"));
  }

  @Test
  void everyRejectionReasonNamesLineColumnAndValueAndTheRestIsRead() {
    String file =
        HEADER
            + "facebook,2025-03-04 09:30,photo,no,10,20,acme,,,\n"          // 2 fine
            + "facebook,2025-03-04 09:30,photo,no,10\n"                      // 3 fields
            + "facebook,,photo,no,10,20,,,,\n"                               // 4 time empty
            + "facebook,2025-03-04 09:30,photo,no,12a,20,,,,\n"              // 5 count
            + "facebook,2025-03-04 09:30,photo,no,1.5,20,,,,\n"              // 6 fraction
            + "facebook,yesterday,photo,no,10,20,,,,\n"                      // 7 date
            + "facebook,2025-03-04 09:30,reel,no,10,20,,,,\n"                // 8 vocabulary
            + "facebook,2025-03-04 09:30,photo,no,10,20,,,,abc\n"            // 9 number
            + "facebook,2025-03-04 09:30,photo,no,10,20,,,,-5.00\n"          // 10 negative
            + "facebook,1969-12-31 08:00,photo,no,10,20,,,,\n"               // 11 before 1970
            + "my space,2025-03-04 09:30,photo,no,10,20,,,,\n"               // 12 platform
            + "facebook,2025-03-04 09:30,status,yes,30,40,,,,\n";            // 13 fine
    CsvResult<PerformanceRecord> read = read(file);
    CsvReport report = read.report();
    assertThat(read.values()).extracting(r -> r.reach().getAsLong()).containsExactly(10L, 30L);
    assertThat(report.rowsRead()).isEqualTo(12);
    assertThat(report.rowsRejected()).isEqualTo(10);
    assertThat(report.rowsAccepted()).isEqualTo(2);
    List<RejectedRow> r = report.rejected();
    assertRejected(r.get(0), 3, null, null, CsvFindings.CSV_FIELD_COUNT);
    assertRejected(r.get(1), 4, "time", "", CsvFindings.CSV_REQUIRED_EMPTY);
    assertRejected(r.get(2), 5, "reach", "12a", CsvFindings.CSV_NOT_A_COUNT);
    assertRejected(r.get(3), 6, "reach", "1.5", CsvFindings.CSV_NOT_A_COUNT);
    assertRejected(r.get(4), 7, "time", "yesterday", CsvFindings.CSV_BAD_DATE_TIME);
    assertRejected(r.get(5), 8, "type", "reel", CsvFindings.CSV_UNKNOWN_VALUE);
    assertRejected(r.get(6), 9, "spend", "abc", CsvFindings.CSV_NOT_A_NUMBER);
    assertRejected(r.get(7), 10, "spend", "-5.00", CsvFindings.CSV_INVALID_VALUE);
    assertRejected(r.get(8), 11, "time", "1969-12-31 08:00", CsvFindings.CSV_INVALID_VALUE);
    assertRejected(r.get(9), 12, "platform", "my space", CsvFindings.CSV_UNKNOWN_VALUE);
    assertThat(r.get(0).message(Locale.ENGLISH)).isEqualTo("The row has 5 fields; the header has 10.");
    assertThat(r.get(0).message(Locale.TRADITIONAL_CHINESE)).isEqualTo("此列有 5 個欄位；標題列有 10 個。");
    assertThat(r.get(2).message(Locale.ENGLISH)).isEqualTo("reach is not a count: \"12a\".");
    assertThat(r.get(2).message(Locale.TRADITIONAL_CHINESE)).isEqualTo("reach 不是計數：「12a」。");
    assertThat(r.get(5).message(Locale.ENGLISH))
        .isEqualTo("type has an unknown value: \"reel\" (known: photo, status).");
    assertThat(r.get(2).reason().path()).isEqualTo("line[5].column[reach]");
    assertThat(report.messages(Locale.ENGLISH).get(2)).isEqualTo("line 5: reach is not a count: \"12a\".");
    assertThat(report.messages(Locale.TRADITIONAL_CHINESE).get(2)).startsWith("第 5 行：");
    assertThat(r.get(2)).hasToString("line 5, reach \"12a\": CSV_NOT_A_COUNT");
  }

  private static void assertRejected(
      RejectedRow row, long line, String column, String value, FindingCode code) {
    assertThat(row.line()).as("%s", row).isEqualTo(line);
    assertThat(row.column().orElse(null)).as("%s", row).isEqualTo(column);
    assertThat(row.value().orElse(null)).as("%s", row).isEqualTo(value);
    assertThat(row.reason().code()).as("%s", row).isEqualTo(code);
    assertThat(row.message(Locale.ENGLISH)).isNotBlank();
    assertThat(row.message(Locale.TRADITIONAL_CHINESE)).isNotBlank()
        .isNotEqualTo(row.message(Locale.ENGLISH));
  }

  @Test
  void aWrongDelimiterRejectsEveryRowNamingTheMissingColumns() {
    String semicolons = HEADER.replace(',', ';') + "facebook;2025-03-04 09:30;photo;no;10;20;;;;\n";
    CsvResult<PerformanceRecord> read =
        PerformanceCsv.read(new StringReader(semicolons), MAPPING.withDelimiter(','));
    assertThat(read.values()).isEmpty();
    assertThat(read.report().rowsRead()).isEqualTo(1);
    assertThat(read.report().rowsRejected()).isEqualTo(1);
    List<RejectedRow> r = read.report().rejected();
    assertThat(r.get(0).line()).isEqualTo(1);
    assertThat(r.get(0).reason().code()).isEqualTo(CsvFindings.CSV_MISSING_COLUMN);
    assertThat(r.get(0).message(Locale.ENGLISH)).startsWith("Column \"platform\" is not in the header");
    assertThat(r.get(r.size() - 1).line()).isEqualTo(2);
    assertThat(r.get(r.size() - 1).reason().code()).isEqualTo(CsvFindings.CSV_MISSING_COLUMN);
    // Detected, the same file reads.
    assertThat(read(semicolons).report().isClean()).isTrue();
  }

  @Test
  void aFileCutInsideAQuotedFieldIsReportedAndTheRowsBeforeAreKept() {
    String cut = HEADER + "facebook,2025-03-04 09:30,photo,no,10,20,acme,,,\n"
        + "facebook,2025-03-04 09:30,photo,no,10,20,acme,\"spring sa";
    CsvResult<PerformanceRecord> read = read(cut);
    assertThat(read.values()).hasSize(1);
    assertThat(read.report().rowsRejected()).isEqualTo(1);
    RejectedRow last = read.report().rejected().get(0);
    assertThat(last.line()).isEqualTo(3);
    assertThat(last.reason().code()).isIn(CsvFindings.CSV_FIELD_COUNT, CsvFindings.CSV_MALFORMED);
  }

  @Test
  void aFileCutInsideItsLastQuotedFieldIsNotTakenForAComplete() {
    String cut = HEADER + "facebook,2025-03-04 09:30,photo,no,10,20,acme,,,\n"
        + "facebook,2025-03-04 09:30,photo,no,11,20,acme,,,\"12.5";
    CsvResult<PerformanceRecord> read = read(cut);
    assertThat(read.values()).extracting(r -> r.reach().getAsLong()).containsExactly(10L);
    RejectedRow last = read.report().rejected().get(0);
    assertThat(last.line()).isEqualTo(3);
    assertThat(last.reason().code()).isEqualTo(CsvFindings.CSV_MALFORMED);
    assertThat(last.message(Locale.ENGLISH)).contains("not closed before the end of the file");
    // A quote that opens and closes a field, or doubled inside it, is no such cut.
    assertThat(read(HEADER + "facebook,2025-03-04 09:30,photo,no,11,20,\"a \"\"b\"\"\",,,\"1\"")
        .report().isClean()).isTrue();
  }

  @Test
  void aTenMegabyteFieldIsReadOrRejectedWithoutStoppingTheRest() {
    String huge = "9".repeat(10 * 1024 * 1024);
    String longText = "x".repeat(10 * 1024 * 1024);
    String file = HEADER
        + "facebook,2025-03-04 09:30,photo,no," + huge + ",20,,,,\n"
        + "facebook,2025-03-04 09:30,photo,no,10,20,,\"" + longText + "\",,\n"
        + "facebook,2025-03-04 09:30,photo,no,11,20,,,,\n";
    CsvResult<PerformanceRecord> read = read(file);
    assertThat(read.values()).hasSize(2);
    assertThat(read.values().get(0).campaign().orElseThrow()).hasSize(10 * 1024 * 1024);
    RejectedRow r = read.report().rejected().get(0);
    assertThat(r.reason().code()).isEqualTo(CsvFindings.CSV_NOT_A_COUNT);
    assertThat(r.value().orElseThrow()).hasSize(RejectedRow.MAX_VALUE_LENGTH).endsWith("…");
  }

  @Test
  void mixedEncodingsRejectTheUndecodableRowAndByteOrderMarksChooseTheEncoding() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(HEADER.getBytes(StandardCharsets.UTF_8));
    bytes.write("facebook,2025-03-04 09:30,photo,no,10,20,café,,,\n".getBytes(StandardCharsets.UTF_8));
    bytes.write("facebook,2025-03-04 09:30,photo,no,11,20,café,,,\n".getBytes(StandardCharsets.ISO_8859_1));
    CsvResult<PerformanceRecord> read =
        PerformanceCsv.read(new ByteArrayInputStream(bytes.toByteArray()), MAPPING);
    assertThat(read.values()).extracting(p -> p.account().orElseThrow()).containsExactly("café");
    RejectedRow bad = read.report().rejected().get(0);
    assertThat(bad.line()).isEqualTo(3);
    assertThat(bad.column()).hasValue("account");
    assertThat(bad.reason().code()).isEqualTo(CsvFindings.CSV_BAD_ENCODING);

    ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
    utf16.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    utf16.write((HEADER + "instagram,2025-03-04 09:30,photo,no,7,8,台灣,,,\n")
        .getBytes(StandardCharsets.UTF_16LE));
    CsvResult<PerformanceRecord> wide =
        PerformanceCsv.read(new ByteArrayInputStream(utf16.toByteArray()), MAPPING);
    assertThat(wide.report().isClean()).as("%s", wide.report().rejected()).isTrue();
    assertThat(wide.values().get(0).account()).hasValue("台灣");
  }

  @Test
  void streamsIntoColumnsAndReadsFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("export.csv");
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 1000; i++) {
      sb.append("facebook,2025-03-04 09:30,photo,no,").append(i).append(",20,,,,\n");
    }
    Files.writeString(file, "\uFEFF" + sb, StandardCharsets.UTF_8);
    PerformanceColumns.Builder columns = PerformanceColumns.builder();
    CsvReport report = PerformanceCsv.forEach(file, MAPPING, columns::add);
    assertThat(report.rowsAccepted()).isEqualTo(1000);
    assertThat(columns.build().summary().sum(Measure.REACH)).isEqualTo(999L * 1000 / 2);
    assertThat(PerformanceCsv.read(file, MAPPING).values()).hasSize(1000);
  }
}
