package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.analytics.metric.EngagementComponent;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementDenominator;
import dev.socialplan.analytics.metric.Exposure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.analytics.metric} engagement types:
 * interaction counts and exposures with missing values, and engagement definitions. Every generated
 * value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class EngagementGenerators {

  private EngagementGenerators() {}

  /**
   * Generates interaction counts, each component missing a quarter of the time.
   *
   * @return engagement counts
   */
  public static Gen<EngagementCounts> counts() {
    Gen<Long> count = PerformanceGenerators.counts(1_000_000_000L);
    Gen<Integer> percent = Generate.range(1, 100);
    return in -> {
      EngagementCounts.Builder b = EngagementCounts.builder();
      for (EngagementComponent c : EngagementComponent.values()) {
        boolean present = percent.generate(in) > 25;
        long value = count.generate(in);
        if (present) {
          b.count(c, value);
        }
      }
      return b.build();
    };
  }

  /**
   * Generates exposures, each denominator missing a quarter of the time and zero sometimes.
   *
   * @return exposures
   */
  public static Gen<Exposure> exposures() {
    Gen<Long> count = PerformanceGenerators.counts(1_000_000_000L);
    Gen<Integer> percent = Generate.range(1, 100);
    return in -> {
      Exposure.Builder b = Exposure.builder();
      for (EngagementDenominator d : EngagementDenominator.values()) {
        boolean present = percent.generate(in) > 25;
        long value = count.generate(in);
        if (present) {
          b.count(d, value);
        }
      }
      return b.build();
    };
  }

  /**
   * Generates engagement definitions: a non-empty subset of the interaction components or engaged
   * users alone (people cannot be added to interactions), a non-empty ordering of some
   * denominators, either missing-component policy.
   *
   * @return definitions
   */
  public static Gen<EngagementDefinition> definitions() {
    Gen<Integer> componentMasks = Generate.range(1, (1 << EngagementComponent.values().length) - 1);
    Gen<Long> seeds = longs().all();
    Gen<Integer> denominatorCounts = Generate.range(1, EngagementDenominator.values().length);
    return componentMasks.zip(
        seeds,
        denominatorCounts,
        Generate.booleans(),
        (mask, seed, n, lenient) -> {
          EnumSet<EngagementComponent> components = EnumSet.noneOf(EngagementComponent.class);
          for (EngagementComponent c : EngagementComponent.values()) {
            if ((mask & 1 << c.ordinal()) != 0) {
              components.add(c);
            }
          }
          if (components.size() > 1) {
            components.remove(EngagementComponent.ENGAGED_USERS);
          }
          List<EngagementDenominator> order = new ArrayList<>(List.of(EngagementDenominator.values()));
          Collections.shuffle(order, new Random(seed));
          return EngagementDefinition.of(components, order.subList(0, n))
              .withSumsAvailableComponents(lenient);
        });
  }
}
