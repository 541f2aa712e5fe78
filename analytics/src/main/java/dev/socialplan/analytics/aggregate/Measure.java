package dev.socialplan.analytics.aggregate;

import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.internal.Checks;
import java.util.Locale;

/**
 * A count measured on a post. Every count of a {@link PerformanceRecord} is one of these, and may be
 * missing. Constants are only ever added at the end, so the order of the existing ones is stable.
 */
public enum Measure {
  /** Times the post was shown. */
  IMPRESSIONS,
  /** Unique accounts that saw the post. */
  REACH,
  /** Views (Instagram's replacement for impressions since April 2025; video views elsewhere). */
  VIEWS,
  /** The account's followers on the day the post was published. */
  FOLLOWERS,
  /** Likes and reactions. */
  REACTIONS,
  /** Comments and replies. */
  COMMENTS,
  /** Shares, reposts and quotes. */
  SHARES,
  /** Saves and bookmarks. */
  SAVES,
  /** Clicks of any kind, link clicks included. */
  CLICKS,
  /** Follows gained from the post. */
  FOLLOWS,
  /** Video plays that started. */
  VIDEO_STARTS,
  /** Video plays that reached the end. */
  VIDEO_COMPLETIONS,
  /** Conversions attributed to the post. */
  CONVERSIONS,
  /**
   * Clicks on the post's link, a part of {@link #CLICKS} (Facebook's "link clicks", X's "url
   * clicks"); the other clicks are {@code CLICKS − LINK_CLICKS} when both are measured.
   */
  LINK_CLICKS,
  /**
   * People who engaged with the post: each person once, however many times they interacted, so it
   * is not a sum of interactions (Facebook's "engaged users").
   */
  ENGAGED_USERS,
  /**
   * Total time the post's video was watched, in milliseconds; its average per play is {@code
   * pooledRate(VIDEO_WATCH_TIME, VIDEO_STARTS)} on a summary.
   */
  VIDEO_WATCH_TIME;

  private static final Measure[] VALUES = values();

  /** The camel-case field name, computed once: records name fields in their messages. */
  private final String fieldName = camelCase(name());

  /** The number of measures. */
  static final int COUNT = VALUES.length;

  /**
   * Returns the measure that counts an engagement component.
   *
   * @param component the component
   * @return the measure with the same name
   */
  public static Measure of(EngagementComponent component) {
    Checks.notNull(component, "component");
    return valueOf(component.name());
  }

  /**
   * Returns the measure that counts an engagement-rate denominator.
   *
   * @param denominator the denominator
   * @return the measure with the same name
   */
  public static Measure of(EngagementDenominator denominator) {
    Checks.notNull(denominator, "denominator");
    return valueOf(denominator.name());
  }

  static Measure ofIndex(int index) {
    return VALUES[index];
  }

  /**
   * Returns the name used in messages: {@code "video completions"}.
   *
   * @return the lower-case name with spaces
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  String fieldName() {
    return fieldName;
  }

  private static String camelCase(String constant) {
    String[] words = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return sb.toString();
  }
}
