package dev.socialplan.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * The floor of the JSON benchmarks: plain Java records with the same properties as socialplan's
 * plan and calendar documents, bound by Jackson 3 with no checks (no builders, no invariants, no
 * pointers on error). Platforms, enums and metrics stay strings; dates and times are java.time,
 * which Jackson 3 parses natively.
 */
final class PlainRecords {

  private PlainRecords() {}

  record MoneyR(String amount, String currency) {}

  record RatioR(double numerator, double denominator) {}

  record RangeR(LocalDate start, LocalDate end) {}

  record TargetR(Long count, RatioR rate, MoneyR money, Duration duration, Double score) {}

  record GrowthR(String kind, List<String> monthlyChanges, String source) {}

  record GoalR(
      String name,
      String objective,
      String metric,
      TargetR target,
      TargetR baseline,
      String platform,
      Boolean acrossAllPlatforms,
      LocalDate start,
      LocalDate deadline,
      String businessObjectiveId,
      String owner,
      GrowthR growthReference) {}

  record BrandR(String name, String industry, String businessModel, String missionStatement) {}

  record ObjectiveR(String id, String name, String description) {}

  record AgeRangeR(int min, int max) {}

  record GenderMixR(double women, double men, double other) {}

  record RegionR(String description, String country, String settlement, Set<String> activities) {}

  record IncomeBandR(MoneyR low, MoneyR high, String basis) {}

  record PersonaR(
      String name,
      AgeRangeR ageRange,
      GenderMixR genderMix,
      List<RegionR> regions,
      List<String> languages,
      IncomeBandR incomeBand,
      List<String> interests,
      String purchasingPower,
      List<String> painPoints,
      Set<String> platforms,
      String dataSource,
      Set<String> households,
      Set<String> employment,
      List<String> occupations) {}

  record MemberR(PersonaR persona, double weight) {}

  record AudienceR(List<MemberR> members) {}

  record ChoiceR(String platform, String reason) {}

  record HandleR(String platform, String name) {}

  record PresenceR(
      HandleR handle,
      Long followers,
      Double postsPerWeek,
      RatioR engagementRate,
      Double engagementsPerPost,
      LocalDate observedOn) {}

  record SwotR(
      List<String> strengths,
      List<String> weaknesses,
      List<String> opportunities,
      List<String> threats) {}

  record CompetitorR(String name, List<PresenceR> presences, String notes, SwotR swot) {}

  record AllocationR(
      String id, String platform, String category, MoneyR amount, MoneyR expectedReturn) {}

  record BudgetR(
      MoneyR total, RangeR period, Double digitalMarketingShare, List<AllocationR> allocations) {}

  record PillarR(String name, String colour, Set<String> keywords) {}

  record SliceR(String name, double share, Set<String> purposes, Set<String> sources) {}

  record MixR(String name, List<SliceR> slices, double tolerance) {}

  record KeywordSetR(String platform, Set<String> keywords) {}

  record InfluencerR(
      String handle,
      String platform,
      long followers,
      RatioR engagementRate,
      RatioR reachRate,
      AudienceR audience,
      MoneyR fee) {}

  record BandR(String tier, long from, Long until) {}

  record SchemeR(String name, List<BandR> bands) {}

  record PermissionR(Instant grantedAt, String evidence) {}

  record RepostR(String creator, String platform, String reference, PermissionR permission) {}

  /** Every tactic's properties in one record: the floor does not dispatch on the kind. */
  record TacticR(
      String kind,
      String name,
      RangeR campaignWindow,
      String allocationId,
      Set<String> goalIds,
      Set<String> platforms,
      Integer postsPerWeek,
      Boolean repurposed,
      String trendNiche,
      Duration videoLength,
      String platform,
      String groupName,
      Set<String> interactivePosts,
      Integer interactivePostsPerWeek,
      List<InfluencerR> influencers,
      SchemeR tierScheme,
      Set<String> targetTiers,
      ZonedDateTime start,
      Duration duration,
      ZonedDateTime announcedAt,
      String hashtag,
      Set<String> collectingOn,
      List<RepostR> reposts,
      String shopName,
      String cause,
      String missionLink,
      String approval,
      String approver) {}

  record StrategyR(
      List<PillarR> pillars,
      MixR mix,
      List<TacticR> tactics,
      List<KeywordSetR> keywordSets,
      String platformAdaptation) {}

  record PlanR(
      String socialplan,
      BrandR brand,
      List<ObjectiveR> businessObjectives,
      List<GoalR> goals,
      AudienceR audience,
      List<ChoiceR> platforms,
      List<CompetitorR> competitors,
      SwotR brandSwot,
      BudgetR budget,
      StrategyR content,
      ZoneId timeZone,
      RangeR period) {}

  record SourceR(boolean userGenerated, String creator, PermissionR permission) {}

  record ContentR(
      String format,
      String purpose,
      String pillar,
      String campaign,
      String text,
      List<String> hashtags,
      List<String> mentions,
      List<String> media,
      Duration duration,
      SourceR source,
      String contentSource,
      boolean purposeDriven,
      String announces,
      String linkAttachment,
      boolean paid) {}

  record PostR(
      String id,
      String platform,
      String account,
      Instant time,
      ContentR content,
      String status,
      int priority) {}

  record CalendarR(String socialplan, ZoneId zone, List<PostR> posts) {}
}
