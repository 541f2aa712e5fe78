package dev.socialplan.tactic.rules;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.WeightedPersona;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.ArEffect;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The tactics' rules (method step 6, the strategy guide's eight trends), over the
 * tactics of the plan's {@link ContentStrategy}. Paths point at the tactic: {@code
 * content.tactics[2].platform}.
 *
 * <h2>Platform capabilities</h2>
 *
 * <p>What a platform can do comes from the catalog of the {@link PlatformRules#CATALOG} setting, so
 * a planner's own profiles apply: live video is the {@link PostFormat#LIVE} format (or the {@link
 * Strength#LIVE} strength), a shop the {@link Strength#SHOPPING} strength, AR effects the {@link
 * Strength#AR_EFFECTS} strength, short video the {@link PostFormat#SHORT_VIDEO} format and its
 * limits. A platform without a profile in the catalog is not judged (nothing is known about it).
 */
public final class TacticRules {
  private TacticRules() {}

  /** Slack for binary rounding of weighted shares, so that a full match meets a minimum of 1. */
  private static final double OVERLAP_SLACK = 1e-9;

  /**
   * How long before a live stream it should be announced: 7 days by default, a planning assumption
   * (a week lets followers plan to watch).
   */
  public static final Setting<Duration> LIVE_ANNOUNCEMENT_LEAD =
      Setting.of(
          "tactic.liveAnnouncementLead",
          Duration.class,
          Duration.ofDays(7),
          "how long before a live stream it should be announced",
          d -> !d.isNegative(),
          "zero or more");

  /**
   * The least share of an influencer's followers who should look like the plan's personas: 0.5 by
   * default (at least half), a planning assumption. See {@link #audienceOverlap(Audience,
   * Audience)}.
   */
  public static final Setting<Double> INFLUENCER_AUDIENCE_OVERLAP =
      Setting.of(
          "tactic.influencerAudienceOverlap",
          Double.class,
          0.5,
          "the least share of an influencer's followers who should look like the plan's personas"
              + " (age and gender)",
          d -> d >= 0 && d <= 1,
          "between 0 and 1");

  /** A live stream on a platform without live video (error). */
  public static final FindingCode TACTIC_LIVE_UNSUPPORTED =
      code("TACTIC_LIVE_UNSUPPORTED", Severity.ERROR);

  /** A live stream without an announcement before it starts (warning). */
  public static final FindingCode TACTIC_LIVE_NOT_ANNOUNCED =
      code("TACTIC_LIVE_NOT_ANNOUNCED", Severity.WARNING);

  /** A live stream announced, but less far ahead than the lead time setting (warning). */
  public static final FindingCode TACTIC_LIVE_ANNOUNCED_LATE =
      code("TACTIC_LIVE_ANNOUNCED_LATE", Severity.WARNING);

  /** A shop on a platform without shopping (error). */
  public static final FindingCode TACTIC_SHOP_UNSUPPORTED =
      code("TACTIC_SHOP_UNSUPPORTED", Severity.ERROR);

  /** An AR effect on a platform without AR effects (error). */
  public static final FindingCode TACTIC_AR_UNSUPPORTED =
      code("TACTIC_AR_UNSUPPORTED", Severity.ERROR);

  /** An influencer whose follower count is in no tier of the campaign's scheme (warning). */
  public static final FindingCode TACTIC_INFLUENCER_OUTSIDE_SCHEME =
      code("TACTIC_INFLUENCER_OUTSIDE_SCHEME", Severity.WARNING);

  /** An influencer of a tier the campaign does not target (warning). */
  public static final FindingCode TACTIC_INFLUENCER_TIER_NOT_TARGETED =
      code("TACTIC_INFLUENCER_TIER_NOT_TARGETED", Severity.WARNING);

  /** An influencer whose followers overlap too little with the plan's personas (warning). */
  public static final FindingCode TACTIC_INFLUENCER_AUDIENCE_MISMATCH =
      code("TACTIC_INFLUENCER_AUDIENCE_MISMATCH", Severity.WARNING);

  /** A user-generated post reposted without the creator's permission (error). */
  public static final FindingCode TACTIC_UGC_WITHOUT_PERMISSION =
      code("TACTIC_UGC_WITHOUT_PERMISSION", Severity.ERROR);

  /** A purpose-driven campaign that has not been approved (error). */
  public static final FindingCode TACTIC_PURPOSE_NOT_APPROVED =
      code("TACTIC_PURPOSE_NOT_APPROVED", Severity.ERROR);

  /** A purpose-driven campaign without a link to the brand's mission (warning). */
  public static final FindingCode TACTIC_PURPOSE_WITHOUT_MISSION_LINK =
      code("TACTIC_PURPOSE_WITHOUT_MISSION_LINK", Severity.WARNING);

  /** A short-video programme on a platform without short video (error). */
  public static final FindingCode TACTIC_SHORT_VIDEO_UNSUPPORTED =
      code("TACTIC_SHORT_VIDEO_UNSUPPORTED", Severity.ERROR);

  /** A short-video programme whose videos are longer or shorter than a platform allows (error). */
  public static final FindingCode TACTIC_SHORT_VIDEO_LENGTH =
      code("TACTIC_SHORT_VIDEO_LENGTH", Severity.ERROR);

  /**
   * A short-video programme that posts less or more often than a platform's recommended short-video
   * frequency (info: the recommendations are starting points).
   */
  public static final FindingCode TACTIC_SHORT_VIDEO_FREQUENCY =
      code("TACTIC_SHORT_VIDEO_FREQUENCY", Severity.INFO);

  /**
   * A community programme of a brand that sells only to consumers, on a platform that is not for
   * consumer groups: one without the {@link Strength#GROUPS_AND_COMMUNITY} strength, or one for
   * businesses ({@link Strength#B2B}) (warning). The article "如何為您的營銷計劃制定社交媒體營銷策略"
   * (How to create a social media marketing strategy for your marketing plan, 2021-12-24), trend 2:
   * "Facebook groups suit B2C businesses".
   */
  public static final FindingCode TACTIC_COMMUNITY_NOT_FOR_CONSUMERS =
      code("TACTIC_COMMUNITY_NOT_FOR_CONSUMERS", Severity.WARNING);

  /**
   * A community programme of a brand that sells only to businesses, on a platform without the
   * {@link Strength#B2B} strength (warning). The same article, trend 2: "if you focus more on B2B,
   * consider LinkedIn".
   */
  public static final FindingCode TACTIC_COMMUNITY_NOT_FOR_BUSINESSES =
      code("TACTIC_COMMUNITY_NOT_FOR_BUSINESSES", Severity.WARNING);

  /**
   * A community programme of a brand that sells only to consumers that is not a group (no group
   * name) (info: the strategy guide recommends groups for B2C, but a page can hold a community too).
   */
  public static final FindingCode TACTIC_COMMUNITY_NOT_A_GROUP =
      code("TACTIC_COMMUNITY_NOT_A_GROUP", Severity.INFO);

  /**
   * A community programme that names no kind of interactive post (warning). The article, trend 2:
   * "try to interact in your posts and include the audience; you can ask questions and quizzes to
   * collect your followers' opinions".
   */
  public static final FindingCode TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS =
      code("TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS", Severity.WARNING);

  /**
   * A community programme that names kinds of interactive post but plans none a week (warning).
   */
  public static final FindingCode TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE =
      code("TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE", Severity.WARNING);

  /** Live streams only on platforms with live video, announced in advance. */
  public static final Rule<StrategyPlan> LIVE_STREAMS =
      Rule.of(
          "tactic.liveStream",
          List.of(TACTIC_LIVE_UNSUPPORTED, TACTIC_LIVE_NOT_ANNOUNCED, TACTIC_LIVE_ANNOUNCED_LATE),
          List.of(PlatformRules.CATALOG, LIVE_ANNOUNCEMENT_LEAD),
          (plan, context) -> each(plan, LiveStream.class, (t, out) -> liveStream(t, context, out)));

  /** Shops only on platforms with shopping. */
  public static final Rule<StrategyPlan> SOCIAL_COMMERCE =
      Rule.of(
          "tactic.socialCommerce",
          List.of(TACTIC_SHOP_UNSUPPORTED),
          List.of(PlatformRules.CATALOG),
          (plan, context) ->
              each(
                  plan,
                  SocialCommerce.class,
                  (t, out) ->
                      lacking(
                          context, t.tactic().platform(), Strength.SHOPPING, out,
                          TACTIC_SHOP_UNSUPPORTED, t, t.tactic().shopName())));

  /** AR effects only on platforms with AR effects. */
  public static final Rule<StrategyPlan> AR_EFFECTS =
      Rule.of(
          "tactic.arEffect",
          List.of(TACTIC_AR_UNSUPPORTED),
          List.of(PlatformRules.CATALOG),
          (plan, context) ->
              each(
                  plan,
                  ArEffect.class,
                  (t, out) ->
                      lacking(
                          context, t.tactic().platform(), Strength.AR_EFFECTS, out,
                          TACTIC_AR_UNSUPPORTED, t, t.tactic().name())));

  /** Influencers within the tiers the campaign targets. */
  public static final Rule<StrategyPlan> INFLUENCER_TIERS =
      Rule.of(
          "tactic.influencerTiers",
          List.of(TACTIC_INFLUENCER_OUTSIDE_SCHEME, TACTIC_INFLUENCER_TIER_NOT_TARGETED),
          (plan, context) -> each(plan, InfluencerCampaign.class, TacticRules::influencerTiers));

  /** Influencers whose followers look like the plan's personas. */
  public static final Rule<StrategyPlan> INFLUENCER_AUDIENCE =
      Rule.of(
          "tactic.influencerAudience",
          List.of(TACTIC_INFLUENCER_AUDIENCE_MISMATCH),
          List.of(INFLUENCER_AUDIENCE_OVERLAP),
          (plan, context) ->
              each(
                  plan,
                  InfluencerCampaign.class,
                  (t, out) -> influencerAudience(plan, t, context, out)));

  /** Every user-generated repost with the creator's permission. */
  public static final Rule<StrategyPlan> UGC_PERMISSION =
      Rule.of(
          "tactic.ugcPermission",
          List.of(TACTIC_UGC_WITHOUT_PERMISSION),
          (plan, context) -> each(plan, UgcProgramme.class, TacticRules::ugcPermission));

  /** Purpose-driven campaigns approved and linked to the brand's mission. */
  public static final Rule<StrategyPlan> PURPOSE_DRIVEN =
      Rule.of(
          "tactic.purposeDriven",
          List.of(TACTIC_PURPOSE_NOT_APPROVED, TACTIC_PURPOSE_WITHOUT_MISSION_LINK),
          (plan, context) ->
              each(plan, PurposeDrivenCampaign.class, (t, out) -> purposeDriven(plan, t, out)));

  /** Short-video programmes on platforms with short video, within their limits and frequencies. */
  public static final Rule<StrategyPlan> SHORT_VIDEO =
      Rule.of(
          "tactic.shortVideo",
          List.of(
              TACTIC_SHORT_VIDEO_UNSUPPORTED,
              TACTIC_SHORT_VIDEO_LENGTH,
              TACTIC_SHORT_VIDEO_FREQUENCY),
          List.of(PlatformRules.CATALOG),
          (plan, context) ->
              each(plan, ShortVideoProgramme.class, (t, out) -> shortVideo(t, context, out)));

  /**
   * Community programmes on a platform that fits whom the brand sells to ({@link
   * dev.socialplan.plan.Brand#businessModel()}): consumer groups for B2C, a business network for
   * B2B, either for a brand that sells to both. What a platform is for comes from the catalog's
   * strengths, so a planner's own profiles apply; a platform without a profile is not judged.
   */
  public static final Rule<StrategyPlan> COMMUNITY_PLATFORM =
      Rule.of(
          "tactic.communityPlatform",
          List.of(
              TACTIC_COMMUNITY_NOT_FOR_CONSUMERS,
              TACTIC_COMMUNITY_NOT_FOR_BUSINESSES,
              TACTIC_COMMUNITY_NOT_A_GROUP),
          List.of(PlatformRules.CATALOG),
          (plan, context) ->
              each(
                  plan,
                  CommunityProgramme.class,
                  (t, out) -> communityPlatform(plan.brand().businessModel(), t, context, out)));

  /** Community programmes fed with interactive posts (questions, quizzes, polls) every week. */
  public static final Rule<StrategyPlan> COMMUNITY_INTERACTION =
      Rule.of(
          "tactic.communityInteraction",
          List.of(TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS, TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE),
          (plan, context) ->
              each(plan, CommunityProgramme.class, TacticRules::communityInteraction));

  /**
   * Returns the tactics' rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(
        List.of(
            LIVE_STREAMS,
            SOCIAL_COMMERCE,
            AR_EFFECTS,
            INFLUENCER_TIERS,
            INFLUENCER_AUDIENCE,
            UGC_PERMISSION,
            PURPOSE_DRIVEN,
            SHORT_VIDEO,
            COMMUNITY_PLATFORM,
            COMMUNITY_INTERACTION));
  }

  private static FindingCode code(String name, Severity severity) {
    return FindingCode.of(name, severity, MethodStep.CONTENT, MessageBundle.CORE);
  }

  /** A tactic of some kind with its path in the plan. */
  private record Indexed<T extends Tactic>(T tactic, String path) {}

  private static <T extends Tactic> List<Finding> each(
      StrategyPlan plan, Class<T> kind, BiConsumer<Indexed<T>, List<Finding>> check) {
    if (plan.content().isEmpty()) {
      return List.of();
    }
    List<Tactic> tactics = plan.content().get().tactics();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < tactics.size(); i++) {
      Tactic t = tactics.get(i);
      if (kind.isInstance(t)) {
        check.accept(new Indexed<>(kind.cast(t), "content.tactics[" + i + "]"), out);
      }
    }
    return out;
  }

  private static Optional<PlatformProfile> profile(ValidationContext context, Platform platform) {
    PlatformCatalog catalog = context.setting(PlatformRules.CATALOG);
    return catalog.profile(platform);
  }

  private static void lacking(
      ValidationContext context,
      Platform platform,
      Strength capability,
      List<Finding> out,
      FindingCode code,
      Indexed<?> tactic,
      String what) {
    profile(context, platform)
        .filter(p -> !p.hasStrength(capability))
        .ifPresent(p -> out.add(Finding.of(code, tactic.path() + ".platform", FindingArgument.text("tactic", what), FindingArgument.text("platform", platform.displayName()))));
  }

  private static void liveStream(
      Indexed<LiveStream> indexed, ValidationContext context, List<Finding> out) {
    LiveStream stream = indexed.tactic();
    profile(context, stream.platform())
        .filter(p -> !p.supports(PostFormat.LIVE) && !p.hasStrength(Strength.LIVE))
        .ifPresent(
            p ->
                out.add(
                    Finding.of(
                        TACTIC_LIVE_UNSUPPORTED,
                        indexed.path() + ".platform",
                        FindingArgument.text("tactic", stream.name()),
                        FindingArgument.text("platform", stream.platform().displayName()))));
    String path = indexed.path() + ".announcedAt";
    if (!stream.isAnnouncedInAdvance()) {
      out.add(Finding.of(TACTIC_LIVE_NOT_ANNOUNCED, path, FindingArgument.text("tactic", stream.name())));
      return;
    }
    Duration lead = stream.announcementLead().orElseThrow();
    Duration required = context.setting(LIVE_ANNOUNCEMENT_LEAD);
    if (lead.compareTo(required) < 0) {
      out.add(
          Finding.of(TACTIC_LIVE_ANNOUNCED_LATE, path, FindingArgument.text("tactic", stream.name()), FindingArgument.decimal("leadDays", days(lead)), FindingArgument.decimal("recommendedDays", days(required))));
    }
  }

  /** A duration in days, to a tenth of a day for the messages. */
  private static double days(Duration d) {
    return Math.round(d.toMinutes() / 144.0) / 10.0;
  }

  private static void influencerTiers(Indexed<InfluencerCampaign> indexed, List<Finding> out) {
    InfluencerCampaign campaign = indexed.tactic();
    Set<InfluencerTier> targets =
        campaign.targetTiers().isEmpty() ? campaign.tierScheme().tiers() : campaign.targetTiers();
    String targetNames = targets.stream().map(Enum::name).collect(Collectors.joining(", "));
    List<Influencer> influencers = campaign.influencers();
    for (int i = 0; i < influencers.size(); i++) {
      Influencer influencer = influencers.get(i);
      String path = indexed.path() + ".influencers[" + i + "]";
      Optional<InfluencerTier> tier = influencer.tier(campaign.tierScheme());
      if (tier.isEmpty()) {
        out.add(
            Finding.of(
                TACTIC_INFLUENCER_OUTSIDE_SCHEME,
                path,
                FindingArgument.text("influencer", influencer.handle()),
                FindingArgument.integer("followers", influencer.followers()),
                FindingArgument.text("scheme", campaign.tierScheme().name())));
      } else if (!targets.contains(tier.get())) {
        out.add(
            Finding.of(
                TACTIC_INFLUENCER_TIER_NOT_TARGETED,
                path,
                FindingArgument.text("influencer", influencer.handle()),
                FindingArgument.integer("followers", influencer.followers()),
                FindingArgument.text("tier", tier.get().name()),
                FindingArgument.text("scheme", campaign.tierScheme().name()),
                FindingArgument.text("targetTiers", targetNames)));
      }
    }
  }

  private static void influencerAudience(
      StrategyPlan plan,
      Indexed<InfluencerCampaign> indexed,
      ValidationContext context,
      List<Finding> out) {
    Audience personas = plan.audience().orElse(Audience.empty());
    double minimum = context.setting(INFLUENCER_AUDIENCE_OVERLAP);
    List<Influencer> influencers = indexed.tactic().influencers();
    for (int i = 0; i < influencers.size(); i++) {
      Influencer influencer = influencers.get(i);
      Optional<Audience> followers = influencer.audience();
      if (followers.isEmpty()) {
        continue;
      }
      OptionalDouble overlap = audienceOverlap(followers.get(), personas);
      if (overlap.isPresent() && overlap.getAsDouble() + OVERLAP_SLACK < minimum) {
        out.add(
            Finding.of(
                TACTIC_INFLUENCER_AUDIENCE_MISMATCH,
                indexed.path() + ".influencers[" + i + "].audience",
                FindingArgument.text("influencer", influencer.handle()),
                FindingArgument.percent("overlap", overlap.getAsDouble()),
                FindingArgument.percent("minimum", minimum)));
      }
    }
  }

  /**
   * Returns the share of an influencer's followers who look like the plan's personas: who fall, by
   * age and gender, within at least one persona.
   *
   * <p>Each follower segment (a weighted persona of the influencer's audience) is spread evenly over
   * the years of its age range and over women, men and other genders by its gender mix; a cell
   * (one age, one gender) matches when some persona of the plan has that age in its range and a
   * positive share of that gender. Where either side does not say (no age range, no gender mix),
   * that dimension is not compared. The segments' matched shares are weighted by the segments'
   * weights (rescaled to add up to 1; equal when they add up to 0). Example: followers women 18–34,
   * personas women 20–29: 10 of 17 years match, 59 %.
   *
   * @param followers who follows the influencer
   * @param personas the plan's audience
   * @return the overlap, 0 to 1; empty when either audience has no personas
   */
  public static OptionalDouble audienceOverlap(Audience followers, Audience personas) {
    if (followers.isEmpty() || personas.isEmpty()) {
      return OptionalDouble.empty();
    }
    double total = followers.totalWeight();
    boolean equal = !(total > 0) || !Double.isFinite(total);
    int n = followers.members().size();
    PersonaCells cells = PersonaCells.of(personas.personas());
    double overlap = 0;
    for (WeightedPersona segment : followers.members()) {
      double weight = equal ? 1.0 / n : segment.weight() / total;
      overlap += weight * matched(segment.persona(), cells);
    }
    return OptionalDouble.of(Math.min(1.0, Math.max(0.0, overlap)));
  }

  /**
   * The plan's personas as arrays, read once per overlap instead of once per age and gender: each
   * persona's age bounds ({@code -1} when it gives no age range) and which of women, men and other
   * genders it has a positive share of ({@code null} when it gives no gender mix).
   */
  private static final class PersonaCells {
    private final int[] minAge;
    private final int[] maxAge;
    private final boolean[][] genders;

    private PersonaCells(int[] minAge, int[] maxAge, boolean[][] genders) {
      this.minAge = minAge;
      this.maxAge = maxAge;
      this.genders = genders;
    }

    static PersonaCells of(List<Persona> personas) {
      int n = personas.size();
      int[] min = new int[n];
      int[] max = new int[n];
      boolean[][] genders = new boolean[n][];
      for (int p = 0; p < n; p++) {
        Persona persona = personas.get(p);
        min[p] = persona.ageRange().map(r -> r.min()).orElse(-1);
        max[p] = persona.ageRange().map(r -> r.max()).orElse(-1);
        if (persona.genderMix().isPresent()) {
          GenderMix mix = persona.genderMix().get();
          genders[p] = new boolean[] {mix.women() > 0, mix.men() > 0, mix.other() > 0};
        }
      }
      return new PersonaCells(min, max, genders);
    }

    /** Whether some persona covers an age (-1: not compared) and a gender (-1: not compared). */
    boolean covers(int age, int gender) {
      for (int p = 0; p < minAge.length; p++) {
        boolean ageOk = age < 0 || minAge[p] < 0 || (age >= minAge[p] && age <= maxAge[p]);
        if (ageOk && (gender < 0 || genders[p] == null || genders[p][gender])) {
          return true;
        }
      }
      return false;
    }
  }

  /** The share of one follower segment that falls within some persona. */
  private static double matched(Persona segment, PersonaCells personas) {
    int from = segment.ageRange().map(r -> r.min()).orElse(-1);
    int to = segment.ageRange().map(r -> r.max()).orElse(-1);
    double[] genderShares =
        segment
            .genderMix()
            .map(g -> new double[] {g.women(), g.men(), g.other()})
            .orElse(new double[] {1});
    double sum = 0;
    for (int g = 0; g < genderShares.length; g++) {
      if (genderShares[g] == 0) {
        continue;
      }
      int gender = genderShares.length == 1 ? -1 : g;
      // Count the matching ages first, so that a full match is exactly 1.
      long matching = 0;
      for (int age = from; age <= to; age++) {
        if (personas.covers(age, gender)) {
          matching++;
        }
      }
      sum += genderShares[g] * matching / (to - from + 1);
    }
    return sum;
  }

  private static void communityPlatform(
      BusinessModel model,
      Indexed<CommunityProgramme> indexed,
      ValidationContext context,
      List<Finding> out) {
    CommunityProgramme community = indexed.tactic();
    Optional<PlatformProfile> profile = profile(context, community.platform());
    if (profile.isEmpty()) {
      return;
    }
    String path = indexed.path() + ".platform";
    if (model == BusinessModel.B2C) {
      if (!isForConsumerGroups(profile.get())) {
        out.add(
            Finding.of(
                TACTIC_COMMUNITY_NOT_FOR_CONSUMERS,
                path,
                FindingArgument.text("tactic", community.name()),
                FindingArgument.text("platform", community.platform().displayName()),
                FindingArgument.text(
                    "fittingPlatforms", fitting(context, TacticRules::isForConsumerGroups))));
      }
      if (community.groupName().isEmpty()) {
        out.add(
            Finding.of(
                TACTIC_COMMUNITY_NOT_A_GROUP,
                indexed.path() + ".groupName",
                FindingArgument.text("tactic", community.name()),
                FindingArgument.text("platform", community.platform().displayName())));
      }
    } else if (model == BusinessModel.B2B && !profile.get().hasStrength(Strength.B2B)) {
      out.add(
          Finding.of(
              TACTIC_COMMUNITY_NOT_FOR_BUSINESSES,
              path,
              FindingArgument.text("tactic", community.name()),
              FindingArgument.text("platform", community.platform().displayName()),
              FindingArgument.text(
                  "fittingPlatforms", fitting(context, p -> p.hasStrength(Strength.B2B)))));
    }
  }

  /** Groups and communities, and not a network for businesses. */
  private static boolean isForConsumerGroups(PlatformProfile profile) {
    return profile.hasStrength(Strength.GROUPS_AND_COMMUNITY) && !profile.hasStrength(Strength.B2B);
  }

  /** The catalog's platforms that pass a test, by name, for the message: "Facebook, Reddit". */
  private static String fitting(ValidationContext context, Predicate<PlatformProfile> test) {
    String names =
        context.setting(PlatformRules.CATALOG).profiles().stream()
            .filter(test)
            .map(p -> p.platform().displayName())
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? "-" : names;
  }

  private static void communityInteraction(
      Indexed<CommunityProgramme> indexed, List<Finding> out) {
    CommunityProgramme community = indexed.tactic();
    if (community.interactivePosts().isEmpty()) {
      out.add(
          Finding.of(
              TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS,
              indexed.path() + ".interactivePosts",
              FindingArgument.text("tactic", community.name()),
              FindingArgument.text("platform", community.platform().displayName())));
    } else if (community.interactivePostsPerWeek() == 0) {
      out.add(
          Finding.of(
              TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE,
              indexed.path() + ".interactivePostsPerWeek",
              FindingArgument.text("tactic", community.name()),
              FindingArgument.integer("interactiveKinds", community.interactivePosts().size())));
    }
  }

  private static void ugcPermission(Indexed<UgcProgramme> indexed, List<Finding> out) {
    List<UgcRepost> reposts = indexed.tactic().reposts();
    for (int i = 0; i < reposts.size(); i++) {
      UgcRepost r = reposts.get(i);
      if (!r.isPermitted()) {
        out.add(
            Finding.of(
                TACTIC_UGC_WITHOUT_PERMISSION,
                indexed.path() + ".reposts[" + i + "].permission",
                FindingArgument.text("creator", r.creator()),
                FindingArgument.text("platform", r.platform().displayName())));
      }
    }
  }

  private static void purposeDriven(
      StrategyPlan plan, Indexed<PurposeDrivenCampaign> indexed, List<Finding> out) {
    PurposeDrivenCampaign campaign = indexed.tactic();
    if (!campaign.isApproved()) {
      out.add(
          Finding.of(
              TACTIC_PURPOSE_NOT_APPROVED,
              indexed.path() + ".approval",
              FindingArgument.text("campaign", campaign.name()),
              FindingArgument.text("cause", campaign.cause()),
              FindingArgument.text("status", campaign.approval().name())));
    }
    if (campaign.missionLink().isEmpty() || plan.brand().missionStatement().isEmpty()) {
      out.add(
          Finding.of(
              TACTIC_PURPOSE_WITHOUT_MISSION_LINK,
              indexed.path() + ".missionLink",
              FindingArgument.text("campaign", campaign.name()),
              FindingArgument.text("cause", campaign.cause())));
    }
  }

  private static void shortVideo(
      Indexed<ShortVideoProgramme> indexed, ValidationContext context, List<Finding> out) {
    ShortVideoProgramme programme = indexed.tactic();
    for (Platform platform : programme.platforms()) {
      Optional<PlatformProfile> profile = profile(context, platform);
      if (profile.isEmpty()) {
        continue;
      }
      String path = indexed.path() + ".platforms[" + platform.id() + "]";
      Optional<FormatLimits> limits = profile.get().limits(PostFormat.SHORT_VIDEO);
      if (limits.isEmpty()) {
        out.add(Finding.of(TACTIC_SHORT_VIDEO_UNSUPPORTED, path, FindingArgument.text("tactic", programme.name()), FindingArgument.text("platform", platform.displayName())));
        continue;
      }
      programme
          .videoLength()
          .filter(length -> !limits.get().acceptsVideoDuration(length))
          .ifPresent(
              length ->
                  out.add(
                      Finding.of(
                          TACTIC_SHORT_VIDEO_LENGTH,
                          path,
                          FindingArgument.text("tactic", programme.name()),
                          FindingArgument.text("platform", platform.displayName()),
                          FindingArgument.integer("lengthSeconds", length.toSeconds()),
                          FindingArgument.integer("minSeconds", limits.get().minVideoDuration().map(Duration::toSeconds).orElse(0L)),
                          FindingArgument.text("maxSeconds", limits
                              .get()
                              .maxVideoDuration()
                              .map(d -> Long.toString(d.toSeconds()))
                              .orElse("∞")))));
      for (PostingFrequency f : profile.get().frequenciesFor(PostFormat.SHORT_VIDEO)) {
        long perWeek = programme.postsPerWeek();
        if (perWeek < f.minPerWeek() || perWeek > f.maxPerWeek()) {
          out.add(
              Finding.of(
                  TACTIC_SHORT_VIDEO_FREQUENCY,
                  path,
                  FindingArgument.text("tactic", programme.name()),
                  FindingArgument.text("platform", platform.displayName()),
                  FindingArgument.integer("perWeek", perWeek),
                  FindingArgument.integer("minPerWeek", f.minPerWeek()),
                  FindingArgument.integer("maxPerWeek", f.maxPerWeek())));
          break;
        }
      }
    }
  }
}
