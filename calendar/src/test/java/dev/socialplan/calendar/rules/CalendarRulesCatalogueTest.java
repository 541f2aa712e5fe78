package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.validation.FindingCode;
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
 * Keeps the calendar's code registry ({@code CalendarRules.standard().codes()}), its two message
 * bundles and the calendar section of {@code docs/rules.md} in step, and its codes apart
 * from socialplan-core's. Run with {@code -Dsocialplan.updateRulesDoc=true} to regenerate the
 * section.
 */
class CalendarRulesCatalogueTest {
  private static final String BEGIN = "<!-- BEGIN GENERATED: socialplan-calendar -->\n";
  private static final String END = "<!-- END GENERATED: socialplan-calendar -->";
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.TAIWAN);
  private static final Pattern CODE_KEY = Pattern.compile("([A-Z][A-Z0-9_]*)\\.(message|hint)");

  private static Path rulesDoc() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("docs")
        .resolve("rules.md");
  }

  private static Set<String> registry() {
    return CalendarRules.standard().codes().stream()
        .map(FindingCode::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/dev/socialplan/calendar/rules/messages" + suffix + ".properties";
    try (InputStream in = CalendarRules.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyCodeIsInTheCalendarBundleAndStartsWithCalendar() {
    assertThat(CalendarRules.standard().codes()).hasSize(32);
    for (FindingCode code : CalendarRules.standard().codes()) {
      assertThat(code.bundle()).as(code.name()).contains(CalendarRules.BUNDLE);
      assertThat(code.name()).startsWith("CALENDAR_");
    }
  }

  @Test
  void noCodeClashesWithCore() {
    Set<String> core =
        PlanRules.standard().codes().stream().map(FindingCode::name).collect(Collectors.toSet());
    assertThat(registry()).doesNotContainAnyElementsOf(core);
    // The two rule sets compose into one without a clash.
    assertThat(PlanRules.standard().codes()).isNotEmpty();
  }

  @Test
  void bothBundlesHaveAMessageAndAHintForExactlyTheRegisteredCodes() throws IOException {
    for (String suffix : List.of("", "_zh_TW")) {
      Properties p = bundle(suffix);
      Set<String> messages = new TreeSet<>();
      Set<String> hints = new TreeSet<>();
      for (String key : p.stringPropertyNames()) {
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
    for (FindingCode code : CalendarRules.standard().codes()) {
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
      assertThat(zh.getProperty(FindingCode.hintKey(code)))
          .as(code)
          .isNotEqualTo(en.getProperty(FindingCode.hintKey(code)));
    }
  }

  @Test
  void everyRegisteredCodeIsDocumentedInTheCalendarSectionAndNothingElse() throws IOException {
    String doc = section(readDoc());
    Matcher heading = Pattern.compile("(?m)^### ([A-Z][A-Z0-9_]*)$").matcher(doc);
    Set<String> documented = new TreeSet<>();
    while (heading.find()) {
      documented.add(heading.group(1));
    }
    assertThat(documented).isEqualTo(registry());
  }

  @Test
  void generatedSectionOfTheCatalogueIsUpToDate() throws IOException {
    assertThat(section(readDoc()))
        .as("docs/rules.md is out of date: run with -Dsocialplan.updateRulesDoc=true")
        .isEqualTo(RuleCatalogue.markdown(CalendarRules.standard(), LANGUAGES));
  }

  private static String section(String doc) {
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertThat(begin).as("marker %s in %s", BEGIN.strip(), rulesDoc()).isNotNegative();
    assertThat(end).as("marker %s in %s", END, rulesDoc()).isGreaterThan(begin);
    return doc.substring(begin + BEGIN.length(), end);
  }

  /** Reads docs/rules.md, first regenerating the calendar section when asked to. */
  private static synchronized String readDoc() throws IOException {
    Path path = rulesDoc();
    String doc = Files.readString(path, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    if (Boolean.getBoolean("socialplan.updateRulesDoc") && begin >= 0 && end > begin) {
      String updated =
          doc.substring(0, begin + BEGIN.length())
              + RuleCatalogue.markdown(CalendarRules.standard(), LANGUAGES)
              + doc.substring(end);
      if (!updated.equals(doc)) {
        Files.writeString(path, updated, StandardCharsets.UTF_8);
      }
      return updated;
    }
    return doc;
  }
}
