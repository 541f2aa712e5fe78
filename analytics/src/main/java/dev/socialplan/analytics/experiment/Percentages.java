package dev.socialplan.analytics.experiment;

import dev.socialplan.analytics.internal.Text;
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

  /** Formats the size of a difference of fractions as percentage points ("5 points"). */
  static Text points(double difference) {
    String text = pointsNumber(Math.abs(difference));
    return Text.of(text.equals("1") ? "unit.percentagePoint" : "unit.percentagePoints", text);
  }

  /** Formats a difference of fractions as a number of percentage points with its sign ("−0.5"). */
  static String signedPoints(double difference) {
    String text = pointsNumber(Math.abs(difference));
    return difference < 0 && !text.equals("0") ? "−" + text : text;
  }

  private static String pointsNumber(double absolute) {
    BigDecimal points =
        BigDecimal.valueOf(absolute * 100).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return points.signum() == 0 ? "0" : points.toPlainString();
  }
}
