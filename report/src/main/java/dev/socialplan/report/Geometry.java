package dev.socialplan.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates as SVG attributes: one decimal, a dot, no exponent. */
final class Geometry {
  private Geometry() {}

  /** Formats a coordinate (non-finite values, which no chart should produce, become 0). */
  static String n(double value) {
    if (!Double.isFinite(value)) {
      return "0";
    }
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** Maps a value of [from, to] linearly onto [a, b]; a degenerate domain maps to the middle. */
  static double scale(double value, double from, double to, double a, double b) {
    if (!(to > from)) {
      return (a + b) / 2;
    }
    return a + (value - from) / (to - from) * (b - a);
  }

  /**
   * Returns about five round tick values covering [low, high] (1, 2 or 5 times a power of ten
   * apart).
   */
  static double[] ticks(double low, double high) {
    if (!(high > low)) {
      return new double[] {low};
    }
    double raw = (high - low) / 4;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = power;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    double first = Math.ceil(low / step) * step;
    int count = (int) Math.floor((high - first) / step + 1e-9) + 1;
    double[] ticks = new double[Math.max(1, count)];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = first + i * step;
    }
    return ticks;
  }
}
