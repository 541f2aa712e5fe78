package dev.socialplan.analytics.metric;

import static dev.socialplan.analytics.metric.EngagementComponent.CLICKS;
import static dev.socialplan.analytics.metric.EngagementComponent.COMMENTS;
import static dev.socialplan.analytics.metric.EngagementComponent.ENGAGED_USERS;
import static dev.socialplan.analytics.metric.EngagementComponent.FOLLOWS;
import static dev.socialplan.analytics.metric.EngagementComponent.REACTIONS;
import static dev.socialplan.analytics.metric.EngagementComponent.SAVES;
import static dev.socialplan.analytics.metric.EngagementComponent.SHARES;
import static dev.socialplan.analytics.metric.EngagementDenominator.FOLLOWERS;
import static dev.socialplan.analytics.metric.EngagementDenominator.IMPRESSIONS;
import static dev.socialplan.analytics.metric.EngagementDenominator.REACH;
import static dev.socialplan.analytics.metric.EngagementDenominator.VIEWS;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What counts as an engagement and what an engagement rate divides by: the components summed, the
 * denominators in fallback order (the first one measured is used), and what to do when a component
 * was not measured.
 *
 * <p>Per-platform defaults ({@link #forPlatform(Platform)}) follow each platform's or tool's own
 * definition:
 *
 * <table>
 *   <caption>Default engagement definitions</caption>
 *   <tr><th>platform</th><th>components</th><th>denominators, in fallback order</th><th>source</th></tr>
 *   <tr><td>X</td><td>likes + replies + reposts and quotes + clicks (link, profile: any click)</td>
 *       <td>impressions, views, reach, followers</td><td>Buffer help (X engagement rate)</td></tr>
 *   <tr><td>Facebook</td><td>comments + clicks + shares + reactions</td>
 *       <td>impressions, reach, views, followers</td><td>Buffer help (Facebook engagement rate)</td></tr>
 *   <tr><td>LinkedIn</td><td>clicks + reactions + comments + shares + follows</td>
 *       <td>impressions, reach, views, followers</td><td>LinkedIn help (page analytics)</td></tr>
 *   <tr><td>Instagram</td><td>likes + comments + saves + shares</td>
 *       <td>reach, views, impressions, followers</td>
 *       <td>Hootsuite engagement-rate guide; Meta Instagram insights (views replaced impressions in
 *       April 2025)</td></tr>
 *   <tr><td>any other</td><td>reactions + comments + shares + saves</td>
 *       <td>reach, impressions, views, followers</td><td>Hootsuite engagement-rate guide</td></tr>
 * </table>
 *
 * <p>Besides the interaction sums, {@link #engagedUsersByReach()} divides the people who engaged
 * (each counted once) by reach: the rate Facebook page insights report, and the one the UCI
 * "Facebook metrics" data set holds ("Lifetime Engaged Users" ÷ "Lifetime Post Total Reach"; Moro,
 * Rita and Vala, Journal of Business Research 69(9), 2016). Because a count of people cannot be
 * added to counts of interactions, {@link EngagementComponent#ENGAGED_USERS} is always the only
 * component of the definition that uses it.
 *
 * <p>By default a post missing any counted component has an undefined rate (missing is not zero);
 * {@link #sumsAvailableComponents()} set to true sums the components that were measured instead,
 * and the {@link EngagementRate} names the ones that were not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EngagementDefinition {

  EngagementDefinition() {}

  /**
   * Returns the components summed into engagements.
   *
   * @return the components, not empty
   */
  public abstract Set<EngagementComponent> components();

  /**
   * Returns the denominators in fallback order: the first that was measured is used.
   *
   * @return the denominators, not empty, without repeats
   */
  public abstract List<EngagementDenominator> denominators();

  /**
   * Tells whether a post missing some components is rated on the components that were measured
   * (true), or has an undefined rate (false, the default).
   *
   * @return true to sum the measured components only
   */
  @Value.Default
  public boolean sumsAvailableComponents() {
    return false;
  }

  /**
   * Obtains a definition.
   *
   * @param components the components summed, not empty
   * @param denominators the denominators in fallback order, not empty, without repeats
   * @return the definition, which rates a post missing a component as undefined
   * @throws IllegalArgumentException if either is empty, a denominator repeats, or {@link
   *     EngagementComponent#ENGAGED_USERS} is combined with another component
   */
  public static EngagementDefinition of(
      Collection<EngagementComponent> components, List<EngagementDenominator> denominators) {
    Checks.noNullElements(components, "components");
    return builder()
        .components(components.isEmpty() ? Set.of() : EnumSet.copyOf(components))
        .denominators(denominators)
        .build();
  }

  /**
   * Returns the default definition of a platform (see the table above); platforms without a
   * definition of their own get the generic one.
   *
   * @param platform the platform
   * @return its default definition
   */
  public static EngagementDefinition forPlatform(Platform platform) {
    Checks.notNull(platform, "platform");
    if (platform.equals(Platform.X)) {
      return of(
          EnumSet.of(REACTIONS, COMMENTS, SHARES, CLICKS),
          List.of(IMPRESSIONS, VIEWS, REACH, FOLLOWERS));
    }
    if (platform.equals(Platform.FACEBOOK)) {
      return of(
          EnumSet.of(COMMENTS, CLICKS, SHARES, REACTIONS),
          List.of(IMPRESSIONS, REACH, VIEWS, FOLLOWERS));
    }
    if (platform.equals(Platform.LINKEDIN)) {
      return of(
          EnumSet.of(CLICKS, REACTIONS, COMMENTS, SHARES, FOLLOWS),
          List.of(IMPRESSIONS, REACH, VIEWS, FOLLOWERS));
    }
    if (platform.equals(Platform.INSTAGRAM)) {
      return of(
          EnumSet.of(REACTIONS, COMMENTS, SAVES, SHARES),
          List.of(REACH, VIEWS, IMPRESSIONS, FOLLOWERS));
    }
    return generic();
  }

  /**
   * Returns the generic definition: reactions + comments + shares + saves, divided by reach, then
   * impressions, views, followers (Hootsuite engagement-rate guide).
   *
   * @return the generic definition
   */
  public static EngagementDefinition generic() {
    return of(
        EnumSet.of(REACTIONS, COMMENTS, SHARES, SAVES), List.of(REACH, IMPRESSIONS, VIEWS, FOLLOWERS));
  }

  /**
   * Returns "engaged users ÷ reach": the people who engaged with a post, each counted once, divided
   * by the unique accounts that saw it (Facebook page insights' engagement rate; the rate of the UCI
   * "Facebook metrics" data set). A post without a measured reach has an undefined rate: reach is
   * the only denominator, because people divided by impressions (views, not people) mixes units.
   *
   * @return the engaged-users definition
   */
  public static EngagementDefinition engagedUsersByReach() {
    return of(EnumSet.of(ENGAGED_USERS), List.of(REACH));
  }

  /**
   * Tells whether the definition counts people who engaged rather than summing interactions.
   *
   * @return true when the only component is {@link EngagementComponent#ENGAGED_USERS}
   */
  public boolean countsEngagedUsers() {
    return components().contains(ENGAGED_USERS);
  }

  /**
   * Returns a copy that divides by the given denominators, in this fallback order.
   *
   * @param denominators the denominators, not empty, without repeats
   * @return the new definition
   */
  public abstract EngagementDefinition withDenominators(EngagementDenominator... denominators);

  /**
   * Returns a copy that sums the measured components when some are missing (true) or rates such a
   * post as undefined (false).
   *
   * @param sumsAvailableComponents the policy
   * @return the new definition
   */
  public abstract EngagementDefinition withSumsAvailableComponents(boolean sumsAvailableComponents);

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (components().isEmpty()) {
      throw new IllegalArgumentException("components must not be empty: " + components());
    }
    if (denominators().isEmpty()) {
      throw new IllegalArgumentException("denominators must not be empty: " + denominators());
    }
    if (components().contains(ENGAGED_USERS) && components().size() > 1) {
      throw new IllegalArgumentException(
          "engaged users (people) cannot be added to interactions; use ENGAGED_USERS alone: "
              + components());
    }
    if (new HashSet<>(denominators()).size() != denominators().size()) {
      throw new IllegalArgumentException("denominators must not repeat: " + denominators());
    }
  }

  /** Builds an {@link EngagementDefinition}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableEngagementDefinition.Builder {
    Builder() {}
  }
}
