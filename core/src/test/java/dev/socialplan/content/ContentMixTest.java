package dev.socialplan.content;

import static dev.socialplan.content.PostPurpose.EDUCATE;
import static dev.socialplan.content.PostPurpose.ENTERTAIN;
import static dev.socialplan.content.PostPurpose.INFORM;
import static dev.socialplan.content.PostPurpose.PROMOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ContentMixTest {
  /** Eight value posts and two promotions: exactly 80/20. */
  private static final List<PostPurpose> ON_TARGET =
      List.of(INFORM, EDUCATE, ENTERTAIN, PROMOTE, INFORM, EDUCATE, ENTERTAIN, INFORM, PROMOTE, EDUCATE);
  /** Six value posts and four promotions: 40 % promotion, twenty points over. */
  private static final List<PostPurpose> TOO_PROMOTIONAL =
      List.of(PROMOTE, INFORM, PROMOTE, EDUCATE, PROMOTE, ENTERTAIN, PROMOTE, INFORM, EDUCATE, INFORM);
  private static final ContentMix CUSTOM =
      ContentMix.ofPurposes(
          "education first", Map.of(EDUCATE, 0.4, ENTERTAIN, 0.3, INFORM, 0.2, PROMOTE, 0.1));
  private static final Instant MONDAY_9AM = Instant.parse("2027-03-01T09:00:00Z");

  @Test
  void eightyTwentyIsTheDefault() {
    assertThat(ContentMix.defaultMix()).isSameAs(ContentMix.EIGHTY_TWENTY);
    assertThat(ContentMix.EIGHTY_TWENTY.name()).isEqualTo("80/20");
    assertThat(ContentMix.EIGHTY_TWENTY.slices())
        .extracting(MixSlice::name, MixSlice::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inform, educate, entertain", 0.8),
            org.assertj.core.groups.Tuple.tuple("promote", 0.2));
    assertThat(ContentMix.EIGHTY_TWENTY.tolerance()).isEqualTo(0.10);
    assertThat(ContentMix.EIGHTY_TWENTY.sliceOf(ContentKind.of(PROMOTE, ContentSource.CURATED)).name())
        .isEqualTo("promote");
  }

  @Test
  void ruleOfThirdsAnd532TargetSources() {
    assertThat(ContentMix.RULE_OF_THIRDS.slices())
        .extracting(MixSlice::name)
        .containsExactly("own", "curated", "personal");
    assertThat(ContentMix.RULE_OF_THIRDS.slices()).allMatch(s -> Math.abs(s.share() - 1.0 / 3) < 1e-12);
    assertThat(ContentMix.FIVE_THREE_TWO.slices())
        .extracting(MixSlice::name, MixSlice::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("curated", 0.5),
            org.assertj.core.groups.Tuple.tuple("own", 0.3),
            org.assertj.core.groups.Tuple.tuple("personal", 0.2));
    assertThat(ContentMix.FIVE_THREE_TWO.sliceOf(ContentKind.of(PROMOTE)).name()).isEqualTo("own");
  }

  @Test
  void evaluatesTheArticles8020() {
    MixEvaluation onTarget = ContentMix.EIGHTY_TWENTY.evaluatePurposes(ON_TARGET);
    assertThat(onTarget.isWithinTolerance()).isTrue();
    assertThat(onTarget.totalPosts()).isEqualTo(10);
    assertThat(onTarget.share("promote").orElseThrow().count()).isEqualTo(2);

    MixEvaluation over = ContentMix.EIGHTY_TWENTY.evaluatePurposes(TOO_PROMOTIONAL);
    assertThat(over.isWithinTolerance()).isFalse();
    assertThat(over.offTarget()).extracting(s -> s.slice().name())
        .containsExactly("inform, educate, entertain", "promote");
    assertThat(over.share("promote").orElseThrow().deviation().getAsDouble())
        .isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aShareOnTheToleranceEdgeIsWithin() {
    // 3 of 10 promotional: 30 % against 20 %, exactly the default ten points.
    Map<PostPurpose, Long> counts = new EnumMap<>(PostPurpose.class);
    counts.put(INFORM, 7L);
    counts.put(PROMOTE, 3L);
    assertThat(ContentMix.EIGHTY_TWENTY.evaluatePurposeCounts(counts).isWithinTolerance()).isTrue();
    assertThat(
            ContentMix.EIGHTY_TWENTY
                .withTolerance(0.05)
                .evaluatePurposeCounts(counts)
                .isWithinTolerance())
        .isFalse();
  }

  @Test
  void evaluatesSourcesForTheRuleOfThirds() {
    List<ContentKind> week =
        List.of(
            ContentKind.of(PROMOTE),
            ContentKind.of(EDUCATE, ContentSource.CURATED),
            ContentKind.of(ENTERTAIN, ContentSource.PERSONAL),
            ContentKind.of(INFORM),
            ContentKind.of(INFORM, ContentSource.CURATED),
            ContentKind.of(ENTERTAIN, ContentSource.PERSONAL));
    assertThat(ContentMix.RULE_OF_THIRDS.evaluate(week).isWithinTolerance()).isTrue();
    // Every post is the brand's own: two thirds too many.
    assertThat(ContentMix.RULE_OF_THIRDS.evaluatePurposes(ON_TARGET).offTarget())
        .extracting(s -> s.slice().name())
        .containsExactly("own", "curated", "personal");
  }

  @Test
  void evaluatesCountsPerKind() {
    Map<ContentKind, Long> counts =
        Map.of(
            ContentKind.of(INFORM, ContentSource.CURATED), 5L,
            ContentKind.of(EDUCATE), 3L,
            ContentKind.of(ENTERTAIN, ContentSource.PERSONAL), 2L);
    MixEvaluation e = ContentMix.FIVE_THREE_TWO.evaluate(counts);
    assertThat(e.isWithinTolerance()).isTrue();
    assertThat(e.shares()).extracting(SliceShare::count).containsExactly(5L, 3L, 2L);
  }

  @Test
  void noPostsAreWithinTolerance() {
    MixEvaluation none = ContentMix.EIGHTY_TWENTY.evaluatePurposes(List.of());
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.isWithinTolerance()).isTrue();
    assertThat(none.shares()).allMatch(s -> !s.actual().isDefined());
  }

  @Test
  void customMixesOverPurposesOrSources() {
    assertThat(CUSTOM.slices()).extracting(MixSlice::name)
        .containsExactly("inform", "educate", "entertain", "promote");
    assertThat(CUSTOM.sliceOf(ContentKind.of(EDUCATE)).share()).isEqualTo(0.4);
    ContentMix halfCurated =
        ContentMix.ofSources(
            "half curated",
            Map.of(ContentSource.CURATED, 0.5, ContentSource.ORIGINAL, 0.4, ContentSource.PERSONAL, 0.1));
    assertThat(halfCurated.sliceOf(ContentKind.of(PROMOTE)).share()).isEqualTo(0.4);
  }

  @Test
  void refusesMixesThatDoNotPartitionThePosts() {
    assertThatThrownBy(() -> ContentMix.ofPurposes("no promotion", Map.of(INFORM, 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shares must give every purpose a share: no EDUCATE");
    assertThatThrownBy(
            () ->
                ContentMix.builder()
                    .name("overlap")
                    .addSlices(
                        MixSlice.ofPurposes("all", 0.5, EnumSet.allOf(PostPurpose.class)),
                        MixSlice.ofSources("own", 0.5, EnumSet.of(ContentSource.ORIGINAL)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "every kind of post must be in exactly one slice of mix \"overlap\": INFORM ORIGINAL"
                + " posts are in [all, own]");
    assertThatThrownBy(
            () ->
                ContentMix.builder()
                    .name("gap")
                    .addSlices(MixSlice.ofPurposes("promote", 1.0, EnumSet.of(PROMOTE)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("INFORM ORIGINAL posts are in none");
  }

  @Test
  void refusesSharesThatDoNotAddUpOrDuplicateNames() {
    assertThatThrownBy(
            () -> ContentMix.ofPurposes("90", Map.of(INFORM, 0.3, EDUCATE, 0.3, ENTERTAIN, 0.2, PROMOTE, 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slice shares of mix \"90\" must add up to 1: 0.9");
    assertThatThrownBy(
            () ->
                ContentMix.builder()
                    .name("twins")
                    .addSlices(
                        MixSlice.ofPurposes("x", 0.5, EnumSet.of(PROMOTE)),
                        MixSlice.ofPurposes("x", 0.5, EnumSet.of(INFORM, EDUCATE, ENTERTAIN)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slice names of mix \"twins\" must be unique: \"x\"");
    assertThatThrownBy(() -> ContentMix.builder().name("empty").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slices of mix \"empty\" must not be empty");
    assertThatThrownBy(() -> ContentMix.EIGHTY_TWENTY.withTolerance(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must be between 0 and 1: -0.1");
  }

  @Test
  void findsEveryOffTargetWindowOfTenPosts() {
    // 10 on-target posts, then 10 too promotional: windows ending at 9 are fine, and a window is off
    // as soon as it holds more than three promotions.
    List<PostPurpose> posts = new ArrayList<>(ON_TARGET);
    posts.addAll(TOO_PROMOTIONAL);
    List<MixWindow> off =
        ContentMix.EIGHTY_TWENTY.offTargetWindows(posts, ContentKind::of, 10);
    List<Integer> expected = new ArrayList<>();
    for (int k = 9; k < posts.size(); k++) {
      long promos = posts.subList(k - 9, k + 1).stream().filter(p -> p == PROMOTE).count();
      if (promos > 3 || promos < 1) {
        expected.add(k);
      }
    }
    assertThat(expected).isNotEmpty().doesNotContain(9);
    assertThat(off).extracting(MixWindow::last).containsExactlyElementsOf(expected);
    MixWindow last = off.get(off.size() - 1);
    assertThat(last.first()).isEqualTo(10);
    assertThat(last.size()).isEqualTo(10);
    assertThat(last.evaluation()).isEqualTo(ContentMix.EIGHTY_TWENTY.evaluatePurposes(TOO_PROMOTIONAL));
  }

  @Test
  void sequencesShorterThanTheWindowHaveNoWindow() {
    assertThat(
            ContentMix.EIGHTY_TWENTY.offTargetWindows(
                Collections.nCopies(9, PROMOTE), ContentKind::of, 10))
        .isEmpty();
    assertThat(
            ContentMix.EIGHTY_TWENTY.offTargetWindows(
                Collections.nCopies(10, PROMOTE), ContentKind::of, 10))
        .hasSize(1);
  }

  @Test
  void findsOffTargetTimeWindows() {
    // One post a day; days 0-6 hold one promotion, days 7-13 hold five.
    List<PostPurpose> purposes =
        List.of(
            INFORM, EDUCATE, PROMOTE, ENTERTAIN, INFORM, EDUCATE, ENTERTAIN,
            PROMOTE, PROMOTE, INFORM, PROMOTE, PROMOTE, EDUCATE, PROMOTE);
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d < purposes.size(); d++) {
      days.add(d);
    }
    Function<Integer, Instant> time = d -> MONDAY_9AM.plus(Duration.ofDays(d));
    List<MixWindow> off =
        ContentMix.EIGHTY_TWENTY.offTargetWindows(
            days, d -> ContentKind.of(purposes.get(d)), time, Duration.ofDays(7), 7);
    // Window ending at day k holds days k-6..k; the first full week (0-6) has 1/7 = 14 % promotion.
    assertThat(off).extracting(MixWindow::first).allMatch(f -> f >= 1);
    assertThat(off).extracting(MixWindow::size).containsOnly(7);
    assertThat(off.get(off.size() - 1).last()).isEqualTo(13);
    assertThat(off.get(off.size() - 1).tally().count(ContentMix.EIGHTY_TWENTY.slices().get(1)))
        .isEqualTo(5);
    assertThat(off).extracting(MixWindow::last).doesNotContain(6);
  }

  @Test
  void aSteadyRhythmIsOffTargetOnlyWhereItBreaks() {
    // One post a day, one promotion in every five until the last two days.
    List<PostPurpose> purposes =
        List.of(
            PROMOTE, INFORM, EDUCATE, ENTERTAIN, INFORM,
            PROMOTE, INFORM, EDUCATE, ENTERTAIN, INFORM,
            PROMOTE, PROMOTE);
    List<Integer> days = new ArrayList<>();
    for (int d = 0; d < purposes.size(); d++) {
      days.add(d);
    }
    List<MixWindow> off =
        ContentMix.EIGHTY_TWENTY.offTargetWindows(
            days,
            d -> ContentKind.of(purposes.get(d)),
            d -> MONDAY_9AM.plus(Duration.ofDays(d)),
            Duration.ofDays(5),
            5);
    // Every five-day window holds one promotion (20 %) except days 7-11, which hold two (40 %).
    assertThat(off).extracting(MixWindow::first).containsExactly(7);
    assertThat(off).extracting(MixWindow::last).containsExactly(11);
  }

  @Test
  void refusesUnorderedPostsAndBadWindows() {
    List<Instant> times = List.of(MONDAY_9AM, MONDAY_9AM.minusSeconds(1));
    assertThatThrownBy(
            () ->
                ContentMix.EIGHTY_TWENTY.offTargetWindows(
                    times, t -> ContentKind.of(INFORM), t -> t, Duration.ofDays(1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "posts must be in time order: posts[1] at 2027-03-01T08:59:59Z is before posts[0] at"
                + " 2027-03-01T09:00:00Z");
    assertThatThrownBy(() -> ContentMix.EIGHTY_TWENTY.offTargetWindows(ON_TARGET, ContentKind::of, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("windowSize must be at least 1: 0");
    assertThatThrownBy(
            () ->
                ContentMix.EIGHTY_TWENTY.offTargetWindows(
                    times, t -> ContentKind.of(INFORM), t -> t, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be positive: PT0S");
    assertThatThrownBy(
            () -> ContentMix.EIGHTY_TWENTY.offTargetWindows(List.of(1), p -> null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind of posts[0] must not be null");
  }

  @Test
  void exposesSliceIndexAndTheToleranceTestForSchedulers() {
    ContentMix mix = ContentMix.FIVE_THREE_TWO;
    assertThat(mix.sliceIndex(ContentKind.of(PROMOTE, ContentSource.CURATED))).isZero();
    assertThat(mix.sliceIndex(ContentKind.of(PROMOTE))).isEqualTo(1);
    assertThat(mix.sliceIndex(ContentKind.of(INFORM, ContentSource.PERSONAL))).isEqualTo(2);
    // personal: target 20 %, tolerance ten points: 1..3 of 10 posts
    assertThat(mix.isWithinTolerance(2, 0, 10)).isFalse();
    assertThat(mix.isWithinTolerance(2, 1, 10)).isTrue();
    assertThat(mix.isWithinTolerance(2, 3, 10)).isTrue();
    assertThat(mix.isWithinTolerance(2, 4, 10)).isFalse();
    assertThat(mix.isWithinTolerance(2, 0, 0)).isTrue();
    assertThatThrownBy(() -> mix.isWithinTolerance(3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sliceIndex must be between 0 and 2: 3");
    assertThatThrownBy(() -> mix.isWithinTolerance(0, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must not exceed total (1): 2");
  }

  @Test
  void equalByValue() {
    ContentMix same =
        ContentMix.builder()
            .name("80/20")
            .addAllSlices(ContentMix.EIGHTY_TWENTY.slices())
            .build();
    assertThat(same).isEqualTo(ContentMix.EIGHTY_TWENTY).hasSameHashCodeAs(ContentMix.EIGHTY_TWENTY);
    assertThat(same.withTolerance(0.05)).isNotEqualTo(ContentMix.EIGHTY_TWENTY);
    assertThat(same.toString()).contains("80/20", "promote");
  }
}
