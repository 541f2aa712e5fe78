package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An engagement rate together with how it was computed: the components counted, the components that
 * were not measured, the denominator used and the denominators skipped because they were not
 * measured.
 *
 * <p>Formula: engagements ÷ denominator, where engagements is the sum of the definition's components
 * and the denominator is the first of the definition's fallback list that was measured. A measured
 * denominator of zero is used, not skipped, and gives an undefined rate: replacing a real zero with
 * another denominator would hide an anomaly. Sources: Hootsuite engagement-rate guide (by reach, by
 * followers), Buffer help (by impressions, X and Facebook components), LinkedIn help (LinkedIn
 * components), Meta Instagram insights reference (by views).
 *
 * <p>The rate is undefined ({@link #isDefined()} false, never NaN or zero) when no denominator was
 * measured, when the one used is zero, or when a component is missing and the definition does not
 * {@linkplain EngagementDefinition#sumsAvailableComponents() sum the available ones}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EngagementRate {

  EngagementRate() {}

  /**
   * Returns the rate: engagements ÷ denominator.
   *
   * @return the rate; undefined as described above
   */
  public abstract Ratio rate();

  /**
   * Returns the engagements counted: the sum of {@link #countedComponents()}.
   *
   * @return the engagements, or empty when they could not be counted or their sum exceeds a {@code
   *     long}
   */
  public abstract OptionalLong engagements();

  /**
   * Returns the components that were measured and summed.
   *
   * @return the counted components
   */
  public abstract Set<EngagementComponent> countedComponents();

  /**
   * Returns the components of the definition that were not measured.
   *
   * @return the missing components; empty when every component was measured
   */
  public abstract Set<EngagementComponent> missingComponents();

  /**
   * Returns the denominator used.
   *
   * @return the denominator, or empty when none of the definition's denominators was measured
   */
  public abstract Optional<EngagementDenominator> denominator();

  /**
   * Returns the denominators tried before the one used (or all of them, when none was measured),
   * each skipped because it was not measured.
   *
   * @return the skipped denominators, in fallback order
   */
  public abstract List<EngagementDenominator> skippedDenominators();

  /**
   * Tells whether the rate has a value.
   *
   * @return true when {@link #rate()} is defined
   */
  public boolean isDefined() {
    return rate().isDefined();
  }

  /**
   * Tells whether the rate used every component and the first-choice denominator.
   *
   * @return true when nothing was missing
   */
  public boolean isComplete() {
    return missingComponents().isEmpty()
        && skippedDenominators().isEmpty()
        && denominator().isPresent();
  }

  /**
   * Computes an engagement rate by a definition.
   *
   * @param definition the components and denominators, for example {@link
   *     EngagementDefinition#forPlatform(dev.socialplan.platform.Platform)}
   * @param counts the interaction counts
   * @param exposure the reach, impressions, views and followers
   * <p>Components whose sum exceeds a {@code long} (a post with {@link Long#MAX_VALUE} reactions and
   * a comment) are added exactly: the rate is the exact sum over the denominator, and {@link
   * #engagements()} is then empty because no {@code long} holds the sum. Nothing is thrown.
   *
   * @return the rate and how it was computed
   */
  public static EngagementRate of(
      EngagementDefinition definition, EngagementCounts counts, Exposure exposure) {
    Checks.notNull(definition, "definition");
    Checks.notNull(counts, "counts");
    Checks.notNull(exposure, "exposure");
    Set<EngagementComponent> counted = EnumSet.noneOf(EngagementComponent.class);
    Set<EngagementComponent> missing = EnumSet.noneOf(EngagementComponent.class);
    long engagements = 0;
    // The exact sum once it no longer fits a long; null while it does.
    java.math.BigInteger beyondLong = null;
    for (EngagementComponent component : definition.components()) {
      OptionalLong count = counts.count(component);
      if (count.isPresent()) {
        counted.add(component);
        long c = count.getAsLong();
        if (beyondLong == null && engagements <= Long.MAX_VALUE - c) {
          engagements += c;
        } else {
          beyondLong =
              (beyondLong == null ? java.math.BigInteger.valueOf(engagements) : beyondLong)
                  .add(java.math.BigInteger.valueOf(c));
        }
      } else {
        missing.add(component);
      }
    }
    List<EngagementDenominator> skipped = new ArrayList<>();
    EngagementDenominator used = null;
    long denominator = 0;
    for (EngagementDenominator candidate : definition.denominators()) {
      OptionalLong value = exposure.count(candidate);
      if (value.isPresent()) {
        used = candidate;
        denominator = value.getAsLong();
        break;
      }
      skipped.add(candidate);
    }
    boolean countable =
        !counted.isEmpty() && (missing.isEmpty() || definition.sumsAvailableComponents());
    long parts = used == null ? 0 : denominator;
    Ratio rate =
        !countable
            ? Ratio.EMPTY
            : beyondLong == null
                ? Ratio.of(engagements, parts)
                : Ratio.of(beyondLong.doubleValue(), (double) parts);
    Builder builder =
        builder()
            .rate(rate)
            .countedComponents(counted)
            .missingComponents(missing)
            .skippedDenominators(skipped);
    if (countable && beyondLong == null) {
      builder.engagements(engagements);
    }
    if (used != null) {
      builder.denominator(used);
    }
    return builder.build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EngagementRate}; obtain rates with {@link EngagementRate#of}. */
  static final class Builder extends ImmutableEngagementRate.Builder {
    Builder() {}
  }
}
