package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.AccountTier;
import dev.socialplan.platform.AgeBand;
import dev.socialplan.platform.AspectRatio;
import dev.socialplan.platform.AspectRatioRange;
import dev.socialplan.platform.AudienceReach;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.Source;
import dev.socialplan.platform.SourceKind;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.TextCounting;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextLimit;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.platform} package: platforms (well-known
 * and custom ids), post formats, strengths, text limits, format limits, reach figures, posting
 * frequencies, profiles and catalogs, and texts that mix ASCII, Traditional Chinese, emoji
 * sequences, URLs and combining marks. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class PlatformGenerators {

  /** Platforms a user might add that the standard catalog does not have. */
  private static final List<String> KNOWN_CUSTOM_IDS =
      List.of("xiaohongshu", "line", "wechat", "weibo", "douyin", "kakaotalk", "vk", "discord");

  /** Characters allowed in a platform id. */
  private static final String ID_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789-_";

  /**
   * Pieces of text: words, Traditional Chinese from the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021), emoji sequences (ZWJ
   * families, flags, skin tones, keycaps, tag flags), URLs, combining marks and NFD forms.
   */
  private static final List<String> TEXT_PIECES =
      List.of(
          "social",
          " ",
          "media ",
          "Plan",
          "#tips",
          "@brand",
          "!",
          "\n",
          "2026",
          "社交媒體營銷",
          "僅 Facebook 就有大約 27 億活躍用戶。",
          "選擇一個平台來分享你的內容",
          "。",
          "👩‍👩‍👧‍👦",
          "🇹🇼",
          "🇯🇵",
          "👍🏽",
          "🏳️‍🌈",
          "1️⃣",
          "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
          "😀",
          "❤️",
          "🫱🏼‍🫲🏿",
          "https://socialplan.dev/plan?id=42",
          "www.example.com",
          "e\u0301",
          "\u00e9",
          Normalizer.normalize("한국어", Normalizer.Form.NFD),
          "한국어",
          "ñ",
          "Ω");

  private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 11 * 366;

  private PlatformGenerators() {}

  /**
   * Generates platforms: the well-known constants, popular platforms outside the standard catalog
   * ({@code xiaohongshu}, {@code line}, …) and random valid ids.
   *
   * @return platforms, well-known about half of the time
   */
  public static Gen<Platform> platforms() {
    return Generate.pick(Platform.wellKnown()).mix(customPlatforms(), 50);
  }

  /**
   * Generates platforms that are not well-known: named ones such as {@code Platform.of("weibo")}
   * and random ids of 1 to 20 letters, digits, {@code '-'} and {@code '_'}.
   *
   * @return platforms for which {@link Platform#isWellKnown()} is false
   */
  public static Gen<Platform> customPlatforms() {
    Gen<String> randomIds =
        lists()
            .of(integers().between(0, ID_CHARACTERS.length() - 1))
            .ofSizeBetween(1, 20)
            .map(
                indexes -> {
                  StringBuilder sb = new StringBuilder("custom-");
                  indexes.forEach(i -> sb.append(ID_CHARACTERS.charAt(i)));
                  return sb.toString();
                });
    return Generate.pick(KNOWN_CUSTOM_IDS).mix(randomIds, 50).map((String id) -> Platform.of(id));
  }

  /**
   * Generates post formats.
   *
   * @return every {@link PostFormat}
   */
  public static Gen<PostFormat> formats() {
    return Generate.enumValues(PostFormat.class);
  }

  /**
   * Generates strengths.
   *
   * @return every {@link Strength}
   */
  public static Gen<Strength> strengths() {
    return Generate.enumValues(Strength.class);
  }

  /**
   * Generates ways of counting text.
   *
   * @return every {@link TextCounting}
   */
  public static Gen<TextCounting> textCountings() {
    return Generate.enumValues(TextCounting.class);
  }

  /**
   * Generates texts made of up to {@code maxPieces} pieces: English words, Traditional Chinese
   * sentences from the strategy guide, emoji sequences, URLs, combining marks, NFC and NFD forms.
   *
   * @param maxPieces the most pieces, zero or more
   * @return texts, possibly empty
   */
  public static Gen<String> texts(int maxPieces) {
    return lists()
        .of(Generate.pick(TEXT_PIECES))
        .ofSizeBetween(0, maxPieces)
        .map(pieces -> String.join("", pieces));
  }

  /**
   * Generates texts of up to 40 pieces.
   *
   * @return texts, possibly empty
   * @see #texts(int)
   */
  public static Gen<String> texts() {
    return texts(40);
  }

  /**
   * Generates texts of any Unicode scalar values (no unpaired surrogates), up to 60 code points.
   *
   * @return texts, possibly empty
   */
  public static Gen<String> anyUnicodeTexts() {
    Gen<Integer> scalar =
        integers()
            .between(0, Character.MAX_CODE_POINT - 0x800)
            .map(cp -> cp >= Character.MIN_SURROGATE ? cp + 0x800 : cp);
    return lists()
        .of(scalar)
        .ofSizeBetween(0, 60)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  /**
   * Generates aspect ratios: the common named ones, whole-number pixel sizes and decimal ratios.
   *
   * @return aspect ratios
   */
  public static Gen<AspectRatio> aspectRatios() {
    Gen<AspectRatio> named =
        Generate.pick(
            List.of(
                AspectRatio.LANDSCAPE_16_9,
                AspectRatio.VERTICAL_9_16,
                AspectRatio.SQUARE,
                AspectRatio.PORTRAIT_4_5,
                AspectRatio.of(1.91, 1),
                AspectRatio.of(2, 3),
                AspectRatio.of(1, 2.39)));
    Gen<AspectRatio> pixels =
        integers()
            .between(1, 4000)
            .zip(integers().between(1, 4000), (w, h) -> AspectRatio.of(w, h));
    Gen<AspectRatio> decimals =
        integers()
            .between(1, 999)
            .zip(integers().between(1, 999), (w, h) -> AspectRatio.of(w / 100.0, h / 100.0));
    return named.mix(pixels, 40).mix(decimals, 30);
  }

  /**
   * Generates ranges of accepted aspect ratios.
   *
   * @return ranges, the tallest end never wider than the widest
   */
  public static Gen<AspectRatioRange> aspectRatioRanges() {
    return aspectRatios()
        .zip(
            aspectRatios(),
            (a, b) -> a.compareTo(b) <= 0 ? AspectRatioRange.of(a, b) : AspectRatioRange.of(b, a));
  }

  /**
   * Generates text limits on the body or the title, up to 70,000.
   *
   * @return text limits
   */
  public static Gen<TextLimit> textLimits() {
    return Generate.enumValues(TextField.class)
        .zip(
            Generate.pick(List.of(0L, 1L, 90L, 100L, 280L, 300L, 500L, 2_200L, 3_000L, 63_206L))
                .mix(longs().between(0, 70_000), 30),
            textCountings(),
            TextLimit::new);
  }

  /**
   * Generates sources of every kind.
   *
   * @return sources with a non-blank citation
   */
  public static Gen<Source> sources() {
    return Generate.enumValues(SourceKind.class)
        .zip(
            Generate.pick(
                List.of(
                    "docs.x.com, \"Counting characters\"",
                    "developers.tiktok.com, Content Posting API",
                    "Hootsuite 2023",
                    "Our agency's notes")),
            Source::new);
  }

  /**
   * Generates format limits with any combination of known and unknown limits.
   *
   * @return format limits
   */
  public static Gen<FormatLimits> formatLimits() {
    Gen<List<TextLimit>> text = lists().of(textLimits()).ofSizeBetween(0, 3);
    Gen<Optional<Integer>> cap = integers().between(0, 40).toOptionals(40);
    Gen<Integer> minMedia = integers().between(0, 3);
    Gen<Optional<Integer>> extraMedia = integers().between(0, 35).toOptionals(30);
    Gen<Optional<Boolean>> mixed = Generate.booleans().toOptionals(50);
    Gen<Optional<Long>> bytes = longs().between(1, 2_000_000_000L).toOptionals(70);
    Gen<Optional<Integer>> pages = integers().between(1, 500).toOptionals(80);
    Gen<Optional<Integer>> minSeconds = integers().between(0, 60).toOptionals(60);
    Gen<Optional<Integer>> extraSeconds = integers().between(0, 14_400).toOptionals(40);
    Gen<List<AspectRatio>> ratios = lists().of(aspectRatios()).ofSizeBetween(0, 3);
    Gen<Optional<AspectRatioRange>> range = aspectRatioRanges().toOptionals(70);
    Gen<List<String>> notes =
        lists()
            .of(Generate.pick(List.of("No hard cap on hashtags.", "Per instance.")))
            .ofSizeBetween(0, 2);
    return random -> {
      FormatLimits.Builder b = FormatLimits.builder().textLimits(text.generate(random));
      cap.generate(random).ifPresent(b::maxHashtags);
      cap.generate(random).ifPresent(b::maxMentions);
      int min = minMedia.generate(random);
      b.minMediaItems(min);
      extraMedia.generate(random).ifPresent(extra -> b.maxMediaItems(min + extra));
      mixed.generate(random).ifPresent(b::mixedMediaAllowed);
      bytes.generate(random).ifPresent(b::maxMediaBytes);
      pages.generate(random).ifPresent(b::maxDocumentPages);
      Optional<Integer> minS = minSeconds.generate(random);
      minS.ifPresent(s -> b.minVideoDuration(Duration.ofSeconds(s)));
      extraSeconds
          .generate(random)
          .ifPresent(extra -> b.maxVideoDuration(Duration.ofSeconds(minS.orElse(0) + extra)));
      b.aspectRatios(ratios.generate(random));
      range.generate(random).ifPresent(b::acceptedAspectRatios);
      return b.notes(notes.generate(random)).build();
    };
  }

  /**
   * Generates recommended posting frequencies per day or per week, for all formats or some.
   *
   * @return posting frequencies
   */
  public static Gen<PostingFrequency> postingFrequencies() {
    Gen<Integer> min = integers().between(0, 10);
    Gen<Integer> extra = integers().between(0, 10);
    Gen<ChronoUnit> per = Generate.pick(List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS));
    Gen<List<PostFormat>> formats = lists().of(formats()).ofSizeBetween(0, 3);
    Gen<Optional<Source>> source = sources().toOptionals(30);
    return random -> {
      int low = min.generate(random);
      PostingFrequency.Builder b =
          PostingFrequency.builder()
              .minPosts(low)
              .maxPosts(low + extra.generate(random))
              .per(per.generate(random))
              .formats(formats.generate(random));
      source.generate(random).ifPresent(b::source);
      return b.build();
    };
  }

  /**
   * Generates reach figures: a total, and each gender and age cell present or absent.
   *
   * @return audience reach
   */
  public static Gen<AudienceReach> audienceReaches() {
    Gen<Ratio> share = integers().between(0, 100).map(p -> Ratio.of(p, 100));
    Gen<Optional<Ratio>> maybeShare = share.toOptionals(25);
    Gen<Boolean> flag = Generate.booleans();
    Gen<LocalDate> published = dates();
    return random -> {
      AudienceReach.Builder b =
          AudienceReach.builder()
              .all(share.generate(random))
              .survey("Survey of adults")
              .published(published.generate(random))
              .cellsTranscribed(flag.generate(random));
      maybeShare.generate(random).ifPresent(b::men);
      maybeShare.generate(random).ifPresent(b::women);
      maybeShare.generate(random).ifPresent(b::dailyUse);
      for (AgeBand band : AgeBand.values()) {
        maybeShare.generate(random).ifPresent(r -> b.putByAgeBand(band, r));
      }
      if (flag.generate(random)) {
        b.note("Cells transcribed from the report.");
      }
      return b.build();
    };
  }

  /**
   * Generates profiles of the given platform.
   *
   * @param platform the platform
   * @return profiles with any reach, strengths, formats, frequencies and account tier
   */
  public static Gen<PlatformProfile> profiles(Platform platform) {
    Gen<Optional<AudienceReach>> reach = audienceReaches().toOptionals(20);
    Gen<List<Strength>> strengths = lists().of(strengths()).ofSizeBetween(0, 4);
    Gen<List<PostFormat>> formats = lists().of(formats()).ofSizeBetween(0, 5);
    Gen<FormatLimits> limits = formatLimits();
    Gen<List<PostingFrequency>> frequencies = lists().of(postingFrequencies()).ofSizeBetween(0, 3);
    Gen<List<Source>> sources = lists().of(sources()).ofSizeBetween(1, 3);
    Gen<LocalDate> checked = dates();
    Gen<AccountTier> tier = arbitrary().enumValues(AccountTier.class);
    return random -> {
      Map<PostFormat, FormatLimits> byFormat = new LinkedHashMap<>();
      for (PostFormat format : formats.generate(random)) {
        byFormat.put(format, limits.generate(random));
      }
      PlatformProfile.Builder b =
          PlatformProfile.builder()
              .platform(platform)
              .strengths(strengths.generate(random))
              .formats(byFormat)
              .recommendedFrequencies(frequencies.generate(random))
              .sources(sources.generate(random))
              .checkedOn(checked.generate(random))
              .tier(tier.generate(random));
      reach.generate(random).ifPresent(b::reach);
      return b.build();
    };
  }

  /**
   * Generates profiles of any platform.
   *
   * @return profiles
   * @see #platforms()
   */
  public static Gen<PlatformProfile> profiles() {
    return platforms().flatMap(PlatformGenerators::profiles);
  }

  /**
   * Generates catalogs: the standard catalog with generated profiles added or replacing its own,
   * with some platforms removed, or catalogs of generated profiles only.
   *
   * @param maxProfiles the most generated profiles, zero or more
   * @return catalogs
   */
  public static Gen<PlatformCatalog> catalogs(int maxProfiles) {
    Gen<List<PlatformProfile>> added = lists().of(profiles()).ofSizeBetween(0, maxProfiles);
    Gen<List<Platform>> removed = lists().of(platforms()).ofSizeBetween(0, 3);
    Gen<Boolean> fromStandard = Generate.booleans();
    return random -> {
      PlatformCatalog catalog =
          fromStandard.generate(random) ? PlatformCatalog.standard() : PlatformCatalog.empty();
      for (PlatformProfile profile : added.generate(random)) {
        catalog = catalog.with(profile);
      }
      for (Platform platform : removed.generate(random)) {
        catalog = catalog.without(platform);
      }
      return catalog;
    };
  }

  /**
   * Generates catalogs with up to 6 generated profiles.
   *
   * @return catalogs
   * @see #catalogs(int)
   */
  public static Gen<PlatformCatalog> catalogs() {
    return catalogs(6);
  }

  /**
   * Generates lists of profiles of distinct platforms, ready for {@link PlatformCatalog#of}.
   *
   * @param maxProfiles the most profiles, zero or more
   * @return lists of profiles, one per platform at most
   */
  public static Gen<List<PlatformProfile>> distinctProfiles(int maxProfiles) {
    return lists()
        .of(profiles())
        .ofSizeBetween(0, maxProfiles)
        .map(
            list -> {
              Map<Platform, PlatformProfile> byPlatform = new LinkedHashMap<>();
              list.forEach(p -> byPlatform.putIfAbsent(p.platform(), p));
              return List.copyOf(byPlatform.values());
            });
  }

  private static Gen<LocalDate> dates() {
    return integers().between(0, DAYS).map(EARLIEST::plusDays);
  }
}
