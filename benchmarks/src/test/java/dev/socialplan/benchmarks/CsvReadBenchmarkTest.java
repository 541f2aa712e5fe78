package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.csv.CsvReport;
import dev.socialplan.csv.PerformanceCsv;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The benchmark's file reads cleanly, every row a record, the same rows FastCSV parses. */
class CsvReadBenchmarkTest {
  @Test
  void everyRowOfTheGeneratedFileBecomesARecord() {
    CsvReadBenchmark.File file = new CsvReadBenchmark.File();
    file.rows = 5_000;
    file.setUp();
    List<PerformanceRecord> records = new ArrayList<>();
    CsvReport report =
        PerformanceCsv.forEach(new ByteArrayInputStream(file.bytes), CsvReadBenchmark.MAPPING, records::add);
    assertThat(report.rejected()).isEmpty();
    assertThat(records).hasSize(5_000);
    assertThat(records.get(0).account()).isPresent();
    assertThat(records.stream().filter(r -> r.impressions().orElse(0) >= 1000)).isNotEmpty();
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    new CsvReadBenchmark().fastCsvRaw(file, bh);
    assertThat(new CsvReadBenchmark().mapped(file, bh).rowsAccepted()).isEqualTo(5_000);
  }
}
