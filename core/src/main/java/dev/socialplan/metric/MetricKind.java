package dev.socialplan.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A kind of metric a goal is measured by, with its {@link MetricUnit} and whether a higher value is
 * better: {@link #FOLLOWERS} is a count where more is better, {@link #COST_PER_ACQUISITION} is money
 * where less is better.
 *
 * <p><b>An open type.</b> The metrics of the method are constants (definitions and sources in {@code
 * docs/metrics.md}, cited on each constant); planners measure other things too (saves, profile
 * visits, app installs, newsletter sign-ups), so any other metric is obtained with {@link
 * #of(String, String, MetricUnit, boolean)} without forking the library. A goal objective suggests
 * only well-known metrics, so a custom metric never "fits" an objective by itself (see {@code
 * dev.socialplan.goal.Objective}).
 *
 * <p>Ids are 1 to 64 characters of lower-case ASCII letters, digits, {@code '-'} and {@code '_'}.
 * Two metric kinds are equal when id, unit and direction are equal; the display name is not part of
 * equality. A well-known id always means its constant: defining it with another unit or direction is
 * refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricKind implements Comparable<MetricKind>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,64}");

  /** Followers (audience size) of an account at a point in time. Hootsuite. */
  public static final MetricKind FOLLOWERS = known("followers", "Followers", MetricUnit.COUNT, true);

  /**
   * Audience growth rate: net new followers ÷ followers at the start of the period ({@code 10,000 ->
   * 10,500} is 5 %). Hootsuite.
   */
  public static final MetricKind AUDIENCE_GROWTH_RATE =
      known("audience-growth-rate", "Audience growth rate", MetricUnit.RATE, true);

  /** Reach: unique accounts that saw the content. Hootsuite. */
  public static final MetricKind REACH = known("reach", "Reach", MetricUnit.COUNT, true);

  /** Impressions: times the content was shown, repeats included. Buffer help. */
  public static final MetricKind IMPRESSIONS =
      known("impressions", "Impressions", MetricUnit.COUNT, true);

  /** Views of any content (Instagram replaced impressions with views in April 2025). Meta. */
  public static final MetricKind VIEWS = known("views", "Views", MetricUnit.COUNT, true);

  /**
   * Engagements: the sum of the platform's engagement components (likes, comments, shares, saves,
   * clicks… as each platform counts them). Buffer; LinkedIn help.
   */
  public static final MetricKind ENGAGEMENTS =
      known("engagements", "Engagements", MetricUnit.COUNT, true);

  /**
   * Engagement rate: engagements ÷ reach, impressions, views or followers (the calculator names the
   * denominator). Hootsuite engagement-rate guide.
   */
  public static final MetricKind ENGAGEMENT_RATE =
      known("engagement-rate", "Engagement rate", MetricUnit.RATE, true);

  /** Shares (reposts) of the content. Kaushik. */
  public static final MetricKind SHARES = known("shares", "Shares", MetricUnit.COUNT, true);

  /** Amplification rate: shares ÷ followers, per post. Kaushik; Hootsuite. */
  public static final MetricKind AMPLIFICATION_RATE =
      known("amplification-rate", "Amplification rate", MetricUnit.RATE, true);

  /** Virality rate: shares ÷ impressions ({@code 240 ÷ 12,000} is 2 %). */
  public static final MetricKind VIRALITY_RATE =
      known("virality-rate", "Virality rate", MetricUnit.RATE, true);

  /** Link clicks. Google Ads help. */
  public static final MetricKind CLICKS = known("clicks", "Clicks", MetricUnit.COUNT, true);

  /** Click-through rate: clicks ÷ impressions ({@code 5 ÷ 1,000} is 0.5 %). Google Ads help. */
  public static final MetricKind CLICK_THROUGH_RATE =
      known("click-through-rate", "Click-through rate", MetricUnit.RATE, true);

  /** Website visits (sessions) that came from social media, as web analytics counts them. */
  public static final MetricKind WEBSITE_VISITS =
      known("website-visits", "Website visits", MetricUnit.COUNT, true);

  /** Leads: contacts captured (sign-ups, enquiries, lead forms). */
  public static final MetricKind LEADS = known("leads", "Leads", MetricUnit.COUNT, true);

  /** Conversions: completed goal actions (purchases, sign-ups). Google Ads help. */
  public static final MetricKind CONVERSIONS =
      known("conversions", "Conversions", MetricUnit.COUNT, true);

  /**
   * Conversion rate: conversions ÷ interactions ({@code 50 ÷ 1,000} is 5 %; can exceed 100 % when
   * every conversion counts). Google Ads help.
   */
  public static final MetricKind CONVERSION_RATE =
      known("conversion-rate", "Conversion rate", MetricUnit.RATE, true);

  /** Revenue attributed to social media. */
  public static final MetricKind REVENUE = known("revenue", "Revenue", MetricUnit.MONEY, true);

  /**
   * Return on investment: (revenue − cost) ÷ cost, cost including ad spend ({@code ($1,200 − $800) ÷
   * $800} is 50 %). Google Ads help.
   */
  public static final MetricKind ROI = known("roi", "Return on investment", MetricUnit.RATE, true);

  /** Return on ad spend: revenue ÷ ad spend ({@code $20,000 ÷ $5,000} is 4.0). */
  public static final MetricKind ROAS =
      known("roas", "Return on ad spend", MetricUnit.RATE, true);

  /** Cost per click: cost ÷ clicks. Google Ads help. */
  public static final MetricKind COST_PER_CLICK =
      known("cost-per-click", "Cost per click", MetricUnit.MONEY, false);

  /** Cost per mille: cost ÷ impressions × 1,000. Google Ads API. */
  public static final MetricKind COST_PER_MILLE =
      known("cost-per-mille", "Cost per mille", MetricUnit.MONEY, false);

  /** Cost per acquisition: cost ÷ conversions. Google Ads help. */
  public static final MetricKind COST_PER_ACQUISITION =
      known("cost-per-acquisition", "Cost per acquisition", MetricUnit.MONEY, false);

  /** Cost per engagement: spend ÷ engagements. Google Ads API. */
  public static final MetricKind COST_PER_ENGAGEMENT =
      known("cost-per-engagement", "Cost per engagement", MetricUnit.MONEY, false);

  /**
   * Customer lifetime value: average order value × orders a year × years, net of acquisition cost.
   */
  public static final MetricKind CUSTOMER_LIFETIME_VALUE =
      known("customer-lifetime-value", "Customer lifetime value", MetricUnit.MONEY, true);

  /** Mentions of the brand (tags, keyword and hashtag mentions). Sprout Social. */
  public static final MetricKind MENTIONS = known("mentions", "Mentions", MetricUnit.COUNT, true);

  /**
   * Share of voice: own mentions (or engagements) ÷ the total of the brand and its competitors
   * ({@code 50 ÷ (50 + 100 + 10 + 40)} is 25 %). Sprout Social.
   */
  public static final MetricKind SHARE_OF_VOICE =
      known("share-of-voice", "Share of voice", MetricUnit.RATE, true);

  /**
   * Net sentiment, as a fraction: %positive − %negative with neutral in the base, or (P − N) ÷ (P +
   * N), or P ÷ (P + N); the calculator names its variant. Social listening vendors' docs.
   */
  public static final MetricKind NET_SENTIMENT =
      known("net-sentiment", "Net sentiment", MetricUnit.RATE, true);

  /** Response rate: messages answered ÷ messages received. Sprout Social. */
  public static final MetricKind RESPONSE_RATE =
      known("response-rate", "Response rate", MetricUnit.RATE, true);

  /** Response time: time to first response (mean or median). Sprout Social. */
  public static final MetricKind RESPONSE_TIME =
      known("response-time", "Response time", MetricUnit.DURATION, false);

  /** Video views. */
  public static final MetricKind VIDEO_VIEWS =
      known("video-views", "Video views", MetricUnit.COUNT, true);

  /** Video view rate: views ÷ view-eligible impressions. Google Ads help. */
  public static final MetricKind VIDEO_VIEW_RATE =
      known("video-view-rate", "Video view rate", MetricUnit.RATE, true);

  /** Video completion rate: completions ÷ starts ({@code 2,180 ÷ 14,200} is 15.35 %). */
  public static final MetricKind VIDEO_COMPLETION_RATE =
      known("video-completion-rate", "Video completion rate", MetricUnit.RATE, true);

  /**
   * Net Promoter Score: % promoters (9–10) − % detractors (0–6), in points from -100 to 100. Bain
   * &amp; Company.
   */
  public static final MetricKind NET_PROMOTER_SCORE =
      known("net-promoter-score", "Net Promoter Score", MetricUnit.SCORE, true);

  /** Customer satisfaction (CSAT): satisfied answers (4–5 of 5) ÷ all answers. */
  public static final MetricKind CUSTOMER_SATISFACTION =
      known("customer-satisfaction", "Customer satisfaction (CSAT)", MetricUnit.RATE, true);

  /** Members of the brand's community (groups, channels, communities). */
  public static final MetricKind COMMUNITY_MEMBERS =
      known("community-members", "Community members", MetricUnit.COUNT, true);

  private static final List<MetricKind> WELL_KNOWN =
      List.of(
          FOLLOWERS, AUDIENCE_GROWTH_RATE, REACH, IMPRESSIONS, VIEWS, ENGAGEMENTS, ENGAGEMENT_RATE,
          SHARES, AMPLIFICATION_RATE, VIRALITY_RATE, CLICKS, CLICK_THROUGH_RATE, WEBSITE_VISITS,
          LEADS, CONVERSIONS, CONVERSION_RATE, REVENUE, ROI, ROAS, COST_PER_CLICK, COST_PER_MILLE,
          COST_PER_ACQUISITION, COST_PER_ENGAGEMENT, CUSTOMER_LIFETIME_VALUE, MENTIONS,
          SHARE_OF_VOICE, NET_SENTIMENT, RESPONSE_RATE, RESPONSE_TIME, VIDEO_VIEWS, VIDEO_VIEW_RATE,
          VIDEO_COMPLETION_RATE, NET_PROMOTER_SCORE, CUSTOMER_SATISFACTION, COMMUNITY_MEMBERS);
  private static final Map<String, MetricKind> BY_ID =
      WELL_KNOWN.stream().collect(Collectors.toUnmodifiableMap(m -> m.id, Function.identity()));

  /** The normalised id. */
  private final String id;

  /** The name shown to people. */
  private final String displayName;

  /** The unit values of this metric are measured in. */
  private final MetricUnit unit;

  /** Whether a higher value is better. */
  private final boolean higherIsBetter;

  private MetricKind(String id, String displayName, MetricUnit unit, boolean higherIsBetter) {
    this.id = id;
    this.displayName = displayName;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  private static MetricKind known(
      String id, String displayName, MetricUnit unit, boolean higherIsBetter) {
    return new MetricKind(id, displayName, unit, higherIsBetter);
  }

  /**
   * Obtains a metric kind. A well-known id returns its constant, provided unit and direction agree
   * with it; any other id defines a custom metric.
   *
   * @param id the id, case-insensitive, surrounding white space ignored
   * @param displayName the name to show, not blank
   * @param unit the unit values are measured in
   * @param higherIsBetter whether a higher value is better
   * @return the metric kind
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is malformed, the display name blank, or the id is
   *     well known with another unit or direction
   */
  public static MetricKind of(
      String id, String displayName, MetricUnit unit, boolean higherIsBetter) {
    Checks.notNull(id, "id");
    Checks.notNull(displayName, "displayName");
    Checks.notNull(unit, "unit");
    Checks.nonBlank(displayName, "displayName");
    String normalised = id.strip().toLowerCase(Locale.ROOT);
    if (!ID.matcher(normalised).matches()) {
      throw new IllegalArgumentException(
          "id must be 1 to 64 letters, digits, '-' or '_': \"" + id + "\"");
    }
    MetricKind known = BY_ID.get(normalised);
    if (known == null) {
      return new MetricKind(normalised, displayName.strip(), unit, higherIsBetter);
    }
    if (known.unit != unit || known.higherIsBetter != higherIsBetter) {
      throw new IllegalArgumentException(
          "id \"" + normalised + "\" is the well-known metric " + known.describe()
              + ", not " + new MetricKind(normalised, displayName, unit, higherIsBetter).describe());
    }
    return known;
  }

  /**
   * Returns the well-known metric with the given id.
   *
   * @param id the id, case-insensitive, surrounding white space ignored
   * @return the constant, or empty if the id is not well known
   * @throws NullPointerException if the id is null
   */
  public static Optional<MetricKind> wellKnown(String id) {
    Checks.notNull(id, "id");
    return Optional.ofNullable(BY_ID.get(id.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the well-known metrics, in the order of the constants.
   *
   * @return the well-known metrics, unmodifiable
   */
  public static List<MetricKind> wellKnown() {
    return WELL_KNOWN;
  }

  /**
   * Returns the stable id.
   *
   * @return the id, such as {@code "engagement-rate"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name to show people.
   *
   * @return the display name, such as {@code "Engagement rate"}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns the unit values of this metric are measured in.
   *
   * @return the unit
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * Tells whether a higher value is better (followers, revenue) or a lower one (costs, response
   * time).
   *
   * @return true if higher is better
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Tells whether this is one of the well-known constants.
   *
   * @return true for a constant of this class
   */
  public boolean isWellKnown() {
    return BY_ID.containsKey(id);
  }

  /**
   * Tells whether a change from one value to another is an improvement for this metric: an increase
   * when higher is better, a decrease otherwise.
   *
   * @param from the earlier value, in the unit's canonical scale
   * @param to the later value, in the same scale
   * @return true if {@code to} is strictly better than {@code from}
   */
  public boolean isImprovement(double from, double to) {
    return higherIsBetter ? to > from : to < from;
  }

  /**
   * Orders by id, then unit, then direction.
   *
   * @param other the other metric kind
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(MetricKind other) {
    int byId = id.compareTo(other.id);
    if (byId != 0) {
      return byId;
    }
    int byUnit = unit.compareTo(other.unit);
    return byUnit != 0 ? byUnit : Boolean.compare(higherIsBetter, other.higherIsBetter);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof MetricKind)) {
      return false;
    }
    MetricKind other = (MetricKind) obj;
    return id.equals(other.id) && unit == other.unit && higherIsBetter == other.higherIsBetter;
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + unit.hashCode()) * 31 + Boolean.hashCode(higherIsBetter);
  }

  /**
   * Returns the display name.
   *
   * @return the display name
   */
  @Override
  public String toString() {
    return displayName;
  }

  private String describe() {
    return unit + (higherIsBetter ? " (higher is better)" : " (lower is better)");
  }

  /**
   * Rebuilds a deserialised kind through {@link #of(String, String, MetricUnit, boolean)}: the
   * well-known constants stay unique and a tampered id, name or unit is refused.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(id, displayName, unit, higherIsBetter));
  }

}
