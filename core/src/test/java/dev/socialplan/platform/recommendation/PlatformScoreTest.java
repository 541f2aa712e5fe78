package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Generation;
import dev.socialplan.audience.Persona;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlatformScoreTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();
  private static final PlatformRanking RANKING =
      PlatformRecommender.standard()
          .recommend(
              RecommendationRequest.of(Audience.of(MOTHERS), DATE)
                  .withProductTraits(ProductTrait.VISUAL));

  private static PlatformScore of(Platform p) {
    return RANKING.score(p).orElseThrow();
  }

  @Test
  void exposesEveryPartOfTheScore() {
    PlatformScore instagram = of(Platform.INSTAGRAM);
    assertThat(instagram.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(instagram.rank()).isEqualTo(1);
    assertThat(instagram.isRecommended()).isTrue();
    assertThat(instagram.reachEstimate().personas()).hasSize(1);
    assertThat(instagram.reach()).isEqualTo(instagram.reachEstimate().reach());
    assertThat(instagram.priorities()).isEqualTo(PlatformRecommender.standard().priorities(RANKING.request()));
    assertThat(instagram.matchedStrengths())
        .containsExactly(Strength.VISUAL, Strength.SHORT_VIDEO);
    assertThat(instagram.missingStrengths()).containsExactly(Strength.TRENDS);
    assertThat(instagram.score())
        .isEqualTo(instagram.reach().orElseThrow().valueOr(0) * (0.2 + 0.8 * instagram.fit()));
    assertThat(instagram)
        .hasToString(
            "1. Instagram "
                + instagram.score()
                + " RECOMMENDED (reach "
                + instagram.reach().orElseThrow().valueOr(0)
                + ", fit "
                + instagram.fit()
                + ")");
  }

  @Test
  void explainsEachVerdict() {
    assertThat(of(Platform.INSTAGRAM).explain(Locale.ENGLISH)).contains("Recommended: rank 1.");
    assertThat(of(Platform.BLUESKY).explain(Locale.ENGLISH))
        .contains("Not recommended: it reaches 4% of the audience, less than the minimum of 20%.");
    assertThat(of(Platform.LINKEDIN).verdict()).isEqualTo(PlatformVerdict.FAR_BELOW_BEST);
    assertThat(of(Platform.LINKEDIN).explain(Locale.ENGLISH))
        .contains("Not recommended: its score is less than 50% of the best score, 0.")
        .contains("(Instagram).");
    assertThat(of(Platform.MASTODON).explain(Locale.ENGLISH))
        .startsWith("Mastodon: score 0; the catalog has no reach figures for this platform.\n")
        .contains("Not recommended: nothing is known about who uses it.")
        .doesNotContain("Reach of");
    assertThat(of(Platform.MASTODON).explain(Locale.TAIWAN)).contains("無從得知哪些人使用此平台");
  }

  @Test
  void explainsTheReachOfThePopulationAndTheAssumptions() {
    PlatformRanking general =
        PlatformRecommender.standard()
            .recommend(
                RecommendationRequest.of(
                    Audience.of(Persona.of("Anyone")).plus(Persona.of("Someone"), 0), DATE));
    String text = general.score(Platform.YOUTUBE).orElseThrow().explain(Locale.ENGLISH);
    assertThat(text)
        .startsWith("YouTube: score 0.84 = reach 84%; nothing asks for particular strengths")
        .contains("Reach of Anyone (weight 100%, ages unknown, 50% women): 84%.")
        .contains("No age range: the share of all adults of this gender mix is used.")
        .contains("No share of women and men: taken as half women.")
        .contains("Reach figures: Pew Research Center");
    PlatformRanking population =
        PlatformRecommender.standard().recommend(RecommendationRequest.of(Audience.empty(), DATE));
    assertThat(population.score(Platform.YOUTUBE).orElseThrow().explain(Locale.TAIWAN))
        .contains("觸及率：所有受訪成年人的 84%（受眾中沒有任何角色）。");
  }

  @Test
  void bothBundlesHaveTheSameKeysAndEveryLabel() throws IOException {
    Properties en = bundle("");
    Properties zh = bundle("_zh_TW");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    List<String> labels = new ArrayList<>();
    for (Strength s : Strength.values()) {
      labels.add("strength." + s.name());
    }
    for (Objective o : Objective.values()) {
      labels.add("reason.GOAL." + o.name());
    }
    for (BusinessModel m : BusinessModel.values()) {
      labels.add("reason.BUSINESS_MODEL." + m.name());
    }
    for (ProductTrait t : ProductTrait.values()) {
      labels.add("reason.PRODUCT_TRAIT." + t.name());
    }
    for (Generation g : Generation.values()) {
      labels.add("reason.GENERATION." + g.name());
    }
    for (ReachAssumption a : ReachAssumption.values()) {
      labels.add("assumption." + a.name());
    }
    for (PlatformVerdict v : PlatformVerdict.values()) {
      labels.add("verdict." + v.name());
    }
    assertThat(en.stringPropertyNames()).containsAll(labels);
    for (String key : en.stringPropertyNames()) {
      if (!key.equals("separator")) {
        assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
      }
    }
  }

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    String name = "/dev/socialplan/platform/recommendation/explanations" + suffix + ".properties";
    try (InputStream in = PlatformScore.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void equalScoresAreEqual() {
    PlatformRanking again =
        PlatformRecommender.standard().recommend(RANKING.request());
    assertThat(again.score(Platform.TIKTOK).orElseThrow())
        .isEqualTo(of(Platform.TIKTOK))
        .hasSameHashCodeAs(of(Platform.TIKTOK))
        .isNotEqualTo(of(Platform.INSTAGRAM))
        .isNotEqualTo(of(Platform.TIKTOK).toString())
        .doesNotHaveSameHashCodeAs(of(Platform.INSTAGRAM));
    new EqualsTester()
        .addEqualityGroup(again.score(Platform.TIKTOK).orElseThrow(), of(Platform.TIKTOK))
        .addEqualityGroup(of(Platform.INSTAGRAM))
        .testEquals();
  }
}
