package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Generation;
import dev.socialplan.audience.Persona;
import dev.socialplan.goal.Objective;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.Strength;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The strategy guide's advice on choosing platforms (step 3 and trend 1), each shown to come out of
 * the catalog's data through the one formula, and the formula's parts.
 */
class PlatformRecommenderTest {
  private static final PlatformRecommender STANDARD = PlatformRecommender.standard();
  private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

  /** The strategy guide's persona: single mothers in their 20s (Gen Z on 1 January 2026). */
  private static final Persona SINGLE_MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();

  private static final Persona WOMEN_OVER_50 =
      Persona.builder()
          .name("Women over 50")
          .ageRange(AgeRange.of(50, 80))
          .genderMix(GenderMix.allWomen())
          .build();

  private static final Persona WOMEN_18_64 =
      Persona.builder()
          .name("Women 18-64")
          .ageRange(AgeRange.of(18, 64))
          .genderMix(GenderMix.allWomen())
          .build();

  private static final Persona MEN_18_64 =
      Persona.builder()
          .name("Men 18-64")
          .ageRange(AgeRange.of(18, 64))
          .genderMix(GenderMix.allMen())
          .build();

  private static final Persona PROFESSIONALS =
      Persona.builder()
          .name("Operations managers")
          .ageRange(AgeRange.of(25, 55))
          .genderMix(GenderMix.womenAndMen(0.5))
          .build();

  /** Born 1997 to 2007 on 1 January 2026: Generation Z. */
  private static final Persona GEN_Z =
      Persona.builder()
          .name("Gen Z students")
          .ageRange(AgeRange.of(18, 28))
          .genderMix(GenderMix.womenAndMen(0.5))
          .build();

  private static final Persona BOOMERS =
      Persona.builder()
          .name("Retirees")
          .ageRange(AgeRange.of(62, 79))
          .genderMix(GenderMix.womenAndMen(0.5))
          .build();

  private static RecommendationRequest audience(Persona persona) {
    return RecommendationRequest.of(Audience.of(persona), JAN_2026);
  }

  private static PlatformScore score(PlatformRanking ranking, Platform platform) {
    return ranking.score(platform).orElseThrow();
  }

  private static int rank(PlatformRanking ranking, Platform platform) {
    return ranking.rank(platform).orElseThrow();
  }

  @Test
  void womenOver50AreNotRecommendedSnapchat() {
    PlatformRanking ranking = STANDARD.recommend(audience(WOMEN_OVER_50));
    PlatformScore snapchat = score(ranking, Platform.SNAPCHAT);
    // (15 x 0.13 + 16 x 0.04) / 31 x 0.28 / 0.25
    assertThat(snapchat.reach().orElseThrow().valueOr(0))
        .isCloseTo((15 * 0.13 + 16 * 0.04) / 31 * 0.28 / 0.25, within(1e-12));
    assertThat(snapchat.verdict()).isEqualTo(PlatformVerdict.LOW_REACH);
    assertThat(ranking.recommended())
        .extracting(PlatformScore::platform)
        .contains(Platform.FACEBOOK, Platform.YOUTUBE)
        .doesNotContain(Platform.SNAPCHAT);
    // The same data recommend Snapchat to the strategy guide's young mothers.
    assertThat(score(STANDARD.recommend(audience(SINGLE_MOTHERS)), Platform.SNAPCHAT).reach())
        .hasValueSatisfying(r -> assertThat(r.valueOr(0)).isGreaterThan(0.6));
  }

  @Test
  void anAllMaleAudienceRanksPinterestLowest() {
    PlatformRanking men = STANDARD.recommend(audience(MEN_18_64));
    PlatformRanking women = STANDARD.recommend(audience(WOMEN_18_64));
    PlatformScore pinterest = score(men, Platform.PINTEREST);
    assertThat(pinterest.isRecommended()).isFalse();
    // Below every platform whose survey reports men and women separately.
    for (PlatformScore other : men.scores()) {
      boolean fullCells =
          PlatformCatalog.standard()
              .profile(other.platform())
              .flatMap(PlatformProfile::reach)
              .map(r -> r.hasAllCells())
              .orElse(false);
      if (fullCells && !other.platform().equals(Platform.PINTEREST)) {
        assertThat(other.rank()).as(other.platform().id()).isLessThan(pinterest.rank());
      }
    }
    assertThat(rank(women, Platform.PINTEREST)).isLessThan(rank(men, Platform.PINTEREST));
    assertThat(score(women, Platform.PINTEREST).reach().orElseThrow().valueOr(0))
        .isGreaterThan(2.5 * pinterest.reach().orElseThrow().valueOr(0));
  }

  @Test
  void customerServiceGoalsRaiseX() {
    RecommendationRequest plain = audience(SINGLE_MOTHERS);
    PlatformRanking before = STANDARD.recommend(plain);
    PlatformRanking after = STANDARD.recommend(plain.withObjectives(Objective.CUSTOMER_SERVICE));
    assertThat(rank(after, Platform.X)).isLessThan(rank(before, Platform.X));
    assertThat(score(after, Platform.X).score()).isGreaterThan(score(before, Platform.X).score());
    assertThat(score(after, Platform.X).matchedStrengths()).contains(Strength.CUSTOMER_SERVICE);
    // For a general audience whose only priority is customer service, X comes first.
    PlatformRanking general =
        STANDARD.recommend(
            RecommendationRequest.builder()
                .referenceDate(JAN_2026)
                .addObjectives(Objective.CUSTOMER_SERVICE)
                .build());
    assertThat(general.best().orElseThrow().platform()).isEqualTo(Platform.X);
  }

  @Test
  void aVisualProductRaisesInstagram() {
    RecommendationRequest plain = audience(PROFESSIONALS);
    PlatformRanking before = STANDARD.recommend(plain);
    PlatformRanking after = STANDARD.recommend(plain.withProductTraits(ProductTrait.VISUAL));
    assertThat(rank(after, Platform.INSTAGRAM)).isLessThan(rank(before, Platform.INSTAGRAM));
    assertThat(after.best().orElseThrow().platform()).isEqualTo(Platform.INSTAGRAM);
  }

  @Test
  void b2bPutsLinkedInFirst() {
    RecommendationRequest b2c = audience(PROFESSIONALS).withBusinessModel(BusinessModel.B2C);
    RecommendationRequest b2b = b2c.withBusinessModel(BusinessModel.B2B);
    assertThat(rank(STANDARD.recommend(b2c), Platform.LINKEDIN)).isGreaterThan(3);
    PlatformRanking ranking = STANDARD.recommend(b2b);
    assertThat(ranking.best().orElseThrow().platform()).isEqualTo(Platform.LINKEDIN);
    assertThat(score(ranking, Platform.LINKEDIN).matchedStrengths()).containsExactly(Strength.B2B);
  }

  @Test
  void genZPutsTikTokFirstAndBoomersDoNot() {
    PlatformRanking genZ = STANDARD.recommend(audience(GEN_Z));
    PlatformRanking boomers = STANDARD.recommend(audience(BOOMERS));
    assertThat(genZ.best().orElseThrow().platform()).isEqualTo(Platform.TIKTOK);
    assertThat(score(genZ, Platform.TIKTOK).matchedStrengths())
        .containsExactly(Strength.SHORT_VIDEO, Strength.TRENDS);
    assertThat(score(boomers, Platform.TIKTOK).isRecommended()).isFalse();
    assertThat(rank(boomers, Platform.TIKTOK)).isGreaterThan(5);
  }

  @Test
  void scoreIsReachTimesFloorPlusFit() {
    // The strategy guide's persona and one customer-service goal. The persona's birth years are mostly
    // Generation Z (share g), which asks for short video and trends: the goal weighs 1, the
    // generations g, and the weights are divided by 1 + g.
    RecommendationRequest request =
        audience(SINGLE_MOTHERS).withObjectives(Objective.CUSTOMER_SERVICE);
    double g =
        SINGLE_MOTHERS.generations(JAN_2026).orElseThrow().share(Generation.GEN_Z).valueOr(0);
    assertThat(g).isBetween(0.85, 0.95);
    List<Priority> priorities = STANDARD.priorities(request);
    assertThat(priorities)
        .extracting(Priority::strength)
        .containsExactly(Strength.CUSTOMER_SERVICE, Strength.SHORT_VIDEO, Strength.TRENDS);
    assertThat(priorities.get(0).weight()).isCloseTo(1 / (1 + g), within(1e-12));
    assertThat(priorities.get(1).weight()).isCloseTo(g / 2 / (1 + g), within(1e-12));
    assertThat(priorities.get(1).reasons())
        .containsExactly(
            new PriorityReason(PrioritySource.GENERATION, "GEN_Z", priorities.get(1).weight()));
    PlatformRanking ranking = STANDARD.recommend(request);
    PlatformScore tiktok = score(ranking, Platform.TIKTOK);
    double reach = 0.63 * 0.42 / 0.37;
    assertThat(tiktok.reach().orElseThrow().valueOr(0)).isCloseTo(reach, within(1e-12));
    assertThat(tiktok.fit()).isCloseTo(g / (1 + g), within(1e-12));
    assertThat(tiktok.score()).isCloseTo(reach * (0.2 + 0.8 * g / (1 + g)), within(1e-12));
    PlatformScore instagram = score(ranking, Platform.INSTAGRAM);
    assertThat(instagram.fit()).isCloseTo(g / 2 / (1 + g), within(1e-12));
    assertThat(instagram.score())
        .isCloseTo(0.80 * 0.55 / 0.50 * (0.2 + 0.8 * g / 2 / (1 + g)), within(1e-12));
    assertThat(instagram.missingStrengths())
        .containsExactly(Strength.CUSTOMER_SERVICE, Strength.TRENDS);
    assertThat(score(ranking, Platform.X).matchedStrengths())
        .containsExactly(Strength.CUSTOMER_SERVICE);
  }

  @Test
  void prioritiesSpreadEachSourceEvenly() {
    // Two goals (1/2 each), B2B (1), two traits (1/2 each); no personas, so no generation.
    RecommendationRequest request =
        RecommendationRequest.builder()
            .referenceDate(JAN_2026)
            .addObjectives(Objective.CUSTOMER_SERVICE, Objective.AWARENESS)
            .businessModel(BusinessModel.B2B)
            .addProductTraits(ProductTrait.VISUAL, ProductTrait.DEMONSTRATED)
            .build();
    List<Priority> priorities = STANDARD.priorities(request);
    // Masses: B2B 1, customer service 0.5, broad reach 0.25, short video 0.25, visual 0.5,
    // live 0.25, long video 0.25; total 3.
    assertThat(priorities)
        .extracting(Priority::strength)
        .containsExactly(
            Strength.B2B,
            Strength.VISUAL,
            Strength.CUSTOMER_SERVICE,
            Strength.SHORT_VIDEO,
            Strength.LIVE,
            Strength.LONG_VIDEO,
            Strength.BROAD_REACH);
    assertThat(priorities.get(0).weight()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(priorities.get(6).weight()).isCloseTo(0.25 / 3, within(1e-12));
    assertThat(priorities.stream().mapToDouble(Priority::weight).sum()).isCloseTo(1, within(1e-12));
    assertThat(priorities.get(1).reasons())
        .containsExactly(new PriorityReason(PrioritySource.PRODUCT_TRAIT, "VISUAL", 0.5 / 3));
    // The same objective twice weighs twice, in one reason.
    List<Priority> twice =
        STANDARD.priorities(
            request.withObjectives(
                Objective.CUSTOMER_SERVICE, Objective.CUSTOMER_SERVICE, Objective.TRAFFIC));
    assertThat(twice.stream().filter(p -> p.strength() == Strength.CUSTOMER_SERVICE))
        .singleElement()
        .satisfies(p -> assertThat(p.reasons()).hasSize(1))
        .satisfies(p -> assertThat(p.weight()).isCloseTo((2.0 / 3) / 3, within(1e-12)));
  }

  @Test
  void reasonsOfAPriorityAreHeaviestFirst() {
    // Two goals: awareness gives short video 1/2 x 1/2; the Gen Z persona gives it 1/2.
    RecommendationRequest request =
        audience(GEN_Z).withObjectives(Objective.AWARENESS, Objective.CUSTOMER_SERVICE);
    Priority shortVideo =
        STANDARD.priorities(request).stream()
            .filter(p -> p.strength() == Strength.SHORT_VIDEO)
            .findFirst()
            .orElseThrow();
    assertThat(shortVideo.reasons())
        .extracting(PriorityReason::source)
        .containsExactly(PrioritySource.GENERATION, PrioritySource.GOAL);
    assertThat(shortVideo.reasons().get(0).weight())
        .isEqualTo(2 * shortVideo.reasons().get(1).weight());
  }

  @Test
  void aPersonaWeighingNothingGivesNoReason() {
    PlatformRecommender genZWatchesShortVideo =
        STANDARD.withPriorities(
            PriorityTable.empty()
                .withObjective(Objective.AWARENESS, List.of(Strength.SHORT_VIDEO))
                .withGeneration(Generation.GEN_Z, List.of(Strength.SHORT_VIDEO)));
    RecommendationRequest request =
        RecommendationRequest.of(
                Audience.builder().add(GEN_Z, 0).add(BOOMERS, 1).build(), JAN_2026)
            .withObjectives(Objective.AWARENESS);
    assertThat(genZWatchesShortVideo.priorities(request))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.reasons())
                    .containsExactly(new PriorityReason(PrioritySource.GOAL, "AWARENESS", 1.0)));
  }

  @Test
  void tiesAreRankedByIdWhateverTheCatalogOrder() {
    PlatformCatalog standard = PlatformCatalog.standard();
    PlatformCatalog mastodonFirst =
        PlatformCatalog.of(
            List.of(
                standard.profile(Platform.MASTODON).orElseThrow(),
                standard.profile(Platform.GOOGLE_BUSINESS_PROFILE).orElseThrow()));
    assertThat(STANDARD.withCatalog(mastodonFirst).recommend(audience(SINGLE_MOTHERS)).platforms())
        .containsExactly(Platform.GOOGLE_BUSINESS_PROFILE, Platform.MASTODON);
  }

  @Test
  void theThresholdsAreInclusive() {
    RecommendationRequest request = audience(SINGLE_MOTHERS);
    PlatformScore x = score(STANDARD.recommend(request), Platform.X);
    double reachOfX = x.reach().orElseThrow().valueOr(0);
    // A reach exactly at the minimum is enough.
    PlatformRanking atMinimum =
        STANDARD.withMinimumReach(reachOfX).withRelativeCutoff(0).recommend(request);
    assertThat(score(atMinimum, Platform.X).verdict()).isEqualTo(PlatformVerdict.RECOMMENDED);
    // A cutoff of the whole best score still recommends the best.
    PlatformRanking onlyTheBest =
        STANDARD.withMinimumReach(0).withRelativeCutoff(1).recommend(request);
    assertThat(onlyTheBest.best().orElseThrow().verdict()).isEqualTo(PlatformVerdict.RECOMMENDED);
    assertThat(onlyTheBest.scores().get(1).verdict()).isEqualTo(PlatformVerdict.FAR_BELOW_BEST);
  }

  @Test
  void everyCatalogPlatformAppearsOnceInScoreOrderWithTiesById() {
    PlatformRanking ranking = STANDARD.recommend(audience(SINGLE_MOTHERS));
    assertThat(ranking.platforms())
        .containsExactlyInAnyOrderElementsOf(PlatformCatalog.standard().platforms());
    for (int i = 1; i < ranking.scores().size(); i++) {
      PlatformScore previous = ranking.scores().get(i - 1);
      PlatformScore next = ranking.scores().get(i);
      assertThat(next.rank()).isEqualTo(i + 1);
      assertThat(previous.score()).isGreaterThanOrEqualTo(next.score());
      if (previous.score() == next.score()) {
        assertThat(previous.platform().id()).isLessThan(next.platform().id());
      }
    }
    // Google Business Profile and Mastodon have no reach figures: 0, by id.
    List<PlatformScore> last = ranking.scores().subList(ranking.scores().size() - 2, 14);
    assertThat(last)
        .extracting(PlatformScore::platform)
        .containsExactly(Platform.GOOGLE_BUSINESS_PROFILE, Platform.MASTODON);
    assertThat(last).allSatisfy(s -> assertThat(s.verdict()).isEqualTo(PlatformVerdict.NO_REACH_DATA));
  }

  @Test
  void theVerdictFollowsTheThresholds() {
    PlatformRanking ranking = STANDARD.recommend(audience(SINGLE_MOTHERS));
    PlatformScore best = ranking.best().orElseThrow();
    assertThat(best.verdict()).isEqualTo(PlatformVerdict.RECOMMENDED);
    for (PlatformScore s : ranking.scores()) {
      if (s.reach().isPresent() && s.reach().get().valueOr(0) >= 0.2) {
        assertThat(s.verdict())
            .as(s.platform().id())
            .isEqualTo(
                s.score() >= 0.5 * best.score() ? PlatformVerdict.RECOMMENDED : PlatformVerdict.FAR_BELOW_BEST);
      }
    }
    PlatformRanking lenient =
        STANDARD.withMinimumReach(0).withRelativeCutoff(0).recommend(audience(WOMEN_OVER_50));
    assertThat(score(lenient, Platform.SNAPCHAT).isRecommended()).isTrue();
  }

  @Test
  void theFloorWeighsFitAgainstReach() {
    RecommendationRequest request =
        audience(SINGLE_MOTHERS).withObjectives(Objective.CUSTOMER_SERVICE);
    PlatformRanking reachOnly = STANDARD.withFitFloor(1).recommend(request);
    assertThat(score(reachOnly, Platform.X).score())
        .isEqualTo(score(reachOnly, Platform.X).reach().orElseThrow().valueOr(0));
    PlatformRanking fitOnly = STANDARD.withFitFloor(0).recommend(request);
    assertThat(score(fitOnly, Platform.LINKEDIN).score()).isZero();
    assertThatThrownBy(() -> STANDARD.withFitFloor(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("floor");
  }

  @Test
  void anotherCatalogAndTableAreUsed() {
    PlatformProfile xNoService =
        PlatformCatalog.standard().profile(Platform.X).orElseThrow().withStrengths(List.of());
    PlatformRecommender custom =
        STANDARD.withCatalog(PlatformCatalog.standard().with(xNoService));
    RecommendationRequest request =
        RecommendationRequest.builder()
            .referenceDate(JAN_2026)
            .addObjectives(Objective.CUSTOMER_SERVICE)
            .build();
    assertThat(custom.recommend(request).best().orElseThrow().platform())
        .isNotEqualTo(Platform.X);
    PlatformRecommender noPriorities = STANDARD.withPriorities(PriorityTable.empty());
    assertThat(noPriorities.priorities(request)).isEmpty();
    assertThat(noPriorities.recommend(request).best().orElseThrow().platform())
        .isEqualTo(Platform.YOUTUBE);
    assertThat(STANDARD.withCatalog(PlatformCatalog.empty()).recommend(request).scores()).isEmpty();
  }

  @Test
  void explainsInEnglishAndTraditionalChinese() {
    PlatformRanking ranking =
        STANDARD.recommend(audience(WOMEN_OVER_50).withObjectives(Objective.CUSTOMER_SERVICE));
    String english = score(ranking, Platform.SNAPCHAT).explain(Locale.ENGLISH);
    assertThat(english)
        .startsWith("Snapchat: score 0.02 = reach 9% × (0.2 + 0.8 × fit 0.00).")
        .contains("Not recommended: it reaches 9% of the audience, less than the minimum of 20%.")
        .contains("Reach of Women over 50 (weight 100%, ages 50–80, 100% women): 9%.")
        .contains("It has none of the strengths asked for.")
        .contains("Strengths it lacks: customer service (100%, for a customer service goal).");
    String chinese = score(ranking, Platform.X).explain(Locale.TAIWAN);
    assertThat(chinese)
        .contains("具備的優勢：客戶服務（100%，因為客戶服務目標）。")
        .contains("Women over 50 的觸及率（權重 100%，年齡 50–80，女性 100%）");
    assertThat(ranking.explain(Locale.ENGLISH).split("\n\n")).hasSize(14);
  }

  @Test
  void parametersAndToString() {
    assertThat(STANDARD.fitFloor()).isEqualTo(PlatformRecommender.DEFAULT_FIT_FLOOR);
    assertThat(STANDARD.minimumReach()).isEqualTo(0.2);
    assertThat(STANDARD.relativeCutoff()).isEqualTo(0.5);
    assertThat(STANDARD.catalog()).isEqualTo(PlatformCatalog.standard());
    assertThat(STANDARD.priorityTable()).isEqualTo(PriorityTable.standard());
    assertThat(STANDARD)
        .hasToString(
            "PlatformRecommender[14 platforms, floor 0.2, minimum reach 0.2, cutoff 0.5]");
  }
}
