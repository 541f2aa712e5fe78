package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Records written by {@link CsvExport#writeRecords} read back equal through the socialplan mapping. */
class CsvRoundTripPropertiesTest {

  @Test
  void recordsRoundTripWithMissingValuesAndHostileText() {
    qt().withExamples(300)
        .forAll(SourceDSL.lists().of(PerformanceGenerators.recordsWithHostileText()).ofSizeBetween(0, 20))
        .checkAssert(records -> {
          StringWriter out = new StringWriter();
          CsvExport.writeRecords(records, out);
          for (String line : out.toString().split("\r\n")) {
            for (String cell : line.split(",")) {
              String c = cell.startsWith("\"") ? cell.substring(1) : cell;
              assertThat(c).as("a cell a spreadsheet would run").doesNotStartWith("=")
                  .doesNotStartWith("+").doesNotStartWith("@");
            }
          }
          CsvResult<PerformanceRecord> back =
              PerformanceCsv.read(new StringReader(out.toString()), PerformanceMapping.socialplan());
          assertThat(back.report().rejected()).isEmpty();
          assertThat(back.values()).isEqualTo(records);
        });
  }
}
