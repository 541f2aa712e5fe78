package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.metric.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fact of the platform reference (the sourced facts of StandardCatalog, collected 2026-11) is in the catalog. */
class StandardCatalogTest {
  private static final LocalDate CHECKED = LocalDate.of(2026, 11, 1);

  /**
   * The factories of the standard profiles, by platform in catalog order. The tests build each
   * profile afresh instead of reading {@link PlatformCatalog#standard()}, which is built once when
   * the class loads, so that they run the code that states each fact (and mutation testing, which
   * swaps code into classes already loaded, sees it).
   */
  private static final Map<Platform, Supplier<PlatformProfile>> FACTORIES = new LinkedHashMap<>();

  static {
    FACTORIES.put(Platform.X, StandardCatalog::x);
    FACTORIES.put(Platform.INSTAGRAM, StandardCatalog::instagram);
    FACTORIES.put(Platform.FACEBOOK, StandardCatalog::facebook);
    FACTORIES.put(Platform.LINKEDIN, StandardCatalog::linkedin);
    FACTORIES.put(Platform.TIKTOK, StandardCatalog::tiktok);
    FACTORIES.put(Platform.YOUTUBE, StandardCatalog::youtube);
    FACTORIES.put(Platform.PINTEREST, StandardCatalog::pinterest);
    FACTORIES.put(Platform.THREADS, StandardCatalog::threads);
    FACTORIES.put(Platform.BLUESKY, StandardCatalog::bluesky);
    FACTORIES.put(Platform.SNAPCHAT, StandardCatalog::snapchat);
    FACTORIES.put(Platform.GOOGLE_BUSINESS_PROFILE, StandardCatalog::googleBusinessProfile);
    FACTORIES.put(Platform.MASTODON, StandardCatalog::mastodon);
    FACTORIES.put(Platform.WHATSAPP, StandardCatalog::whatsapp);
    FACTORIES.put(Platform.REDDIT, StandardCatalog::reddit);
  }

  private static List<PlatformProfile> built() {
    return FACTORIES.values().stream()
        .map(Supplier::get)
        .map(PostAnatomyFacts::apply)
        .collect(Collectors.toList());
  }

  private static PlatformProfile profile(Platform platform) {
    PlatformProfile profile = PostAnatomyFacts.apply(FACTORIES.get(platform).get());
    assertThat(profile.platform()).isEqualTo(platform);
    return profile;
  }

  private static FormatLimits limits(Platform platform, PostFormat format) {
    return profile(platform).limits(format).orElseThrow();
  }

  @Test
  void theStandardCatalogIsWhatTheFactoriesBuild() {
    assertThat(PlatformCatalog.standard()).isEqualTo(PlatformCatalog.of(built()));
    assertThat(PlatformCatalog.standard().profiles()).containsExactlyElementsOf(built());
  }

  @Test
  void everyProfileIsDatedAndSourced() {
    for (PlatformProfile p : built()) {
      assertThat(p.checkedOn()).as(p.platform().id()).isEqualTo(CHECKED);
      assertThat(p.sources()).as(p.platform().id()).isNotEmpty();
    }
  }

  // ---- Alt text, first comments, threads ----

  @Test
  void altTextLimitsAreSourcedForXMastodonAndBlueskyOnly() {
    for (PostFormat f : profile(Platform.X).supportedFormats()) {
      assertThat(limits(Platform.X, f).textLimits(TextField.ALT_TEXT))
          .containsExactly(TextLimit.altText(1_000, TextCounting.UTF16_CODE_UNITS));
    }
    assertThat(limits(Platform.MASTODON, PostFormat.IMAGE).textLimits(TextField.ALT_TEXT))
        .containsExactly(TextLimit.altText(1_500, TextCounting.CODE_POINTS));
    assertThat(limits(Platform.BLUESKY, PostFormat.IMAGE).textLimits(TextField.ALT_TEXT))
        .containsExactly(TextLimit.altText(2_000, TextCounting.UTF16_CODE_UNITS));
    for (Platform p : List.of(Platform.THREADS, Platform.INSTAGRAM, Platform.FACEBOOK, Platform.LINKEDIN)) {
      for (PostFormat f : profile(p).supportedFormats()) {
        assertThat(limits(p, f).textLimits(TextField.ALT_TEXT)).as(p + " " + f).isEmpty();
      }
    }
    assertThat(profile(Platform.X).sources()).contains(PostAnatomyFacts.X_ALT_TEXT);
  }

  @Test
  void firstCommentsAreAllowedWhereSourcedAndRefusedOnInstagramStoriesAndLive() {
    assertThat(limits(Platform.INSTAGRAM, PostFormat.IMAGE).firstCommentAllowed()).contains(true);
    assertThat(limits(Platform.INSTAGRAM, PostFormat.CAROUSEL).textLimits(TextField.FIRST_COMMENT))
        .containsExactly(TextLimit.firstComment(2_200, TextCounting.UTF16_CODE_UNITS));
    assertThat(limits(Platform.INSTAGRAM, PostFormat.STORY).firstCommentAllowed()).contains(false);
    assertThat(limits(Platform.INSTAGRAM, PostFormat.LIVE).firstCommentAllowed()).contains(false);
    assertThat(limits(Platform.FACEBOOK, PostFormat.IMAGE).textLimits(TextField.FIRST_COMMENT))
        .containsExactly(TextLimit.firstComment(8_000, TextCounting.UTF16_CODE_UNITS));
    assertThat(limits(Platform.FACEBOOK, PostFormat.LIVE).firstCommentAllowed()).isEmpty();
    assertThat(limits(Platform.LINKEDIN, PostFormat.TEXT).firstCommentAllowed()).contains(true);
    assertThat(limits(Platform.LINKEDIN, PostFormat.TEXT).textLimits(TextField.FIRST_COMMENT)).isEmpty();
    assertThat(limits(Platform.X, PostFormat.TEXT).firstCommentAllowed()).isEmpty();
  }

  @Test
  void threadsArePublishedOnXThreadsBlueskyAndMastodonWithoutAStatedPartCount() {
    for (PlatformProfile p : built()) {
      boolean threads =
          List.of(Platform.X, Platform.THREADS, Platform.BLUESKY, Platform.MASTODON)
              .contains(p.platform());
      for (FormatLimits limits : p.formats().values()) {
        assertThat(limits.threadsAllowed()).as(p.platform().id()).isEqualTo(threads);
        assertThat(limits.maxThreadParts()).as(p.platform().id()).isEmpty();
      }
    }
  }

  // ---- Text, hashtags, media, video ----

  @Test
  void x() {
    FormatLimits text = limits(Platform.X, PostFormat.TEXT);
    assertThat(text.bodyLimit()).contains(TextLimit.body(280, TextCounting.X_WEIGHTED));
    assertThat(text.maxHashtags()).isEmpty();
    assertThat(text.notes()).anyMatch(n -> n.contains("25,000"));
    FormatLimits image = limits(Platform.X, PostFormat.IMAGE);
    assertThat(image.maxMediaItems()).hasValue(4);
    assertThat(image.mixedMediaAllowed()).contains(false);
    FormatLimits video = limits(Platform.X, PostFormat.VIDEO);
    assertThat(video.maxMediaItems()).hasValue(1);
    assertThat(video.maxVideoDuration()).contains(Duration.ofSeconds(140));
    assertThat(video.aspectRatios()).containsExactly(AspectRatio.LANDSCAPE_16_9);
    assertThat(video.acceptsAspectRatio(AspectRatio.of(2.39, 1))).isTrue();
    assertThat(video.acceptsAspectRatio(AspectRatio.of(1, 2.39))).isTrue();
    assertThat(video.acceptsAspectRatio(AspectRatio.of(2.4, 1))).isFalse();
    assertThat(profile(Platform.X).sources().get(0))
        .isEqualTo(Source.primary("docs.x.com, \"Counting characters\""));
  }

  @Test
  void instagramFeed() {
    FormatLimits image = limits(Platform.INSTAGRAM, PostFormat.IMAGE);
    assertThat(image.bodyLimit()).contains(TextLimit.body(2_200, TextCounting.UTF16_CODE_UNITS));
    assertThat(image.maxHashtags()).hasValue(5);
    assertThat(image.notes()).anyMatch(n -> n.contains("19 Dec 2025") && n.contains("30"));
    assertThat(image.aspectRatios())
        .containsExactly(AspectRatio.PORTRAIT_4_5, AspectRatio.SQUARE, AspectRatio.of(1.91, 1));
    assertThat(image.acceptsAspectRatio(AspectRatio.parse("1080x1350"))).isTrue();
    FormatLimits carousel = limits(Platform.INSTAGRAM, PostFormat.CAROUSEL);
    assertThat(carousel.maxMediaItems()).hasValue(10);
    assertThat(carousel.notes()).anyMatch(n -> n.contains("20"));
    assertThat(profile(Platform.INSTAGRAM).sources()).extracting(Source::kind)
        .contains(SourceKind.PRIMARY, SourceKind.SECONDARY);
  }

  @Test
  void instagramReelsAndStories() {
    FormatLimits reels = limits(Platform.INSTAGRAM, PostFormat.SHORT_VIDEO);
    assertThat(reels.bodyLimit()).contains(TextLimit.body(2_200, TextCounting.UTF16_CODE_UNITS));
    assertThat(reels.maxHashtags()).hasValue(5);
    assertThat(reels.maxMediaItems()).hasValue(1);
    assertThat(reels.maxVideoDuration()).contains(Duration.ofMinutes(3));
    assertThat(reels.aspectRatios()).containsExactly(AspectRatio.VERTICAL_9_16);
    FormatLimits stories = limits(Platform.INSTAGRAM, PostFormat.STORY);
    assertThat(stories.textLimits()).isEmpty();
    assertThat(stories.maxHashtags()).isEmpty();
    assertThat(stories.maxMediaItems()).hasValue(1);
    assertThat(stories.maxVideoDuration()).contains(Duration.ofSeconds(60));
    assertThat(stories.aspectRatios()).containsExactly(AspectRatio.VERTICAL_9_16);
  }

  @Test
  void facebook() {
    FormatLimits text = limits(Platform.FACEBOOK, PostFormat.TEXT);
    assertThat(text.bodyLimit()).contains(TextLimit.body(63_206, TextCounting.UTF16_CODE_UNITS));
    assertThat(text.notes()).anyMatch(n -> n.contains("5,000"));
    assertThat(limits(Platform.FACEBOOK, PostFormat.IMAGE).maxMediaItems()).hasValue(10);
    FormatLimits video = limits(Platform.FACEBOOK, PostFormat.VIDEO);
    assertThat(video.maxMediaItems()).hasValue(1);
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(240));
    assertThat(video.aspectRatios())
        .containsExactly(AspectRatio.PORTRAIT_4_5, AspectRatio.VERTICAL_9_16);
    assertThat(limits(Platform.FACEBOOK, PostFormat.LONG_VIDEO).maxVideoDuration())
        .contains(Duration.ofMinutes(240));
    assertThat(limits(Platform.FACEBOOK, PostFormat.SHORT_VIDEO).maxVideoDuration())
        .contains(Duration.ofSeconds(90));
    assertThat(profile(Platform.FACEBOOK).sources().get(0).kind()).isEqualTo(SourceKind.WEAK);
  }

  @Test
  void linkedin() {
    FormatLimits text = limits(Platform.LINKEDIN, PostFormat.TEXT);
    assertThat(text.bodyLimit()).contains(TextLimit.body(3_000, TextCounting.UTF16_CODE_UNITS));
    assertThat(text.maxHashtags()).isEmpty();
    assertThat(text.notes()).anyMatch(n -> n.contains("700") && n.contains("1,300"));
    assertThat(limits(Platform.LINKEDIN, PostFormat.IMAGE).maxMediaItems()).hasValue(10);
    FormatLimits carousel = limits(Platform.LINKEDIN, PostFormat.CAROUSEL);
    assertThat(carousel.minMediaItems()).isEqualTo(2);
    assertThat(carousel.mixedMediaAllowed()).contains(false);
    FormatLimits document = limits(Platform.LINKEDIN, PostFormat.DOCUMENT);
    assertThat(document.maxMediaItems()).hasValue(1);
    assertThat(document.maxDocumentPages()).hasValue(300);
    assertThat(document.maxMediaBytes()).hasValue(100_000_000L);
    FormatLimits video = limits(Platform.LINKEDIN, PostFormat.VIDEO);
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(30));
    assertThat(video.notes()).anyMatch(n -> n.contains("10 minutes"));
    assertThat(video.acceptedAspectRatios())
        .contains(AspectRatioRange.of(AspectRatio.of(1, 2.4), AspectRatio.of(2.4, 1)));
  }

  @Test
  void tiktok() {
    FormatLimits video = limits(Platform.TIKTOK, PostFormat.SHORT_VIDEO);
    assertThat(video.bodyLimit()).contains(TextLimit.body(2_200, TextCounting.UTF16_CODE_UNITS));
    assertThat(video.minVideoDuration()).contains(Duration.ofSeconds(3));
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(10));
    assertThat(video.aspectRatios()).containsExactly(AspectRatio.VERTICAL_9_16);
    FormatLimits photos = limits(Platform.TIKTOK, PostFormat.CAROUSEL);
    assertThat(photos.textLimits())
        .containsExactly(
            TextLimit.body(4_000, TextCounting.UTF16_CODE_UNITS),
            TextLimit.title(90, TextCounting.UTF16_CODE_UNITS));
    assertThat(photos.maxMediaItems()).hasValue(35);
    assertThat(photos.mixedMediaAllowed()).contains(false);
    assertThat(limits(Platform.TIKTOK, PostFormat.IMAGE).maxMediaItems()).hasValue(1);
    assertThat(profile(Platform.TIKTOK).sources().get(0).kind()).isEqualTo(SourceKind.PRIMARY);
  }

  @Test
  void youtube() {
    FormatLimits longForm = limits(Platform.YOUTUBE, PostFormat.LONG_VIDEO);
    assertThat(longForm.textLimits())
        .containsExactly(
            TextLimit.title(100, TextCounting.UTF16_CODE_UNITS),
            TextLimit.body(5_000, TextCounting.UTF16_CODE_UNITS));
    assertThat(longForm.notes()).anyMatch(n -> n.contains("first 3 hashtags"));
    assertThat(longForm.maxMediaItems()).hasValue(1);
    assertThat(longForm.aspectRatios()).containsExactly(AspectRatio.LANDSCAPE_16_9);
    FormatLimits shorts = limits(Platform.YOUTUBE, PostFormat.SHORT_VIDEO);
    assertThat(shorts.maxVideoDuration()).contains(Duration.ofMinutes(3));
    assertThat(shorts.aspectRatios())
        .containsExactly(AspectRatio.VERTICAL_9_16, AspectRatio.SQUARE);
    assertThat(shorts.notes()).anyMatch(n -> n.contains("15 Oct 2024"));
  }

  @Test
  void pinterest() {
    FormatLimits image = limits(Platform.PINTEREST, PostFormat.IMAGE);
    assertThat(image.textLimits())
        .containsExactly(
            TextLimit.title(100, TextCounting.UTF16_CODE_UNITS),
            TextLimit.body(500, TextCounting.UTF16_CODE_UNITS));
    assertThat(image.maxMediaItems()).hasValue(1);
    assertThat(image.aspectRatios()).containsExactly(AspectRatio.of(2, 3));
    assertThat(image.acceptsAspectRatio(AspectRatio.parse("1000x1500"))).isTrue();
    FormatLimits video = limits(Platform.PINTEREST, PostFormat.VIDEO);
    assertThat(video.minVideoDuration()).contains(Duration.ofSeconds(4));
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(15));
    assertThat(video.acceptedAspectRatios())
        .contains(AspectRatioRange.of(AspectRatio.of(1, 2), AspectRatio.of(1.91, 1)));
    assertThat(limits(Platform.PINTEREST, PostFormat.CAROUSEL).maxMediaItems()).hasValue(5);
  }

  @Test
  void threads() {
    FormatLimits text = limits(Platform.THREADS, PostFormat.TEXT);
    assertThat(text.bodyLimit())
        .contains(TextLimit.body(500, TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES));
    assertThat(text.maxHashtags()).hasValue(1);
    FormatLimits carousel = limits(Platform.THREADS, PostFormat.CAROUSEL);
    assertThat(carousel.maxMediaItems()).hasValue(20);
    assertThat(carousel.notes()).anyMatch(n -> n.contains("10"));
    FormatLimits video = limits(Platform.THREADS, PostFormat.VIDEO);
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(5));
    assertThat(video.aspectRatios())
        .containsExactly(AspectRatio.VERTICAL_9_16, AspectRatio.PORTRAIT_4_5);
    // 496 ASCII characters and one 4-byte emoji: exactly 500.
    assertThat(text.textFits(TextField.BODY, "a".repeat(496) + "😀")).isTrue();
    assertThat(text.textFits(TextField.BODY, "a".repeat(497) + "😀")).isFalse();
  }

  @Test
  void bluesky() {
    FormatLimits text = limits(Platform.BLUESKY, PostFormat.TEXT);
    assertThat(text.textLimits(TextField.BODY))
        .containsExactly(
            TextLimit.body(300, TextCounting.GRAPHEME_CLUSTERS),
            TextLimit.body(3_000, TextCounting.UTF8_BYTES));
    FormatLimits image = limits(Platform.BLUESKY, PostFormat.IMAGE);
    assertThat(image.maxMediaItems()).hasValue(4);
    assertThat(image.maxMediaBytes()).hasValue(1_000_000L);
    assertThat(image.acceptsAspectRatio(AspectRatio.of(10, 1))).isTrue();
    FormatLimits video = limits(Platform.BLUESKY, PostFormat.VIDEO);
    assertThat(video.maxMediaItems()).hasValue(1);
    assertThat(video.maxVideoDuration()).contains(Duration.ofMinutes(3));
  }

  @Test
  void snapchat() {
    for (PostFormat format : new PostFormat[] {PostFormat.STORY, PostFormat.SHORT_VIDEO}) {
      FormatLimits limits = limits(Platform.SNAPCHAT, format);
      assertThat(limits.minVideoDuration()).contains(Duration.ofSeconds(5));
      assertThat(limits.maxVideoDuration()).contains(Duration.ofSeconds(60));
      assertThat(limits.aspectRatios()).containsExactly(AspectRatio.VERTICAL_9_16);
    }
    assertThat(profile(Platform.SNAPCHAT).sources().get(0).kind()).isEqualTo(SourceKind.WEAK);
  }

  @Test
  void googleBusinessProfile() {
    assertThat(limits(Platform.GOOGLE_BUSINESS_PROFILE, PostFormat.TEXT).bodyLimit())
        .contains(TextLimit.body(1_500, TextCounting.UTF16_CODE_UNITS));
    FormatLimits image = limits(Platform.GOOGLE_BUSINESS_PROFILE, PostFormat.IMAGE);
    assertThat(image.maxMediaItems()).hasValue(1);
    assertThat(profile(Platform.GOOGLE_BUSINESS_PROFILE).supports(PostFormat.VIDEO)).isFalse();
  }

  @Test
  void mastodon() {
    assertThat(limits(Platform.MASTODON, PostFormat.TEXT).bodyLimit().orElseThrow().maxLength())
        .isEqualTo(500);
    assertThat(limits(Platform.MASTODON, PostFormat.IMAGE).maxMediaItems()).hasValue(4);
    assertThat(limits(Platform.MASTODON, PostFormat.VIDEO).maxMediaItems()).hasValue(1);
    assertThat(profile(Platform.MASTODON).notes()).anyMatch(n -> n.contains("per instance"));
  }

  // ---- Who uses each platform ----

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "youtube,   84, 86, 83, 95, 92, 85, 64",
    "facebook,  71, 63, 78, 68, 80, 74, 57",
    "instagram, 50, 44, 55, 80, 62, 40, 19",
    "tiktok,    37, 30, 42, 63, 44, 30, 12",
    "whatsapp,  32, 30, 34, 37, 40, 30, 20",
    "reddit,    26, 29, 23, 48, 35, 16, 6",
    "snapchat,  25, 22, 28, 58, 31, 13, 4",
    "x,         21, 25, 16, 33, 25, 16, 10",
  })
  void pew2025(String id, int all, int men, int women, int a, int b, int c, int d) {
    AudienceReach reach = profile(Platform.of(id)).reach().orElseThrow();
    assertCells(reach, all, men, women, a, b, c, d);
    assertThat(reach.survey()).contains("Americans' Social Media Use 2025");
    assertThat(reach.published()).isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(reach.cellsTranscribed()).isEqualTo(!id.equals("instagram"));
    assertThat(reach.note().orElseThrow())
        .isEqualTo(
            id.equals("instagram")
                ? "Totals and cells confirmed by news coverage."
                : "Totals confirmed by news coverage; gender and age cells transcribed from the"
                    + " report PDF, not confirmed against a second source.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "linkedin,  30, 31, 29, 32, 40, 31, 12",
    "pinterest, 35, 19, 50, 45, 40, 33, 21",
  })
  void pew2023(String id, int all, int men, int women, int a, int b, int c, int d) {
    AudienceReach reach = profile(Platform.of(id)).reach().orElseThrow();
    assertCells(reach, all, men, women, a, b, c, d);
    assertThat(reach.published()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(reach.survey()).contains("2023");
    assertThat(reach.cellsTranscribed()).isTrue();
    assertThat(reach.note().orElseThrow()).contains("2023");
  }

  @Test
  void threadsAndBlueskyHaveTotalsOnly() {
    AudienceReach threads = profile(Platform.THREADS).reach().orElseThrow();
    assertThat(threads.all()).isEqualTo(Ratio.of(8, 100));
    assertThat(threads.men()).isEmpty();
    assertThat(threads.byAgeBand()).isEmpty();
    AudienceReach bluesky = profile(Platform.BLUESKY).reach().orElseThrow();
    assertThat(bluesky.all()).isEqualTo(Ratio.of(4, 100));
    assertThat(bluesky.women()).isEmpty();
    assertThat(profile(Platform.MASTODON).reach()).isEmpty();
    assertThat(profile(Platform.GOOGLE_BUSINESS_PROFILE).reach()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"facebook, 52", "youtube, 48", "tiktok, 24", "x, 10"})
  void dailyUse(String id, int percent) {
    assertThat(profile(Platform.of(id)).dailyUse()).contains(Ratio.of(percent, 100));
  }

  @Test
  void noDailyUseWhereTheReferenceGivesNone() {
    assertThat(profile(Platform.INSTAGRAM).dailyUse()).isEmpty();
    assertThat(profile(Platform.LINKEDIN).dailyUse()).isEmpty();
  }

  @Test
  void reachReproducesTheArticlesAdvice() {
    AudienceReach snapchat = profile(Platform.SNAPCHAT).reach().orElseThrow();
    AudienceReach facebook = profile(Platform.FACEBOOK).reach().orElseThrow();
    double womenOver50Snapchat = snapchat.estimate(50, 80, 1.0).orElseThrow().valueOr(-1);
    double womenOver50Facebook = facebook.estimate(50, 80, 1.0).orElseThrow().valueOr(-1);
    assertThat(womenOver50Snapchat).isLessThan(0.10);
    assertThat(womenOver50Facebook).isGreaterThan(0.6);
    AudienceReach pinterest = profile(Platform.PINTEREST).reach().orElseThrow();
    assertThat(pinterest.estimate(18, 80, 0.0).orElseThrow().valueOr(-1))
        .isLessThan(pinterest.estimate(18, 80, 1.0).orElseThrow().valueOr(-1) / 2);
    AudienceReach instagram = profile(Platform.INSTAGRAM).reach().orElseThrow();
    assertThat(instagram.estimate(20, 29, 1.0).orElseThrow().valueOr(-1))
        .isCloseTo(0.88, org.assertj.core.api.Assertions.within(1e-9));
  }

  // ---- Strengths named in the strategy guide ----

  @Test
  void strengthsNamedInTheArticle() {
    assertThat(profile(Platform.X).hasStrength(Strength.CUSTOMER_SERVICE)).isTrue();
    assertThat(profile(Platform.INSTAGRAM).strengths())
        .contains(Strength.VISUAL, Strength.SHORT_VIDEO, Strength.LIVE, Strength.SHOPPING,
            Strength.AR_EFFECTS);
    assertThat(profile(Platform.LINKEDIN).hasStrength(Strength.B2B)).isTrue();
    assertThat(profile(Platform.FACEBOOK).hasStrength(Strength.GROUPS_AND_COMMUNITY)).isTrue();
    assertThat(profile(Platform.TIKTOK).strengths())
        .contains(Strength.SHORT_VIDEO, Strength.TRENDS, Strength.LIVE, Strength.SHOPPING,
            Strength.AR_EFFECTS);
    assertThat(profile(Platform.YOUTUBE).strengths())
        .contains(Strength.SHORT_VIDEO, Strength.LIVE, Strength.LONG_VIDEO);
    assertThat(profile(Platform.FACEBOOK).strengths())
        .contains(Strength.LIVE, Strength.SHOPPING);
    assertThat(profile(Platform.SNAPCHAT).hasStrength(Strength.AR_EFFECTS)).isTrue();
    for (Platform p : new Platform[] {Platform.FACEBOOK, Platform.YOUTUBE, Platform.LINKEDIN}) {
      assertThat(profile(p).hasStrength(Strength.BROAD_REACH)).as(p.id()).isTrue();
    }
    assertThat(profile(Platform.X).hasStrength(Strength.VISUAL)).isFalse();
    assertThat(profile(Platform.SNAPCHAT).hasStrength(Strength.CUSTOMER_SERVICE)).isFalse();
  }

  @Test
  void liveFormatWhereTheArticleNamesLive() {
    for (Platform p :
        new Platform[] {Platform.FACEBOOK, Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE}) {
      assertThat(profile(p).supports(PostFormat.LIVE)).as(p.id()).isTrue();
    }
    assertThat(profile(Platform.X).supports(PostFormat.LIVE)).isFalse();
  }

  // ---- Recommended posting frequency ----

  @Test
  void instagramFrequency() {
    PlatformProfile instagram = profile(Platform.INSTAGRAM);
    assertThat(instagram.frequenciesFor(PostFormat.IMAGE))
        .extracting(f -> Map.entry(f.per(), f.minPosts() + "-" + f.maxPosts()))
        .containsExactly(Map.entry(ChronoUnit.WEEKS, "3-7"), Map.entry(ChronoUnit.DAYS, "0-1"));
    assertThat(instagram.frequenciesFor(PostFormat.STORY))
        .containsExactly(
            PostingFrequency.perDay(2, 2)
                .forFormats(PostFormat.STORY)
                .withSource(Source.secondary("Hootsuite, \"How often to post on social media\" (2023)")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"facebook, 1, 2", "x, 1, 5", "linkedin, 1, 5", "tiktok, 1, 4", "pinterest, 3, 5"})
  void dailyFrequencies(String id, int min, int max) {
    PostingFrequency f = profile(Platform.of(id)).recommendedFrequencies().get(0);
    assertThat(f.per()).isEqualTo(ChronoUnit.DAYS);
    assertThat(f.minPosts()).isEqualTo(min);
    assertThat(f.maxPosts()).isEqualTo(max);
    assertThat(f.formats()).isEmpty();
    assertThat(f.source()).isPresent();
  }

  @Test
  void youtubeFrequency() {
    PlatformProfile youtube = profile(Platform.YOUTUBE);
    PostingFrequency longForm = youtube.frequenciesFor(PostFormat.LONG_VIDEO).get(0);
    PostingFrequency shorts = youtube.frequenciesFor(PostFormat.SHORT_VIDEO).get(0);
    assertThat(youtube.recommendedFrequencies()).hasSize(2);
    assertThat(longForm.per()).isEqualTo(ChronoUnit.WEEKS);
    assertThat(longForm.minPosts()).isEqualTo(1);
    assertThat(longForm.maxPosts()).isEqualTo(2);
    assertThat(shorts.minPosts()).isEqualTo(3);
    assertThat(shorts.maxPosts()).isEqualTo(5);
    assertThat(shorts.source().orElseThrow().kind()).isEqualTo(SourceKind.WEAK);
  }

  private static void assertCells(
      AudienceReach reach, int all, int men, int women, int a, int b, int c, int d) {
    assertThat(reach.all()).isEqualTo(Ratio.of(all, 100));
    assertThat(reach.men()).contains(Ratio.of(men, 100));
    assertThat(reach.women()).contains(Ratio.of(women, 100));
    assertThat(reach.ageBand(AgeBand.AGE_18_29)).contains(Ratio.of(a, 100));
    assertThat(reach.ageBand(AgeBand.AGE_30_49)).contains(Ratio.of(b, 100));
    assertThat(reach.ageBand(AgeBand.AGE_50_64)).contains(Ratio.of(c, 100));
    assertThat(reach.ageBand(AgeBand.AGE_65_PLUS)).contains(Ratio.of(d, 100));
  }
}
