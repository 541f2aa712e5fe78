package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.MetricUnit;
import dev.socialplan.metric.Ratio;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.metric} package: metric units, well-known
 * and custom metric kinds, and ratios. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class MetricGenerators {

  private MetricGenerators() {}

  /**
   * Generates metric units.
   *
   * @return every {@link MetricUnit}
   */
  public static Gen<MetricUnit> units() {
    return Generate.enumValues(MetricUnit.class);
  }

  /**
   * Generates the well-known metric kinds.
   *
   * @return constants of {@link MetricKind}
   */
  public static Gen<MetricKind> wellKnownKinds() {
    return Generate.pick(MetricKind.wellKnown());
  }

  /**
   * Generates custom metric kinds with ids {@code custom-0} to {@code custom-999}, any unit and
   * direction.
   *
   * @return custom metric kinds, never well known
   */
  public static Gen<MetricKind> customKinds() {
    return integers()
        .between(0, 999)
        .zip(
            units(),
            Generate.booleans(),
            (n, unit, higher) -> MetricKind.of("custom-" + n, "Custom metric " + n, unit, higher));
  }

  /**
   * Generates metric kinds, mostly well known and a fifth custom.
   *
   * @return metric kinds
   */
  public static Gen<MetricKind> kinds() {
    return wellKnownKinds().mix(customKinds(), 20);
  }

  /**
   * Generates metric kinds measured in one unit.
   *
   * @param unit the unit
   * @return metric kinds whose {@link MetricKind#unit()} is {@code unit}
   */
  public static Gen<MetricKind> kinds(MetricUnit unit) {
    Gen<MetricKind> custom =
        integers()
            .between(0, 999)
            .zip(
                Generate.booleans(),
                (n, higher) -> MetricKind.of("custom-" + n, "Custom metric " + n, unit, higher));
    return Generate.pick(
            MetricKind.wellKnown().stream().filter(m -> m.unit() == unit).collect(Collectors.toList()))
        .mix(custom, 20);
  }

  /**
   * Generates ratios of counts, including undefined ones (zero denominator) about one time in ten.
   *
   * @return ratios with numerator and denominator from 0 to 2<sup>40</sup>
   */
  public static Gen<Ratio> ratios() {
    Gen<Ratio> undefined = longs().between(0, 1L << 40).map(n -> Ratio.of(n, 0));
    return definedRatios().mix(undefined, 10);
  }

  /**
   * Generates defined ratios of counts.
   *
   * @return ratios with numerator from 0 to 2<sup>40</sup> and denominator from 1 to 2<sup>40</sup>
   */
  public static Gen<Ratio> definedRatios() {
    return longs().between(0, 1L << 40).zip(longs().between(1, 1L << 40), Ratio::of);
  }
}
