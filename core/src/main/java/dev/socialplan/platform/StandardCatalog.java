package dev.socialplan.platform;

import static dev.socialplan.platform.TextCounting.CODE_POINTS;
import static dev.socialplan.platform.TextCounting.CODE_POINTS_EMOJI_AS_UTF8_BYTES;
import static dev.socialplan.platform.TextCounting.GRAPHEME_CLUSTERS;
import static dev.socialplan.platform.TextCounting.UTF16_CODE_UNITS;
import static dev.socialplan.platform.TextCounting.UTF8_BYTES;
import static dev.socialplan.platform.TextCounting.X_WEIGHTED;

import dev.socialplan.metric.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The facts behind {@link PlatformCatalog#standard()}, collected in November 2026 from public
 * documentation; every fact carries its {@link Source} (URL and date). <strong>Not API</strong>: reach it
 * through the catalog.
 *
 * <p>Conventions. Where a source says "characters" without saying how they are counted, the limit
 * counts {@link TextCounting#UTF16_CODE_UNITS}, the largest of the character counts, so that a text
 * that passes here passes by any other reading. Where sources disagree, the primary source wins and
 * the other value is kept in the format's notes and in the Javadoc of the profile below. Every
 * profile was checked on {@link #CHECKED}.
 */
final class StandardCatalog {

  /** The date every standard profile was checked: the reference says "collected 2026-11". */
  static final LocalDate CHECKED = LocalDate.of(2026, 11, 1);

  /** The source of Threads' link limit; initialised before the profiles that cite it. */
  static final Source THREADS_LINKS_SOURCE =
      Source.primary(
          "Meta, Threads API documentation, \"Text attachments\": posts with more than 5 links fail"
              + " (THREADS_API__LINK_LIMIT_EXCEEDED); unique URLs of the text count, plus a link"
              + " attachment that differs from them;"
              + " https://developers.facebook.com/documentation/threads/create-posts/text-attachments"
              + " (checked 2026-12-07)");

  /** Pew Research Center's 2025 survey: 5,022 US adults, 5 February to 18 June 2025. */
  static final String PEW_2025 =
      "Pew Research Center, \"Americans' Social Media Use 2025\" (5,022 US adults surveyed"
          + " 5 Feb – 18 Jun 2025; share who ever use each platform)";

  /** The date Pew's 2025 report was published. */
  static final LocalDate PEW_2025_PUBLISHED = LocalDate.of(2025, 11, 20);

  /** Pew Research Center's 2023 survey, the latest that reports LinkedIn and Pinterest. */
  static final String PEW_2023 =
      "Pew Research Center, \"Americans' Social Media Use\" (2023 survey; share who ever use"
          + " each platform)";

  /** The date Pew's 2023 report was published. */
  static final LocalDate PEW_2023_PUBLISHED = LocalDate.of(2024, 1, 31);

  private static final String TRANSCRIBED_2025 =
      "Totals confirmed by news coverage; gender and age cells transcribed from the report PDF,"
          + " not confirmed against a second source.";

  private static final String TRANSCRIBED_2023 =
      "Gender and age cells transcribed from Pew's 2023 report (published 2024-01-31); Pew's 2025"
          + " report does not cover this platform.";

  private static final Source PEW_2025_SOURCE =
      Source.secondary(PEW_2025 + ", published 2025-11-20");

  private static final Source PEW_2023_SOURCE =
      Source.secondary(PEW_2023 + ", published 2024-01-31");

  private static final Source HOOTSUITE_2023 =
      Source.secondary("Hootsuite, \"How often to post on social media\" (2023)");

  private static final Source FREQUENCY_WEAK =
      Source.weak("Scheduling-tool guides on posting frequency (uncorroborated)");

  static final PlatformCatalog CATALOG =
      PlatformCatalog.of(
          withPostAnatomy(
              x(),
              instagram(),
              facebook(),
              linkedin(),
              tiktok(),
              youtube(),
              pinterest(),
              threads(),
              bluesky(),
              snapchat(),
              googleBusinessProfile(),
              mastodon(),
              whatsapp(),
              reddit()));

  /** The profiles with the alt-text, first-comment and thread facts of {@link PostAnatomyFacts}. */
  private static List<PlatformProfile> withPostAnatomy(PlatformProfile... profiles) {
    List<PlatformProfile> out = new java.util.ArrayList<>(profiles.length);
    for (PlatformProfile p : profiles) {
      out.add(PostAnatomyFacts.apply(p));
    }
    return out;
  }

  private StandardCatalog() {}

  /**
   * X: 280 weighted characters (twitter-text: most Latin 1, CJK and emoji 2, any URL 23, NFC);
   * Premium 25,000. No hard cap on hashtags. Up to 4 images or 1 video, not mixed; video up to 140
   * s (longer with Premium); 16:9 preferred, 1:2.39 to 2.39:1 accepted. Source: docs.x.com,
   * "Counting characters" (primary). Reach: Pew 2025, all 21 %, men 25, women 16, 18–29 33, 30–49
   * 25, 50–64 16, 65+ 10; daily use 10 %. Strength named in the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021): customer service.
   * Frequency: 1–5 posts a day (Hootsuite 2023).
   */
  static PlatformProfile x() {
    return x(
        AccountTier.STANDARD,
        TextLimit.body(280, X_WEIGHTED),
        "X Premium accounts may post up to 25,000 weighted characters.");
  }

  /** The day X Premium's post length was read from the sources of {@link #xPremium()}. */
  static final LocalDate PREMIUM_CHECKED = LocalDate.of(2026, 12, 7);

  /** X Premium's profile; declared after {@link #PREMIUM_CHECKED}, which it reads. */
  static final PlatformProfile X_PREMIUM = xPremium();

  /**
   * X Premium (each of the Basic, Premium and Premium+ levels): posts up to 25,000 weighted
   * characters, counted as for 280 (twitter-text); everything else as for {@link #x()}. Sources
   * (secondary, read 2026-12-07): Buffer developer documentation, "Character Limits"
   * (https://developers.buffer.com/guides/character-limits.md), "X (Twitter), Basic/Premium/Premium+
   * 25,000"; Publer documentation, "Twitter/X Long-Form Posts"
   * (https://publer.com/docs/posting/create-posts/content-types/platform-specific-formats/twitter-x-long-form-posts),
   * up to 25,000 characters with X Premium, "even at the Basic tier". X's own "X Premium FAQ"
   * (https://help.x.com/en/using-x/x-premium-faq) names the three levels; no stored copy of X's
   * own pages states the length. Premium's longer videos are not given a figure (published figures
   * disagree), so the video limit stays at the standard 140 s with a note.
   */
  static PlatformProfile xPremium() {
    PlatformProfile p =
        PostAnatomyFacts.apply(x(
            AccountTier.PREMIUM,
            TextLimit.body(25_000, X_WEIGHTED),
            "Premium: up to 25,000 weighted characters, counted as for 280."));
    return PlatformProfile.builder()
        .from(p)
        .addSources(
            Source.secondary(
                "Buffer developer documentation, \"Character Limits\","
                    + " https://developers.buffer.com/guides/character-limits.md (read 2026-12-07)"),
            Source.secondary(
                "Publer documentation, \"Twitter/X Long-Form Posts\", https://publer.com/docs/posting/"
                    + "create-posts/content-types/platform-specific-formats/twitter-x-long-form-posts"
                    + " (read 2026-12-07)"))
        .checkedOn(PREMIUM_CHECKED)
        .build();
  }

  /** The profile of a platform for an account tier: the standard profiles, and X Premium. */
  static Optional<PlatformProfile> profile(Platform platform, AccountTier tier) {
    if (tier == AccountTier.STANDARD) {
      return CATALOG.profile(platform);
    }
    return tier == AccountTier.PREMIUM && platform.equals(Platform.X)
        ? Optional.of(X_PREMIUM)
        : Optional.empty();
  }

  private static PlatformProfile x(AccountTier tier, TextLimit text, String premium) {
    String hashtags = "No hard cap on hashtags.";
    AspectRatioRange accepted =
        AspectRatioRange.of(AspectRatio.of(1, 2.39), AspectRatio.of(2.39, 1));
    return PlatformProfile.builder()
        .platform(Platform.X)
        .tier(tier)
        .reach(pew2025(21, 25, 16, 33, 25, 16, 10, true).dailyUse(percent(10)).build())
        .addStrength(Strength.CUSTOMER_SERVICE)
        .putFormat(
            PostFormat.TEXT,
            FormatLimits.builder().addTextLimit(text).addNotes(premium, hashtags).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(4)
                .mixedMediaAllowed(false)
                .addAspectRatio(AspectRatio.LANDSCAPE_16_9)
                .acceptedAspectRatios(accepted)
                .addNotes(premium, hashtags)
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .mixedMediaAllowed(false)
                .maxVideoDuration(Duration.ofSeconds(140))
                .addAspectRatio(AspectRatio.LANDSCAPE_16_9)
                .acceptedAspectRatios(accepted)
                .addNotes(premium, hashtags, "Premium accounts may post longer videos.")
                .build())
        .addRecommendedFrequency(PostingFrequency.perDay(1, 5).withSource(HOOTSUITE_2023))
        .addSources(Source.primary("docs.x.com, \"Counting characters\""), PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Instagram feed: caption 2,200; at most 5 hashtags since 19 December 2025 (30 before); one image
   * or a carousel of up to 10 through the API (up to 20 in the app: the primary source, Meta's
   * content-publishing docs, gives 10, so 10 is the limit here and 20 a note); 4:5 (1080×1350),
   * 1:1, 1.91:1. Reels: caption 2,200, 5 hashtags, 1 video up to 3 minutes (since January 2025),
   * 9:16. Stories: 1 item per frame, 60 s per segment, 9:16. Sources: Meta content-publishing docs
   * (primary); news of 2025-12-19 on the hashtag cap, Reels and Stories specs (secondary). Reach: Pew
   * 2025, all 50 %, men 44, women 55, 18–29 80, 30–49 62, 50–64 40, 65+ 19 (cells confirmed by news
   * coverage). Strengths named in the strategy guide: visual offers, Reels, live, shops, AR filters, keyword
   * discovery. Frequency: 3–7 feed posts a week, at most 1 a day, and 2 stories a day (Hootsuite
   * 2023).
   */
  static PlatformProfile instagram() {
    TextLimit caption = TextLimit.body(2_200, UTF16_CODE_UNITS);
    String hashtagHistory = "At most 5 hashtags since 19 Dec 2025; 30 before.";
    List<AspectRatio> feedRatios =
        List.of(AspectRatio.PORTRAIT_4_5, AspectRatio.SQUARE, AspectRatio.of(1.91, 1));
    return PlatformProfile.builder()
        .platform(Platform.INSTAGRAM)
        .reach(pew2025(50, 44, 55, 80, 62, 40, 19, false).build())
        .addStrengths(
            Strength.VISUAL,
            Strength.SHORT_VIDEO,
            Strength.LIVE,
            Strength.SHOPPING,
            Strength.AR_EFFECTS,
            Strength.SEARCH_AND_DISCOVERY)
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(caption)
                .maxHashtags(5)
                .minMediaItems(1)
                .maxMediaItems(1)
                .aspectRatios(feedRatios)
                .addNote(hashtagHistory)
                .build())
        .putFormat(
            PostFormat.CAROUSEL,
            FormatLimits.builder()
                .addTextLimit(caption)
                .maxHashtags(5)
                .maxMediaItems(10)
                .aspectRatios(feedRatios)
                .addNotes(
                    hashtagHistory,
                    "Up to 10 items through the API (Meta content-publishing docs); the app"
                        + " allows up to 20.")
                .build())
        .putFormat(
            PostFormat.SHORT_VIDEO,
            FormatLimits.builder()
                .addTextLimit(caption)
                .maxHashtags(5)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofMinutes(3))
                .addAspectRatio(AspectRatio.VERTICAL_9_16)
                .addNotes("Reels.", "Up to 3 minutes since January 2025.")
                .build())
        .putFormat(
            PostFormat.STORY,
            FormatLimits.builder()
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofSeconds(60))
                .addAspectRatio(AspectRatio.VERTICAL_9_16)
                .addNote("One item per frame; video up to 60 s per segment.")
                .build())
        .putFormat(PostFormat.LIVE, FormatLimits.unknown())
        .addRecommendedFrequencies(
            PostingFrequency.perWeek(3, 7)
                .forFormats(PostFormat.IMAGE, PostFormat.CAROUSEL, PostFormat.SHORT_VIDEO)
                .withSource(HOOTSUITE_2023),
            PostingFrequency.perDay(0, 1)
                .forFormats(PostFormat.IMAGE, PostFormat.CAROUSEL, PostFormat.SHORT_VIDEO)
                .withSource(HOOTSUITE_2023),
            PostingFrequency.perDay(2, 2).forFormats(PostFormat.STORY).withSource(HOOTSUITE_2023))
        .addSources(
            Source.primary("Meta, Instagram Graph API content-publishing documentation"),
            Source.secondary("News of 2025-12-19 on the 5-hashtag cap; Reels and Stories specs"),
            PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Facebook: 63,206 characters (some tools, Buffer among them, apply 5,000: noted, not used); up to
   * 10 photos or 1 video; feed video up to 240 minutes; Reels about 90 s; 4:5, 9:16. Source:
   * secondary and weak. Reach: Pew 2025, all 71 %, men 63, women 78, 18–29 68, 30–49 80, 50–64 74,
   * 65+ 57; daily use 52 %. Strengths named in the strategy guide: groups for B2C, live, shops, keyword
   * discovery, often best overall. Frequency: 1–2 posts a day (Hootsuite 2023).
   */
  static PlatformProfile facebook() {
    TextLimit text = TextLimit.body(63_206, UTF16_CODE_UNITS);
    String tools = "Some scheduling tools apply a 5,000-character limit.";
    List<AspectRatio> ratios = List.of(AspectRatio.PORTRAIT_4_5, AspectRatio.VERTICAL_9_16);
    FormatLimits feedVideo =
        FormatLimits.builder()
            .addTextLimit(text)
            .minMediaItems(1)
            .maxMediaItems(1)
            .mixedMediaAllowed(false)
            .maxVideoDuration(Duration.ofMinutes(240))
            .aspectRatios(ratios)
            .addNote(tools)
            .build();
    return PlatformProfile.builder()
        .platform(Platform.FACEBOOK)
        .reach(pew2025(71, 63, 78, 68, 80, 74, 57, true).dailyUse(percent(52)).build())
        .addStrengths(
            Strength.GROUPS_AND_COMMUNITY,
            Strength.LIVE,
            Strength.SHOPPING,
            Strength.SEARCH_AND_DISCOVERY,
            Strength.BROAD_REACH)
        .putFormat(
            PostFormat.TEXT, FormatLimits.builder().addTextLimit(text).addNote(tools).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(10)
                .mixedMediaAllowed(false)
                .aspectRatios(ratios)
                .addNote(tools)
                .build())
        .putFormat(PostFormat.VIDEO, feedVideo)
        .putFormat(PostFormat.LONG_VIDEO, feedVideo)
        .putFormat(
            PostFormat.SHORT_VIDEO,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofSeconds(90))
                .addAspectRatio(AspectRatio.VERTICAL_9_16)
                .addNotes("Reels.", "About 90 s (weak source).")
                .build())
        .putFormat(PostFormat.LIVE, FormatLimits.unknown())
        .addRecommendedFrequency(PostingFrequency.perDay(1, 2).withSource(HOOTSUITE_2023))
        .addSources(
            Source.weak("Scheduling-tool documentation and news reports on Facebook limits"),
            PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * LinkedIn: 3,000 characters (some tools use 700 or 1,300: wrong today, noted); no hashtag cap;
   * images (up to 10 through the API), or 1 video, or 1 document of at most 300 pages and 100 MB; a
   * carousel needs at least 2 images and no video; video 10 minutes commonly cited, the API allows 30
   * (the API's 30 is used, 10 noted); 1:2.4 to 2.4:1. Source: secondary. Reach: Pew 2023 (report of
   * 2024-01-31), all 30 %, men 31, women 29, 18–29 32, 30–49 40, 50–64 31, 65+ 12, transcribed.
   * Strengths named in the strategy guide: B2B, community for B2B, often best overall. Frequency: 1–5 posts
   * a day (Hootsuite 2023).
   */
  static PlatformProfile linkedin() {
    TextLimit text = TextLimit.body(3_000, UTF16_CODE_UNITS);
    String oldLimits = "Some tools still use 700 or 1,300 characters: outdated.";
    String hashtags = "No cap on hashtags.";
    AspectRatioRange accepted =
        AspectRatioRange.of(AspectRatio.of(1, 2.4), AspectRatio.of(2.4, 1));
    return PlatformProfile.builder()
        .platform(Platform.LINKEDIN)
        .reach(
            AudienceReach.builder()
                .all(percent(30))
                .men(percent(31))
                .women(percent(29))
                .putByAgeBand(AgeBand.AGE_18_29, percent(32))
                .putByAgeBand(AgeBand.AGE_30_49, percent(40))
                .putByAgeBand(AgeBand.AGE_50_64, percent(31))
                .putByAgeBand(AgeBand.AGE_65_PLUS, percent(12))
                .survey(PEW_2023)
                .published(PEW_2023_PUBLISHED)
                .cellsTranscribed(true)
                .note(
                    TRANSCRIBED_2023
                        + " LinkedIn's users skew toward graduates and higher incomes.")
                .build())
        .addStrengths(Strength.B2B, Strength.GROUPS_AND_COMMUNITY, Strength.BROAD_REACH)
        .putFormat(
            PostFormat.TEXT,
            FormatLimits.builder().addTextLimit(text).addNotes(oldLimits, hashtags).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(10)
                .mixedMediaAllowed(false)
                .acceptedAspectRatios(accepted)
                .addNotes(oldLimits, hashtags, "Up to 10 images through the API.")
                .build())
        .putFormat(
            PostFormat.CAROUSEL,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(2)
                .maxMediaItems(10)
                .mixedMediaAllowed(false)
                .acceptedAspectRatios(accepted)
                .addNotes(oldLimits, hashtags, "At least 2 images and no video.")
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofMinutes(30))
                .acceptedAspectRatios(accepted)
                .addNotes(
                    oldLimits,
                    hashtags,
                    "The API allows 30 minutes; 10 minutes is the limit commonly cited.")
                .build())
        .putFormat(
            PostFormat.DOCUMENT,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxDocumentPages(300)
                .maxMediaBytes(100_000_000L)
                .addNotes(oldLimits, hashtags, "One document of at most 300 pages and 100 MB.")
                .build())
        .addRecommendedFrequency(PostingFrequency.perDay(1, 5).withSource(HOOTSUITE_2023))
        .addSources(
            Source.secondary("Scheduling-tool documentation on LinkedIn limits"), PEW_2023_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * TikTok: video caption 2,200; photo post description 4,000 and title 90; 1 video, or up to 35
   * photos, not mixed; video 3 s to 10 minutes; 9:16. Source: developers.tiktok.com, Content Posting
   * API (primary). Reach: Pew 2025, all 37 %, men 30, women 42, 18–29 63, 30–49 44, 50–64 30, 65+
   * 12; daily use 24 %. Strengths named in the strategy guide: Gen Z, short video, trends, live, TikTok
   * Shop, AR filters. Frequency: 1–4 posts a day (weak).
   */
  static PlatformProfile tiktok() {
    FormatLimits.Builder photo =
        FormatLimits.builder()
            .addTextLimits(
                TextLimit.body(4_000, UTF16_CODE_UNITS), TextLimit.title(90, UTF16_CODE_UNITS))
            .minMediaItems(1)
            .mixedMediaAllowed(false)
            .addAspectRatio(AspectRatio.VERTICAL_9_16)
            .addNote("Photo post: up to 35 photos, not mixed with video.");
    return PlatformProfile.builder()
        .platform(Platform.TIKTOK)
        .reach(pew2025(37, 30, 42, 63, 44, 30, 12, true).dailyUse(percent(24)).build())
        .addStrengths(
            Strength.SHORT_VIDEO,
            Strength.TRENDS,
            Strength.LIVE,
            Strength.SHOPPING,
            Strength.AR_EFFECTS)
        .putFormat(
            PostFormat.SHORT_VIDEO,
            FormatLimits.builder()
                .addTextLimit(TextLimit.body(2_200, UTF16_CODE_UNITS))
                .minMediaItems(1)
                .maxMediaItems(1)
                .mixedMediaAllowed(false)
                .minVideoDuration(Duration.ofSeconds(3))
                .maxVideoDuration(Duration.ofMinutes(10))
                .addAspectRatio(AspectRatio.VERTICAL_9_16)
                .build())
        .putFormat(PostFormat.IMAGE, photo.maxMediaItems(1).build())
        .putFormat(PostFormat.CAROUSEL, photo.maxMediaItems(35).build())
        .putFormat(PostFormat.LIVE, FormatLimits.unknown())
        .addRecommendedFrequency(PostingFrequency.perDay(1, 4).withSource(FREQUENCY_WEAK))
        .addSources(
            Source.primary("developers.tiktok.com, Content Posting API"), PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * YouTube: title 100, description 5,000; the first 3 hashtags show above the title; 1 video;
   * Shorts up to 3 minutes when square or vertical (since 15 October 2024); long-form 16:9, Shorts
   * 9:16 or 1:1. Source: YouTube Help (secondary mirror). Reach: Pew 2025, all 84 %, men 86, women
   * 83, 18–29 95, 30–49 92, 50–64 85, 65+ 64; daily use 48 %. Strengths named in the strategy guide: Shorts,
   * live, keyword discovery, often best overall; long-form video. Frequency: 1–2 long videos and 3–5
   * Shorts a week (weak).
   */
  static PlatformProfile youtube() {
    TextLimit title = TextLimit.title(100, UTF16_CODE_UNITS);
    TextLimit description = TextLimit.body(5_000, UTF16_CODE_UNITS);
    String hashtags = "The first 3 hashtags show above the title.";
    return PlatformProfile.builder()
        .platform(Platform.YOUTUBE)
        .reach(pew2025(84, 86, 83, 95, 92, 85, 64, true).dailyUse(percent(48)).build())
        .addStrengths(
            Strength.LONG_VIDEO,
            Strength.SHORT_VIDEO,
            Strength.LIVE,
            Strength.SEARCH_AND_DISCOVERY,
            Strength.BROAD_REACH)
        .putFormat(
            PostFormat.LONG_VIDEO,
            FormatLimits.builder()
                .addTextLimits(title, description)
                .minMediaItems(1)
                .maxMediaItems(1)
                .addAspectRatio(AspectRatio.LANDSCAPE_16_9)
                .addNote(hashtags)
                .build())
        .putFormat(
            PostFormat.SHORT_VIDEO,
            FormatLimits.builder()
                .addTextLimits(title, description)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofMinutes(3))
                .addAspectRatios(AspectRatio.VERTICAL_9_16, AspectRatio.SQUARE)
                .addNotes(
                    hashtags,
                    "Shorts: up to 3 minutes when square or vertical, since 15 Oct 2024.")
                .build())
        .putFormat(PostFormat.LIVE, FormatLimits.unknown())
        .addRecommendedFrequencies(
            PostingFrequency.perWeek(1, 2)
                .forFormats(PostFormat.LONG_VIDEO)
                .withSource(FREQUENCY_WEAK),
            PostingFrequency.perWeek(3, 5)
                .forFormats(PostFormat.SHORT_VIDEO)
                .withSource(FREQUENCY_WEAK))
        .addSources(Source.secondary("YouTube Help (secondary mirror)"), PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Pinterest: title 100, description 500; 1 image or video, or a carousel of up to 5; video 4 s to
   * 15 minutes; images 2:3 (1000×1500), video 1:2 to 1.91:1. Source: help.pinterest.com, product
   * specs (primary). Reach: Pew 2023 (report of 2024-01-31), all 35 %, men 19, women 50, 18–29 45,
   * 30–49 40, 50–64 33, 65+ 21, transcribed: the audience skews strongly female. Strengths: visual
   * and search-and-discovery (not named in the strategy guide; Pinterest presents itself as a visual
   * discovery engine). Frequency: 3–5 pins a day (weak).
   */
  static PlatformProfile pinterest() {
    List<TextLimit> text =
        List.of(TextLimit.title(100, UTF16_CODE_UNITS), TextLimit.body(500, UTF16_CODE_UNITS));
    AspectRatio pin = AspectRatio.of(2, 3);
    return PlatformProfile.builder()
        .platform(Platform.PINTEREST)
        .reach(
            AudienceReach.builder()
                .all(percent(35))
                .men(percent(19))
                .women(percent(50))
                .putByAgeBand(AgeBand.AGE_18_29, percent(45))
                .putByAgeBand(AgeBand.AGE_30_49, percent(40))
                .putByAgeBand(AgeBand.AGE_50_64, percent(33))
                .putByAgeBand(AgeBand.AGE_65_PLUS, percent(21))
                .survey(PEW_2023)
                .published(PEW_2023_PUBLISHED)
                .cellsTranscribed(true)
                .note(TRANSCRIBED_2023 + " Pinterest's users skew strongly female.")
                .build())
        .addStrengths(Strength.VISUAL, Strength.SEARCH_AND_DISCOVERY)
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .textLimits(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .addAspectRatio(pin)
                .addNote("Recommended size 1000×1500.")
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .textLimits(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .minVideoDuration(Duration.ofSeconds(4))
                .maxVideoDuration(Duration.ofMinutes(15))
                .acceptedAspectRatios(AspectRatioRange.of(AspectRatio.of(1, 2), AspectRatio.of(1.91, 1)))
                .build())
        .putFormat(
            PostFormat.CAROUSEL,
            FormatLimits.builder()
                .textLimits(text)
                .maxMediaItems(5)
                .addAspectRatio(pin)
                .build())
        .addRecommendedFrequency(PostingFrequency.perDay(3, 5).withSource(FREQUENCY_WEAK))
        .addSources(
            Source.primary("help.pinterest.com, product specs"),
            PEW_2023_SOURCE,
            Source.secondary("about.pinterest.com (visual discovery engine)"))
        .checkedOn(CHECKED)
        .build();
  }

  /** Threads refuses a post with more than five links (Meta, from 22 December 2025). */
  static final int MAX_THREADS_LINKS = 5;


  /**
   * Threads: 500 characters, emoji counted by their UTF-8 bytes; 1 topic tag; a carousel of up to 20
   * (Meta's Threads docs, primary; one secondary source says 10: noted); video up to 5 minutes; 9:16,
   * 4:5; at most {@value #MAX_THREADS_LINKS} distinct links a post. Source: Meta Threads API docs
   * (primary). Reach: Pew 2025, all 8 % (no cells).
   */
  static PlatformProfile threads() {
    TextLimit text = TextLimit.body(500, CODE_POINTS_EMOJI_AS_UTF8_BYTES);
    List<AspectRatio> ratios = List.of(AspectRatio.VERTICAL_9_16, AspectRatio.PORTRAIT_4_5);
    String tag = "One topic tag per post.";
    return PlatformProfile.builder()
        .platform(Platform.THREADS)
        .reach(totalOnly(8))
        .putFormat(
            PostFormat.TEXT,
            FormatLimits.builder()
                .addTextLimit(text)
                .maxHashtags(1)
                .maxLinks(MAX_THREADS_LINKS)
                .addNote(tag)
                .build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .maxHashtags(1)
                .maxLinks(MAX_THREADS_LINKS)
                .minMediaItems(1)
                .maxMediaItems(1)
                .aspectRatios(ratios)
                .addNote(tag)
                .build())
        .putFormat(
            PostFormat.CAROUSEL,
            FormatLimits.builder()
                .addTextLimit(text)
                .maxHashtags(1)
                .maxLinks(MAX_THREADS_LINKS)
                .maxMediaItems(20)
                .aspectRatios(ratios)
                .addNotes(tag, "Up to 20 items per Meta's docs; one secondary source says 10.")
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .addTextLimit(text)
                .maxHashtags(1)
                .maxLinks(MAX_THREADS_LINKS)
                .minMediaItems(1)
                .maxMediaItems(1)
                .maxVideoDuration(Duration.ofMinutes(5))
                .aspectRatios(ratios)
                .addNote(tag)
                .build())
        .addSources(
            Source.primary("Meta, Threads API documentation, \"Posts\""),
            THREADS_LINKS_SOURCE,
            PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Bluesky: 300 grapheme clusters and 3,000 UTF-8 bytes; hashtags are inline text; 4 images of at
   * most 1,000,000 bytes each, or 1 video up to 3 minutes (since March 2025); any aspect ratio.
   * Source: atproto lexicons {@code app.bsky.feed.post} and {@code app.bsky.embed.images} (primary).
   * Reach: Pew 2025, all 4 % (no cells).
   */
  static PlatformProfile bluesky() {
    List<TextLimit> text =
        List.of(TextLimit.body(300, GRAPHEME_CLUSTERS), TextLimit.body(3_000, UTF8_BYTES));
    String hashtags = "Hashtags are inline text (facets), not a separate field.";
    String anyRatio = "Any aspect ratio.";
    return PlatformProfile.builder()
        .platform(Platform.BLUESKY)
        .reach(totalOnly(4))
        .putFormat(PostFormat.TEXT, FormatLimits.builder().textLimits(text).addNote(hashtags).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .textLimits(text)
                .minMediaItems(1)
                .maxMediaItems(4)
                .mixedMediaAllowed(false)
                .maxMediaBytes(1_000_000L)
                .addNotes(hashtags, anyRatio)
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .textLimits(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .mixedMediaAllowed(false)
                .maxVideoDuration(Duration.ofMinutes(3))
                .addNotes(hashtags, anyRatio, "Up to 3 minutes since March 2025.")
                .build())
        .addSources(
            Source.primary("atproto lexicons app.bsky.feed.post and app.bsky.embed.images"),
            PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Snapchat: Story and Spotlight videos 5 to 60 s, 9:16. Source: secondary, weak. Reach: Pew 2025,
   * all 25 %, men 22, women 28, 18–29 58, 30–49 31, 50–64 13, 65+ 4 (so women over 50 are a poor
   * audience, as the strategy guide says). Strength named in the strategy guide: AR filters.
   */
  static PlatformProfile snapchat() {
    FormatLimits video =
        FormatLimits.builder()
            .minMediaItems(1)
            .maxMediaItems(1)
            .minVideoDuration(Duration.ofSeconds(5))
            .maxVideoDuration(Duration.ofSeconds(60))
            .addAspectRatio(AspectRatio.VERTICAL_9_16)
            .build();
    return PlatformProfile.builder()
        .platform(Platform.SNAPCHAT)
        .reach(pew2025(25, 22, 28, 58, 31, 13, 4, true).build())
        .addStrength(Strength.AR_EFFECTS)
        .putFormat(PostFormat.STORY, video)
        .putFormat(
            PostFormat.SHORT_VIDEO,
            FormatLimits.builder().from(video).addNote("Spotlight.").build())
        .addSources(Source.weak("Secondary sources on Snapchat Story and Spotlight specs"), PEW_2025_SOURCE)
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Google Business Profile posts: 1,500 characters; 1 image, no video. Source: secondary. No Pew
   * figures. Strength: search and discovery (posts show in Google Search and Maps; the strategy guide names
   * Google among the best overall).
   */
  static PlatformProfile googleBusinessProfile() {
    TextLimit text = TextLimit.body(1_500, UTF16_CODE_UNITS);
    return PlatformProfile.builder()
        .platform(Platform.GOOGLE_BUSINESS_PROFILE)
        .addStrength(Strength.SEARCH_AND_DISCOVERY)
        .putFormat(PostFormat.TEXT, FormatLimits.builder().addTextLimit(text).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .mixedMediaAllowed(false)
                .addNote("One image; no video.")
                .build())
        .addSources(Source.secondary("Scheduling-tool documentation on Google Business Profile"))
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Mastodon: 500 characters by default, set per instance (counted here in code points); 4 images or
   * 1 video. Source: secondary. No Pew figures.
   */
  static PlatformProfile mastodon() {
    TextLimit text = TextLimit.body(500, CODE_POINTS);
    String perInstance = "500 characters is the default; each instance sets its own limit.";
    return PlatformProfile.builder()
        .platform(Platform.MASTODON)
        .putFormat(
            PostFormat.TEXT, FormatLimits.builder().addTextLimit(text).addNote(perInstance).build())
        .putFormat(
            PostFormat.IMAGE,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(4)
                .mixedMediaAllowed(false)
                .addNote(perInstance)
                .build())
        .putFormat(
            PostFormat.VIDEO,
            FormatLimits.builder()
                .addTextLimit(text)
                .minMediaItems(1)
                .maxMediaItems(1)
                .mixedMediaAllowed(false)
                .addNote(perInstance)
                .build())
        .addSources(Source.secondary("Mastodon documentation and instance settings"))
        .addNote("Limits are set per instance; override this profile for your instance.")
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * WhatsApp: reach only (Pew 2025, all 32 %, men 30, women 34, 18–29 37, 30–49 40, 50–64 30, 65+
   * 20); the reference gives no format limits.
   */
  static PlatformProfile whatsapp() {
    return PlatformProfile.builder()
        .platform(Platform.WHATSAPP)
        .reach(pew2025(32, 30, 34, 37, 40, 30, 20, true).build())
        .addSources(PEW_2025_SOURCE)
        .addNote("Reach only: no format limits in the reference.")
        .checkedOn(CHECKED)
        .build();
  }

  /**
   * Reddit: reach only (Pew 2025, all 26 %, men 29, women 23, 18–29 48, 30–49 35, 50–64 16, 65+ 6);
   * the reference gives no format limits.
   */
  static PlatformProfile reddit() {
    return PlatformProfile.builder()
        .platform(Platform.REDDIT)
        .reach(pew2025(26, 29, 23, 48, 35, 16, 6, true).build())
        .addSources(PEW_2025_SOURCE)
        .addNote("Reach only: no format limits in the reference.")
        .checkedOn(CHECKED)
        .build();
  }

  private static AudienceReach.Builder pew2025(
      int all,
      int men,
      int women,
      int age18to29,
      int age30to49,
      int age50to64,
      int age65plus,
      boolean transcribed) {
    AudienceReach.Builder builder =
        AudienceReach.builder()
            .all(percent(all))
            .men(percent(men))
            .women(percent(women))
            .putByAgeBand(AgeBand.AGE_18_29, percent(age18to29))
            .putByAgeBand(AgeBand.AGE_30_49, percent(age30to49))
            .putByAgeBand(AgeBand.AGE_50_64, percent(age50to64))
            .putByAgeBand(AgeBand.AGE_65_PLUS, percent(age65plus))
            .survey(PEW_2025)
            .published(PEW_2025_PUBLISHED)
            .cellsTranscribed(transcribed);
    if (transcribed) {
      builder.note(TRANSCRIBED_2025);
    } else {
      builder.note("Totals and cells confirmed by news coverage.");
    }
    return builder;
  }

  private static AudienceReach totalOnly(int all) {
    return AudienceReach.builder()
        .all(percent(all))
        .survey(PEW_2025)
        .published(PEW_2025_PUBLISHED)
        .note("Pew reports only the total for this platform.")
        .build();
  }

  private static Ratio percent(int percent) {
    return Ratio.of(percent, 100);
  }
}
