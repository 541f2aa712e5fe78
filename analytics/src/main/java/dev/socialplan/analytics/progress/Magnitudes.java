package dev.socialplan.analytics.progress;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Formatting of magnitudes in a target's unit, and fractional calendar months added to dates. */
final class Magnitudes {
  /** Completion dates further than this many months away are not estimated. */
  static final double MAX_MONTHS = 1200;

  private Magnitudes() {}

  /** Names a metric inside a sentence: the bundle's name of a well-known one, else as given. */
  static Text name(MetricKind metric) {
    return MetricKind.wellKnown(metric.id()).isPresent()
        ? Text.of("metric." + metric.id())
        : Text.of("metric.custom", metric.displayName());
  }

  /** Formats a value in the canonical scale of the target's unit, for explanations. */
  static Text format(BigDecimal value, Target kind) {
    double v = value.doubleValue();
    if (!Double.isFinite(v)) {
      // Beyond a double (an amount of 1E+400): seven significant digits, never "Infinity".
      String text = value.round(new MathContext(7)).stripTrailingZeros().toString();
      return Text.literal(
          kind instanceof Target.Amount amount
              ? amount.value().getCurrencyUnit().getCode() + " " + text
              : text);
    }
    if (kind instanceof Target.Count) {
      return Text.literal(
          Math.abs(v) >= 100
              ? String.format(Locale.ROOT, "%,.0f", v)
              : stripZeros(String.format(Locale.ROOT, "%,.1f", v)));
    }
    if (kind instanceof Target.Rate) {
      return Text.literal(stripZeros(String.format(Locale.ROOT, "%.2f", v * 100)) + "%");
    }
    if (kind instanceof Target.Amount amount) {
      int decimals = Math.max(0, amount.value().getCurrencyUnit().getDecimalPlaces());
      return Text.literal(
          amount.value().getCurrencyUnit().getCode()
              + " "
              + String.format(Locale.ROOT, "%,." + decimals + "f", v));
    }
    if (kind instanceof Target.TimeSpan) {
      double abs = Math.abs(v);
      if (abs >= 3600) {
        return Text.of("unit.hours", stripZeros(String.format(Locale.ROOT, "%.1f", v / 3600)));
      }
      if (abs >= 60) {
        return Text.of("unit.minutes", stripZeros(String.format(Locale.ROOT, "%.1f", v / 60)));
      }
      return Text.of("unit.seconds", stripZeros(String.format(Locale.ROOT, "%.1f", v)));
    }
    return Text.of("unit.scorePoints", stripZeros(String.format(Locale.ROOT, "%.1f", v)));
  }

  /** Formats a change per month with its sign: "+400", "−0.5 points" for rates. */
  static Text formatChange(BigDecimal change, Target kind) {
    String sign = change.signum() < 0 ? "−" : "+";
    BigDecimal abs = change.abs();
    if (kind instanceof Target.Rate) {
      return Text.of(
          "unit.percentagePoints",
          sign + stripZeros(String.format(Locale.ROOT, "%.2f", abs.doubleValue() * 100)));
    }
    return Text.of("signed", sign, format(abs, kind));
  }

  /**
   * Formats a share of the way as a whole percentage; beyond a double's range, as a bound in
   * symbols that read the same in every language.
   */
  static String percent(double fraction) {
    if (!Double.isFinite(fraction * 100)) {
      return fraction > 0 ? ">1E+306%" : "<-1E+306%";
    }
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  /** The share {@code part ÷ way} as a double, infinite when beyond a double's range. */
  static double share(BigDecimal part, BigDecimal way) {
    return divide(part, way).doubleValue();
  }

  /**
   * The share {@code part ÷ way} when a double holds it; empty beyond a double's range, so that no
   * reported progress is ever infinite.
   */
  static OptionalDouble finiteShare(BigDecimal part, BigDecimal way) {
    double share = share(part, way);
    return Double.isFinite(share) ? OptionalDouble.of(share) : OptionalDouble.empty();
  }

  /**
   * Adds fractional calendar months to a date, the inverse of {@code Goal.monthsBetween}: whole
   * months by {@code plusMonths}, the fraction as a share of the next month's days, rounded up to
   * the first day the value is reached.
   */
  static Optional<LocalDate> plusMonths(LocalDate from, double months) {
    if (!(months >= 0) || months > MAX_MONTHS) {
      return Optional.empty();
    }
    long whole = (long) Math.floor(months);
    LocalDate anchor = from.plusMonths(whole);
    long span = ChronoUnit.DAYS.between(anchor, from.plusMonths(whole + 1));
    long days = (long) Math.ceil((months - whole) * span - 1e-9);
    return Optional.of(anchor.plusDays(Math.max(0, days)));
  }

  static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, MathContext.DECIMAL64);
  }

  private static String stripZeros(String s) {
    return s.contains(".") ? s.replaceFirst("\\.?0+$", "") : s;
  }
}
