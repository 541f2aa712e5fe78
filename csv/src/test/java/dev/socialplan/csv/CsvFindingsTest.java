package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.validation.FindingCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The codes, both bundles and docs/csv.md stay in step. */
class CsvFindingsTest {
  @Test
  void everyCodeHasAMessageAndAHintInBothLanguagesAndIsDocumented() throws IOException {
    ResourceBundle en = ResourceBundle.getBundle("dev.socialplan.csv.messages", Locale.ROOT);
    ResourceBundle zh =
        ResourceBundle.getBundle("dev.socialplan.csv.messages", Locale.TRADITIONAL_CHINESE);
    String docs = Files.readString(Path.of("..", "docs", "csv.md"), StandardCharsets.UTF_8);
    assertThat(CsvFindings.all()).hasSize(11).doesNotHaveDuplicates();
    for (FindingCode code : CsvFindings.all()) {
      for (String key : new String[] {code.name() + ".message", code.name() + ".hint"}) {
        assertThat(en.getString(key)).as(key).isNotBlank();
        assertThat(zh.getString(key)).as(key).isNotBlank().isNotEqualTo(en.getString(key));
      }
      assertThat(docs).as("docs/csv.md lists %s", code.name()).contains("`" + code.name() + "`");
    }
    assertThat(en.keySet()).hasSize(2 * CsvFindings.all().size());
    assertThat(zh.keySet()).hasSize(2 * CsvFindings.all().size());
  }
}
