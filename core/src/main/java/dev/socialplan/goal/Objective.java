package dev.socialplan.goal;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.MetricKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a social media goal is for, with the metrics each objective suggests.
 *
 * <p>The suggestions follow the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) ("focus on metrics such as conversion rate,
 * click-through rate and engagement"; traffic measured by conversions and URL clicks) and the metric
 * definitions in {@code docs/metrics.md}: engagement → engagement rate; traffic → clicks and
 * click-through rate; conversions → conversion rate and cost per acquisition; and so on, the first
 * metric of each list being the primary one. A goal whose metric is not among its objective's
 * suggestions is a warning of the goal rules, not an error: {@link #fits(MetricKind)} is the query
 * they use. Custom metrics ({@link MetricKind#of}) are never suggested.
 */
public enum Objective {
  /** Brand awareness: be seen by more people. */
  AWARENESS(
      MetricKind.REACH,
      MetricKind.IMPRESSIONS,
      MetricKind.VIEWS,
      MetricKind.VIDEO_VIEWS,
      MetricKind.VIDEO_VIEW_RATE,
      MetricKind.MENTIONS,
      MetricKind.SHARE_OF_VOICE,
      MetricKind.AMPLIFICATION_RATE,
      MetricKind.VIRALITY_RATE,
      MetricKind.COST_PER_MILLE),
  /** Engagement: get the existing audience to interact (the strategy guide, step 1, "increase engagement"). */
  ENGAGEMENT(
      MetricKind.ENGAGEMENT_RATE,
      MetricKind.ENGAGEMENTS,
      MetricKind.SHARES,
      MetricKind.AMPLIFICATION_RATE,
      MetricKind.VIRALITY_RATE,
      MetricKind.VIDEO_COMPLETION_RATE,
      MetricKind.COST_PER_ENGAGEMENT),
  /** Traffic to the website (the strategy guide, step 1, "increase traffic to your website"). */
  TRAFFIC(
      MetricKind.CLICKS,
      MetricKind.CLICK_THROUGH_RATE,
      MetricKind.WEBSITE_VISITS,
      MetricKind.COST_PER_CLICK),
  /** Audience growth: more followers (the strategy guide, step 1, "grow your audience"). */
  AUDIENCE_GROWTH(MetricKind.FOLLOWERS, MetricKind.AUDIENCE_GROWTH_RATE),
  /** Lead generation. */
  LEADS(
      MetricKind.LEADS,
      MetricKind.CONVERSION_RATE,
      MetricKind.CONVERSIONS,
      MetricKind.COST_PER_ACQUISITION),
  /** Conversions: purchases, sign-ups and other completed actions. */
  CONVERSIONS(
      MetricKind.CONVERSION_RATE,
      MetricKind.COST_PER_ACQUISITION,
      MetricKind.CONVERSIONS,
      MetricKind.ROAS),
  /** Revenue from social media, and the return on what it costs. */
  REVENUE(
      MetricKind.REVENUE,
      MetricKind.ROI,
      MetricKind.ROAS,
      MetricKind.CUSTOMER_LIFETIME_VALUE),
  /** Customer service on social media. */
  CUSTOMER_SERVICE(
      MetricKind.RESPONSE_TIME,
      MetricKind.RESPONSE_RATE,
      MetricKind.CUSTOMER_SATISFACTION,
      MetricKind.NET_PROMOTER_SCORE,
      MetricKind.NET_SENTIMENT),
  /** Community building: groups, members and the conversation among them. */
  COMMUNITY(
      MetricKind.COMMUNITY_MEMBERS,
      MetricKind.ENGAGEMENT_RATE,
      MetricKind.ENGAGEMENTS,
      MetricKind.MENTIONS,
      MetricKind.NET_SENTIMENT);

  private final List<MetricKind> suggestedMetrics;

  Objective(MetricKind... suggestedMetrics) {
    this.suggestedMetrics = List.of(suggestedMetrics);
  }

  /**
   * Returns the metrics this objective suggests, the primary one first.
   *
   * @return the suggested metrics, unmodifiable, never empty
   */
  public List<MetricKind> suggestedMetrics() {
    return suggestedMetrics;
  }

  /**
   * Returns the metric this objective is measured by first of all.
   *
   * @return the primary metric
   */
  public MetricKind primaryMetric() {
    return suggestedMetrics.get(0);
  }

  /**
   * Tells whether a metric fits this objective, that is whether the objective suggests it.
   *
   * @param metric the metric
   * @return true if the metric is among {@link #suggestedMetrics()}
   * @throws NullPointerException if the metric is null
   */
  public boolean fits(MetricKind metric) {
    Checks.notNull(metric, "metric");
    return suggestedMetrics.contains(metric);
  }

  /**
   * Returns the objectives that suggest a metric.
   *
   * @param metric the metric
   * @return the objectives, in declaration order; empty for a custom metric
   * @throws NullPointerException if the metric is null
   */
  public static Set<Objective> suggesting(MetricKind metric) {
    Checks.notNull(metric, "metric");
    return Arrays.stream(values())
        .filter(o -> o.fits(metric))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Objective.class)));
  }
}
