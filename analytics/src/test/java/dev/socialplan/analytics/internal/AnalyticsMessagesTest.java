package dev.socialplan.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.metric.MetricKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the analytics message bundles complete: the same keys in English and Traditional Chinese,
 * the same arguments in both, every Chinese text translated, every key used by the code and every
 * key the code builds present.
 */
class AnalyticsMessagesTest {
  private static final Properties ENGLISH = load("messages.properties");
  private static final Properties CHINESE = load("messages_zh_TW.properties");

  /** Key families the code builds from a name: {@code "status." + status.name()}. */
  private static final List<String> BUILT_FAMILIES = List.of("metric.", "status.title.", "status.");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(CHINESE.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
  }

  @Test
  void bothLanguagesUseTheSameArguments() {
    for (String key : ENGLISH.stringPropertyNames()) {
      assertThat(arguments(CHINESE.getProperty(key)))
          .as(key)
          .isEqualTo(arguments(ENGLISH.getProperty(key)));
    }
  }

  @Test
  void everyChineseTextIsTranslated() {
    for (String key : ENGLISH.stringPropertyNames()) {
      String english = ENGLISH.getProperty(key);
      String chinese = CHINESE.getProperty(key);
      if (isLanguageNeutral(english)) {
        continue;
      }
      assertThat(chinese).as(key).isNotEqualTo(english);
      assertThat(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
              == Character.UnicodeScript.HAN))
          .as(key + ": " + chinese)
          .isTrue();
    }
  }

  @Test
  void everyKeyTheCodeBuildsIsPresent() {
    for (MetricKind metric : MetricKind.wellKnown()) {
      assertThat(ENGLISH).as(metric.id()).containsKey("metric." + metric.id());
    }
    for (ProgressStatus status : ProgressStatus.values()) {
      assertThat(ENGLISH).containsKey("status." + status.name());
      assertThat(ENGLISH).containsKey("status.title." + status.name());
    }
  }

  @Test
  void everyKeyIsUsedByTheCode() throws IOException {
    Set<String> literals = keyLiteralsInMainSources();
    List<String> unused = new ArrayList<>();
    for (String key : new TreeSet<>(ENGLISH.stringPropertyNames())) {
      boolean built = BUILT_FAMILIES.stream().anyMatch(key::startsWith);
      if (!built && !literals.contains(key)) {
        unused.add(key);
      }
    }
    assertThat(unused).isEmpty();
    Set<String> missing = new TreeSet<>(literals);
    missing.removeAll(ENGLISH.stringPropertyNames());
    assertThat(missing).as("keys used in the code but absent from the bundle").isEmpty();
  }

  /** Only arguments and punctuation, such as {@code "{0}{1}"} or {@code ": {0}"}. */
  private static boolean isLanguageNeutral(String pattern) {
    return pattern.replaceAll("\\{[^}]*}", "").codePoints().noneMatch(Character::isLetter);
  }

  /**
   * The number of arguments a pattern takes (the languages may format them differently: English
   * has a plural choice that Chinese does not need).
   */
  private static int arguments(String pattern) {
    return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
  }

  private static Set<String> keyLiteralsInMainSources() throws IOException {
    Pattern literal = Pattern.compile("Text\\.of\\(\\s*\"([A-Za-z0-9.\\-]+)\"\\s*[,)]");
    Pattern ternary = Pattern.compile("\\?\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.\\-]+)\"\\s*:\\s*\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.\\-]+)\"");
    Set<String> keys = new TreeSet<>();
    Path root = Path.of("src/main/java/dev/socialplan/analytics");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
    }
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Matcher m = literal.matcher(text);
      while (m.find()) {
        keys.add(m.group(1));
      }
      Matcher t = ternary.matcher(text);
      while (t.find()) {
        keys.add(t.group(1));
        keys.add(t.group(2));
      }
      if (source.endsWith("Text.java")) {
        keys.add("list.separator");
        keys.add("list.lastSeparator");
      }
    }
    return keys;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Text.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(name, e);
    }
    return properties;
  }
}
