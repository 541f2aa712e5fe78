package dev.socialplan.analytics.experiment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats fractions as short percentages for verdict texts ("20%", "3.5%", "12.35%"). */
final class Percentages {
  private Percentages() {}

  /** Formats a fraction as a percentage with at most two decimals, trailing zeros removed. */
  static String format(double fraction) {
    BigDecimal percent =
        BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (percent.signum() == 0) {
      return "0%";
    }
    return percent.toPlainString() + "%";
  }

  /** Formats a difference of fractions as percentage points ("5 points"). */
  static String points(double difference) {
    BigDecimal points =
        BigDecimal.valueOf(Math.abs(difference) * 100)
            .setScale(2, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    String text = points.signum() == 0 ? "0" : points.toPlainString();
    return text + (points.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
  }
}
