package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every example in {@code docs/json.md} marked {@code <!-- golden: name -->} is exactly the golden
 * document of that name, which other tests check against what the codec writes.
 */
class DocsExamplesTest {

  private static final Pattern EXAMPLE =
      Pattern.compile("<!-- golden: ([a-z0-9-]+\\.json) -->\\n```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyMarkedExampleIsAGoldenDocument() throws IOException {
    String docs =
        Files.readString(Paths.get("..", "docs", "json.md"), StandardCharsets.UTF_8);
    Matcher m = EXAMPLE.matcher(docs);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(GoldenDocumentsTest.golden(m.group(1)));
    }
    assertThat(names).contains("minimal-plan.json", "performance-records.json");
  }

  @Test
  void theGoldenDirectoryHoldsOnlyDocumentsTheTestsKnow() throws IOException {
    Path dir = Paths.get("src", "test", "resources", "dev", "socialplan", "json", "golden");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(name -> name.endsWith(".json"));
    }
  }
}
