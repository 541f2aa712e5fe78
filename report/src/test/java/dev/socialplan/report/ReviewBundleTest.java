package dev.socialplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.experiment.VerdictKind;
import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.analytics.timing.FallbackReason;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.MixScope;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.goal.Objective;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.recommendation.PlatformVerdict;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Traditional Chinese bundles say the same things, and the pages use them. */
class ReviewBundleTest {
  private static final Map<String, Class<? extends Enum<?>>> ENUMS =
      Map.ofEntries(
          Map.entry("progressStatus", ProgressStatus.class),
          Map.entry("verdictKind", VerdictKind.class),
          Map.entry("fallback", FallbackReason.class),
          Map.entry("budgetCategory", BudgetCategory.class),
          Map.entry("postStatus", PostStatus.class),
          Map.entry("mixScope", MixScope.class),
          Map.entry("purpose", PostPurpose.class),
          Map.entry("objective", Objective.class),
          Map.entry("businessModel", BusinessModel.class),
          Map.entry("format", PostFormat.class),
          Map.entry("platformVerdict", PlatformVerdict.class));

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReviewBundleTest.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(pattern);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties en = load("review.properties");
    Properties zh = load("review_zh_TW.properties");
    Set<String> enKeys = new TreeSet<>(en.stringPropertyNames());
    Set<String> zhKeys = new TreeSet<>(zh.stringPropertyNames());
    zhKeys.removeIf(k -> k.startsWith("metric."));
    assertThat(zhKeys).isEqualTo(enKeys);
    for (String key : enKeys) {
      assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
      assertThat(en.getProperty(key)).as("%s: write an apostrophe as ’", key).doesNotContain("'");
    }
  }

  @Test
  void everyConstantShownHasALabel() throws IOException {
    Properties en = load("review.properties");
    ENUMS.forEach(
        (prefix, type) -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            assertThat(en.getProperty(prefix + "." + constant.name())).as(prefix + "." + constant.name()).isNotBlank();
          }
        });
    Properties zh = load("review_zh_TW.properties");
    for (MetricKind kind : MetricKind.wellKnown()) {
      assertThat(zh.getProperty("metric." + kind.id())).as("metric." + kind.id()).isNotBlank();
    }
  }

  /**
   * No English label reaches the Chinese page: every fixed English text of the bundle (those
   * without placeholders, and differing from their translation) is absent from every sample's
   * Chinese page.
   */
  @Test
  void theChinesePageCarriesNoEnglishLabel() throws IOException {
    Properties en = load("review.properties");
    Properties zh = load("review_zh_TW.properties");
    for (SamplePlan sample : SamplePlans.all()) {
      String html = SampleReviews.of(sample).toHtml(Locale.TAIWAN);
      for (String key : en.stringPropertyNames()) {
        String english = en.getProperty(key);
        if (english.length() >= 6 && !english.contains("{") && !english.equals(zh.getProperty(key))) {
          assertThat(html).as("%s in %s", key, sample.name()).doesNotContain(">" + english + "<");
        }
      }
      assertThat(html).contains("lang=\"zh-TW\"").doesNotContain("Plan review");
    }
  }
}
