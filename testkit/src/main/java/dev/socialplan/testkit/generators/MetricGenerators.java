package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.metric.CountRate;
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

  /**
   * Generates ratios over the whole range {@link Ratio#of(double, double)} accepts: numerators and
   * denominators from any finite double (negative, subnormal, up to {@link Double#MAX_VALUE}, zero
   * for undefined ratios), with the pairs whose quotient would overflow left out, mixed with ratios
   * of longs from the whole {@code long} range.
   *
   * @return constructible ratios, a few undefined
   */
  public static Gen<Ratio> anyRatios() {
    Gen<Double> parts =
        doubles()
            .any()
            .assuming(Double::isFinite)
            .mix(Generate.pick(java.util.List.of(0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MAX_VALUE)), 20);
    Gen<Ratio> ofDoubles =
        parts
            .zip(parts, (n, d) -> new double[] {n, d})
            .assuming(p -> p[1] == 0 || Math.abs(p[0] / p[1]) <= Double.MAX_VALUE / 100)
            .map(p -> Ratio.of(p[0], p[1]));
    Gen<Ratio> ofLongs = longs().all().zip(longs().all(), Ratio::of);
    return ofDoubles.mix(ofLongs, 30);
  }

  /**
   * Generates counts per unit over the whole range of the type: counts and units from 0 to {@link
   * Long#MAX_VALUE} (zero units, undefined, about one time in ten), scales 1, 1,000 or any positive
   * long.
   *
   * @return constructible counts per unit
   */
  public static Gen<CountRate> countRates() {
    Gen<Long> counts = longs().between(0, Long.MAX_VALUE).mix(longs().between(0, 1_000_000), 50);
    Gen<Long> units = counts.mix(Generate.constant(0L), 10);
    Gen<Long> scales =
        Generate.pick(java.util.List.of(1L, 1_000L)).mix(longs().between(1, Long.MAX_VALUE), 20);
    Gen<String> unit = Generate.pick(java.util.List.of("post", "followers", "video"));
    return counts.zip(units, scales, unit, CountRate::of);
  }
}
