package dev.socialplan.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.csv.CsvReport;
import dev.socialplan.csv.DateTimeStyle;
import dev.socialplan.csv.PerformanceCsv;
import dev.socialplan.csv.PerformanceMapping;
import dev.socialplan.platform.PostFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 13: reading an export of {@code rows} posts (1,000,000 by default) from the same UTF-8 bytes
 * two ways, in the same run:
 *
 * <ul>
 *   <li>{@link #fastCsvRaw}: FastCSV's own parse into {@code CsvRecord}s, nothing else: the floor;
 *   <li>{@link #mapped}: {@link PerformanceCsv#forEach} through a declared {@link
 *       PerformanceMapping}: every row parsed, checked and built into a {@code PerformanceRecord}.
 * </ul>
 *
 * <p>The file: 14 columns a Facebook or X export would have (post id, account, platform, local
 * time, type, seven counts with thousands separators now and then, engaged users, hashtags), about
 * 110 bytes a row, a value missing one time in ten. Target: mapped ≤ 2 × raw.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CsvRead -f 1 -wi 3 -i 5}; figures in
 * {@code docs/performance.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CsvReadBenchmark {

  static final String HEADER =
      "post_id,account,platform,time,type,impressions,reach,reactions,comments,shares,clicks,"
          + "link_clicks,engaged_users,hashtags\n";

  static final PerformanceMapping MAPPING =
      PerformanceMapping.builder()
          .postId("post_id")
          .account("account")
          .platform("platform")
          .publishedAt("time", DateTimeStyle.standard(ZoneId.of("America/New_York")))
          .format("type", Map.of("photo", PostFormat.IMAGE, "status", PostFormat.TEXT,
              "link", PostFormat.LINK, "video", PostFormat.VIDEO))
          .purpose(PostPurpose.INFORM)
          .count("impressions", Measure.IMPRESSIONS)
          .count("reach", Measure.REACH)
          .count("reactions", Measure.REACTIONS)
          .count("comments", Measure.COMMENTS)
          .count("shares", Measure.SHARES)
          .count("clicks", Measure.CLICKS)
          .count("link_clicks", Measure.LINK_CLICKS)
          .count("engaged_users", Measure.ENGAGED_USERS)
          .hashtags("hashtags")
          .build();

  /** Generates the file's bytes, the same for every run. */
  static byte[] file(int rows) {
    SplittableRandom random = new SplittableRandom(13);
    StringBuilder sb = new StringBuilder(rows * 120).append(HEADER);
    List<String> platforms = List.of("facebook", "instagram", "x");
    List<String> types = List.of("photo", "status", "link", "video");
    List<String> tags = List.of("", "#sale", "#glow #skincare", "#new");
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < rows; i++) {
      sb.append(1_000_000_000L + i).append(',')
          .append("acct").append(random.nextInt(50)).append(',')
          .append(platforms.get(random.nextInt(3))).append(',')
          .append(time.format(Instant.ofEpochSecond(start + random.nextLong(365L * 86_400))
              .atZone(ZoneId.of("America/New_York")).toLocalDateTime())).append(',')
          .append(types.get(random.nextInt(4)));
      for (int c = 0; c < 8; c++) {
        sb.append(',');
        if (random.nextInt(10) > 0) {
          int v = random.nextInt(c == 0 ? 2_000_000 : 20_000);
          // Now and then with a thousands separator, quoted as spreadsheets write it.
          sb.append(v >= 1000 && random.nextInt(4) == 0
              ? "\"" + String.format(java.util.Locale.ROOT, "%,d", v) + "\""
              : Integer.toString(v));
        }
      }
      sb.append(',').append(tags.get(random.nextInt(4))).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The file, in memory. */
  @State(Scope.Benchmark)
  public static class File {
    /** How many rows. */
    @Param({"1000000"})
    public int rows;

    byte[] bytes;

    /** Generates the bytes. */
    @Setup
    public void setUp() {
      bytes = file(rows);
    }
  }

  /**
   * FastCSV's parse of the same bytes into records, the floor.
   *
   * @param file the bytes
   * @param bh consumes every record
   */
  @Benchmark
  public void fastCsvRaw(File file, Blackhole bh) {
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(file.bytes), StandardCharsets.UTF_8)) {
      for (CsvRecord r : reader) {
        bh.consume(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The mapped read: every row into a performance record.
   *
   * @param file the bytes
   * @param bh consumes every record
   * @return the report
   */
  @Benchmark
  public CsvReport mapped(File file, Blackhole bh) {
    return PerformanceCsv.forEach(new ByteArrayInputStream(file.bytes), MAPPING, bh::consume);
  }
}
