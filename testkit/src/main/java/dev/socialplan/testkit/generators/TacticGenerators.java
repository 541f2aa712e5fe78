package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.tactic.ApprovalStatus;
import dev.socialplan.tactic.ArEffect;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TierBand;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators for the {@code dev.socialplan.tactic} package: each of the eight
 * tactics, influencers, tier schemes (the two provided ones and random user schemes) and UGC
 * reposts. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class TacticGenerators {
  private static final List<String> NAMES =
      List.of("launch", "spring", "五月", "always-on", "B2B webinar", "#MyGlowMorning", "parents");
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"));
  private static final Instant EPOCH_2020 = Instant.parse("2020-01-01T00:00:00Z");

  private TacticGenerators() {}

  /**
   * Generates well-known platforms.
   *
   * @return platforms
   */
  public static Gen<Platform> platforms() {
    return Generate.pick(Platform.wellKnown());
  }

  /**
   * Generates optional campaign windows between 2020 and 2040.
   *
   * @return campaign windows, empty in about a third of cases
   */
  public static Gen<Optional<LocalDateRange>> campaignWindows() {
    return longs()
        .between(LocalDate.of(2020, 1, 1).toEpochDay(), LocalDate.of(2040, 1, 1).toEpochDay())
        .zip(
            integers().between(0, 120),
            (start, days) ->
                LocalDateRange.of(
                    LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start).plusDays(days)))
        .toOptionals(33);
  }

  /**
   * Generates tier schemes: the standard one, the strategy guide's, and random user schemes of
   * ascending, possibly gapped, bands.
   *
   * @return constructible tier schemes
   */
  public static Gen<TierScheme> tierSchemes() {
    Gen<TierScheme> random =
        lists()
            .of(integers().between(0, 2))
            .ofSize(InfluencerTier.values().length)
            .zip(
                lists()
                    .of(longs().between(1, 2_000_000))
                    .ofSize(2 * InfluencerTier.values().length),
                Generate.booleans(),
                (use, gaps, openEnded) -> {
                  List<TierBand> bands = new ArrayList<>();
                  long at = 0;
                  int g = 0;
                  for (InfluencerTier tier : InfluencerTier.values()) {
                    if (use.get(tier.ordinal()) == 0) {
                      continue;
                    }
                    long from = at + gaps.get(g++) - 1;
                    long until = from + gaps.get(g++);
                    bands.add(TierBand.of(tier, from, until));
                    at = until;
                  }
                  if (bands.isEmpty()) {
                    bands.add(TierBand.atLeast(InfluencerTier.MICRO, gaps.get(0)));
                  } else if (openEnded) {
                    TierBand last = bands.remove(bands.size() - 1);
                    bands.add(TierBand.atLeast(last.tier(), last.from()));
                  }
                  return TierScheme.builder().name("user scheme").addAllBands(bands).build();
                });
    return Generate.pick(List.of(TierScheme.STANDARD, TierScheme.ARTICLE)).mix(random, 60);
  }

  /**
   * Generates influencers with up to ten million followers, with or without known rates and
   * follower demographics ({@link AudienceGenerators#audiences(int)}), and fees in the given
   * currency.
   *
   * @param currency the fee currency
   * @return constructible influencers
   */
  public static Gen<Influencer> influencers(CurrencyUnit currency) {
    Gen<Optional<Ratio>> rates =
        longs()
            .between(0, 10_000)
            .zip(longs().between(0, 100_000), Ratio::of)
            .toOptionals(30);
    return Generate.pick(NAMES)
        .zip(
            platforms(),
            longs().between(0, 10_000_000),
            BudgetGenerators.money(currency, 100_000_000L),
            (handle, platform, followers, fee) ->
                Influencer.of("@" + handle, platform, followers, fee))
        .zip(
            rates,
            rates,
            AudienceGenerators.audiences(3).toOptionals(40),
            (i, engagement, reach, followers) -> {
              Influencer.Builder b = Influencer.builder().from(i);
              engagement.ifPresent(b::engagementRate);
              reach.ifPresent(b::reachRate);
              followers.ifPresent(b::audience);
              return b.build();
            });
  }

  /**
   * Generates influencer campaigns with up to {@code maxInfluencers} influencers, fees in one
   * currency, any tier scheme and target tiers.
   *
   * @param maxInfluencers the largest number of influencers, not negative
   * @return constructible campaigns
   */
  public static Gen<InfluencerCampaign> influencerCampaigns(int maxInfluencers) {
    return BudgetGenerators.currencies()
        .flatMap(c -> lists().of(influencers(c)).ofSizeBetween(0, maxInfluencers))
        .zip(
            tierSchemes(),
            lists().of(Generate.enumValues(InfluencerTier.class)).ofSizeBetween(0, 2),
            campaignWindows(),
            (influencers, scheme, tiers, window) -> {
              InfluencerCampaign.Builder b =
                  InfluencerCampaign.builder()
                      .name("influencer campaign")
                      .addAllInfluencers(influencers)
                      .tierScheme(scheme)
                      .addAllTargetTiers(tiers);
              window.ifPresent(b::campaignWindow);
              return b.build();
            });
  }

  /**
   * Generates short-video programmes, mostly on TikTok, Instagram and YouTube, sometimes on any
   * well-known platform (one without short video is a finding for the rules).
   *
   * @return constructible programmes
   */
  public static Gen<ShortVideoProgramme> shortVideoProgrammes() {
    return lists()
        .of(
            Generate.pick(List.of(Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE))
                .mix(platforms(), 20))
        .ofSizeBetween(0, 3)
        .zip(
            integers().between(0, 28),
            Generate.booleans(),
            integers().between(1, 900).toOptionals(30),
            (platforms, perWeek, repurposed, seconds) -> {
              ShortVideoProgramme.Builder b =
                  ShortVideoProgramme.builder()
                      .name("short video")
                      .addAllPlatforms(platforms)
                      .postsPerWeek(perWeek)
                      .repurposed(repurposed);
              seconds.ifPresent(s -> b.videoLength(Duration.ofSeconds(s)));
              return b.build();
            });
  }

  /**
   * Generates community programmes.
   *
   * @return constructible programmes
   */
  public static Gen<CommunityProgramme> communityProgrammes() {
    return platforms()
        .zip(
            lists().of(Generate.enumValues(InteractivePost.class)).ofSizeBetween(0, 3),
            integers().between(0, 14),
            (platform, posts, perWeek) ->
                CommunityProgramme.builder()
                    .name("community")
                    .platform(platform)
                    .addAllInteractivePosts(posts)
                    .interactivePostsPerWeek(perWeek)
                    .build());
  }

  /**
   * Generates live streams in several zones (including one with a half-hour DST shift), with
   * announcements before, at or after the start, or none.
   *
   * @return constructible live streams
   */
  public static Gen<LiveStream> liveStreams() {
    return platforms()
        .zip(
            longs().between(0, 20L * 365 * 24 * 3600),
            Generate.pick(ZONES),
            integers().between(1, 600),
            (platform, seconds, zone, minutes) ->
                LiveStream.of(
                    "live",
                    platform,
                    ZonedDateTime.ofInstant(EPOCH_2020.plusSeconds(seconds), zone),
                    Duration.ofMinutes(minutes)))
        .zip(
            integers().between(-48, 14 * 24).toOptionals(25),
            (live, hours) ->
                hours.map(h -> live.withAnnouncedAt(live.start().minusHours(h))).orElse(live));
  }

  /**
   * Generates UGC programmes whose reposts have permission or not.
   *
   * @return constructible programmes
   */
  public static Gen<UgcProgramme> ugcProgrammes() {
    Gen<UgcRepost> reposts =
        Generate.pick(NAMES)
            .zip(
                platforms(),
                longs().between(0, 20L * 365 * 24 * 3600).toOptionals(40),
                (creator, platform, granted) -> {
                  UgcRepost r = UgcRepost.of("@" + creator, platform);
                  return granted
                      .map(s -> CreatorPermission.grantedAt(EPOCH_2020.plusSeconds(s)))
                      .map(r::withPermission)
                      .orElse(r);
                });
    return lists()
        .of(reposts)
        .ofSizeBetween(0, 6)
        .zip(
            lists().of(platforms()).ofSizeBetween(0, 3),
            (rs, on) ->
                UgcProgramme.builder()
                    .name("ugc")
                    .hashtag("#MyGlowMorning")
                    .addAllCollectingOn(on)
                    .addAllReposts(rs)
                    .build());
  }

  /**
   * Generates purpose-driven campaigns in every approval state, with or without a mission link.
   *
   * @return constructible campaigns
   */
  public static Gen<PurposeDrivenCampaign> purposeDrivenCampaigns() {
    return Generate.enumValues(ApprovalStatus.class)
        .zip(
            Generate.booleans(),
            lists().of(platforms()).ofSizeBetween(0, 3),
            (status, linked, on) -> {
              PurposeDrivenCampaign.Builder b =
                  PurposeDrivenCampaign.builder()
                      .name("purpose")
                      .cause("support for single parents")
                      .approval(status)
                      .addAllPlatforms(on);
              if (status != ApprovalStatus.NOT_SUBMITTED) {
                b.approver("head of brand");
              }
              if (linked) {
                b.missionLink("follows from the mission");
              }
              return b.build();
            });
  }

  /**
   * Generates tactics of all eight kinds, with optional windows and references.
   *
   * @return constructible tactics
   */
  public static Gen<Tactic> tactics() {
    Gen<Tactic> shop =
        platforms().map(p -> (Tactic) SocialCommerce.of("shop", p, "Glow Shop"));
    Gen<Tactic> ar = platforms().map(p -> (Tactic) ArEffect.of("filter", p));
    // mix(other, p) takes other p % of the time: these weights give each kind about an eighth.
    Gen<Tactic> any =
        shortVideoProgrammes()
            .map(t -> (Tactic) t)
            .mix(communityProgrammes().map(t -> (Tactic) t), 50)
            .mix(influencerCampaigns(5).map(t -> (Tactic) t), 33)
            .mix(liveStreams().map(t -> (Tactic) t), 25)
            .mix(ugcProgrammes().map(t -> (Tactic) t), 20)
            .mix(shop, 17)
            .mix(ar, 14)
            .mix(purposeDrivenCampaigns().map(t -> (Tactic) t), 12);
    return any.zip(
        campaignWindows(),
        Generate.booleans(),
        (t, window, linked) -> withLinks(t, window, linked));
  }

  private static Tactic withLinks(Tactic t, Optional<LocalDateRange> window, boolean linked) {
    Optional<String> allocation = linked ? Optional.of("allocation-1") : Optional.empty();
    List<String> goals = linked ? List.of("goal-1", "goal-2") : List.of();
    switch (t.kind()) {
      case SHORT_VIDEO:
        return ShortVideoProgramme.builder()
            .from((ShortVideoProgramme) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case COMMUNITY:
        return CommunityProgramme.builder()
            .from((CommunityProgramme) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case INFLUENCER:
        return InfluencerCampaign.builder()
            .from((InfluencerCampaign) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case LIVE_STREAM:
        return LiveStream.builder()
            .from((LiveStream) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case USER_GENERATED_CONTENT:
        return UgcProgramme.builder()
            .from((UgcProgramme) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case SOCIAL_COMMERCE:
        return SocialCommerce.builder()
            .from((SocialCommerce) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case AR_EFFECT:
        return ArEffect.builder()
            .from((ArEffect) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      case PURPOSE_DRIVEN:
        return PurposeDrivenCampaign.builder()
            .from((PurposeDrivenCampaign) t)
            .campaignWindow(window)
            .allocationId(allocation)
            .addAllGoalIds(goals)
            .build();
      default:
        throw new IllegalStateException("unknown tactic kind " + t.kind());
    }
  }
}
