package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.RuleCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code registry ({@code PlanRules.standard().codes()}), both message bundles and
 * {@code docs/rules.md} in step. Run with {@code -Dsocialplan.updateRulesDoc=true} to
 * regenerate the catalogue section of the document.
 */
class PlanRulesCatalogueTest {
  private static final String BEGIN = "<!-- BEGIN GENERATED: socialplan-core -->\n";
  private static final String END = "<!-- END GENERATED: socialplan-core -->";
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.TAIWAN);
  private static final Pattern CODE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)\\.(message|hint)");
  private static final Set<String> LABEL_PREFIXES = Set.of("report.", "severity.", "step.", "smart.");

  private static Path rulesDoc() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("docs")
        .resolve("rules.md");
  }

  private static Set<String> registry() {
    return PlanRules.standard().codes().stream()
        .map(FindingCode::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/dev/socialplan/validation/messages" + suffix + ".properties";
    try (InputStream in = MessageBundle.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyCodeIsInTheCoreBundle() {
    for (FindingCode code : PlanRules.standard().codes()) {
      assertThat(code.bundle()).as(code.name()).contains(MessageBundle.CORE);
    }
  }

  @Test
  void bothBundlesHaveAMessageAndAHintForExactlyTheRegisteredCodes() throws IOException {
    for (String suffix : List.of("", "_zh_TW")) {
      Properties p = bundle(suffix);
      Set<String> messages = new TreeSet<>();
      Set<String> hints = new TreeSet<>();
      for (String key : p.stringPropertyNames()) {
        if (LABEL_PREFIXES.stream().anyMatch(key::startsWith)) {
          continue;
        }
        Matcher m = CODE_KEY.matcher(key);
        assertThat(m.matches()).as("unexpected key %s in messages%s", key, suffix).isTrue();
        assertThat(p.getProperty(key)).as(key + suffix).isNotBlank();
        (m.group(2).equals("message") ? messages : hints).add(m.group(1));
      }
      assertThat(messages).as("messages%s", suffix).isEqualTo(registry());
      assertThat(hints).as("hints%s", suffix).isEqualTo(registry());
    }
  }

  @Test
  void translationsReferOnlyToArgumentsTheFindingsCarry() {
    for (FindingCode code : PlanRules.standard().codes()) {
      // A literal code over the translated texts parses them like the bundle's own.
      FindingCode translated =
          FindingCode.literal(
              code.name(),
              code.severity(),
              code.step(),
              code.messagePattern(Locale.TAIWAN),
              code.hintPattern(Locale.TAIWAN));
      assertThat(code.argumentNames())
          .as("arguments of %s's Traditional Chinese texts", code.name())
          .containsAll(translated.argumentNames());
    }
  }

  @Test
  void translationsAreNotLeftInEnglish() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh_TW");
    for (String code : registry()) {
      assertThat(zh.getProperty(FindingCode.messageKey(code)))
          .as(code)
          .isNotEqualTo(en.getProperty(FindingCode.messageKey(code)));
    }
  }

  @Test
  void everyRegisteredCodeIsDocumentedAndNothingElse() throws IOException {
    // Only the core section: other modules (the calendar) document their codes in sections of
    // their own, kept in step by their own catalogue tests.
    String whole = readDoc();
    String doc = whole.substring(Math.max(0, whole.indexOf(BEGIN)), Math.max(0, whole.indexOf(END)));
    Matcher heading = Pattern.compile("(?m)^### ([A-Z][A-Z0-9_]*)$").matcher(doc);
    Set<String> documented = new TreeSet<>();
    while (heading.find()) {
      documented.add(heading.group(1));
    }
    assertThat(documented).isEqualTo(registry());
  }

  @Test
  void generatedSectionOfTheCatalogueIsUpToDate() throws IOException {
    String doc = readDoc();
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("marker %s in %s", BEGIN.strip(), rulesDoc()).isNotNegative();
    assertThat(end).as("marker %s in %s", END, rulesDoc()).isGreaterThan(begin);
    assertThat(doc.substring(begin + BEGIN.length(), end))
        .as("docs/rules.md is out of date: run with -Dsocialplan.updateRulesDoc=true")
        .isEqualTo(RuleCatalogue.markdown(PlanRules.standard(), LANGUAGES));
  }

  /**
   * Reads docs/rules.md, first regenerating its core section when asked to, so that every test of
   * this class sees the regenerated text whatever order they run in.
   */
  private static synchronized String readDoc() throws IOException {
    Path path = rulesDoc();
    String doc = Files.readString(path, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    if (Boolean.getBoolean("socialplan.updateRulesDoc") && begin >= 0 && end > begin) {
      String updated =
          doc.substring(0, begin + BEGIN.length())
              + RuleCatalogue.markdown(PlanRules.standard(), LANGUAGES)
              + doc.substring(end);
      if (!updated.equals(doc)) {
        Files.writeString(path, updated, StandardCharsets.UTF_8);
      }
      return updated;
    }
    return doc;
  }
}
