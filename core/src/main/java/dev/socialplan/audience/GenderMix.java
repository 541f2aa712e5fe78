package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The gender make-up of a persona: the shares of women, of men, and of people of another or
 * unspecified gender, as fractions.
 *
 * <p><b>The shares must add up to 1</b>, within {@link #TOLERANCE} (one part in a billion, room for
 * floating-point rounding such as {@code 0.1 + 0.2 + 0.7}): a gender mix is a partition of one
 * persona, so any other sum is an impossible value, refused at construction. Planners who think in
 * counts or rough percentages use {@link #ofWeights(double, double, double)}, which normalises. (An
 * audience's persona weights, by contrast, may be planned wrongly and are checked by a rule.)
 *
 * <p>The strategy guide's "single mothers" are {@link #allWomen()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param women the share of women, 0 to 1
 * @param men the share of men, 0 to 1
 * @param other the share of other or unspecified genders, 0 to 1
 */
public record GenderMix(double women, double men, double other) {

  /** How far the sum of the shares may stray from 1: {@code 1e-9}. */
  public static final double TOLERANCE = 1e-9;

  private static final GenderMix ALL_WOMEN = new GenderMix(1, 0, 0);
  private static final GenderMix ALL_MEN = new GenderMix(0, 1, 0);
  private static final GenderMix UNSPECIFIED = new GenderMix(0, 0, 1);

  /**
   * Validates the shares.
   *
   * @param women the share of women, 0 to 1
   * @param men the share of men, 0 to 1
   * @param other the share of other or unspecified genders, 0 to 1
   * @throws IllegalArgumentException if a share is outside 0 to 1, or the shares do not add up to 1
   *     within {@link #TOLERANCE}
   */
  public GenderMix {
    Checks.fraction(women, "women");
    Checks.fraction(men, "men");
    Checks.fraction(other, "other");
    double sum = women + men + other;
    if (Math.abs(sum - 1) > TOLERANCE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "gender shares must add up to 1: women %s + men %s + other %s = %s",
              women,
              men,
              other,
              sum));
    }
    women = women == 0 ? 0 : women;
    men = men == 0 ? 0 : men;
    other = other == 0 ? 0 : other;
  }

  /**
   * Obtains a mix from shares that add up to 1.
   *
   * @param women the share of women, 0 to 1
   * @param men the share of men, 0 to 1
   * @param other the share of other or unspecified genders, 0 to 1
   * @return the mix
   * @throws IllegalArgumentException if a share is outside 0 to 1 or the sum is not 1
   */
  public static GenderMix of(double women, double men, double other) {
    return new GenderMix(women, men, other);
  }

  /**
   * Obtains a mix from non-negative weights of any scale (counts, percentages), normalised so the
   * shares add up to 1: {@code ofWeights(60, 38, 2)} is 60 % women.
   *
   * @param women the weight of women, zero or more
   * @param men the weight of men, zero or more
   * @param other the weight of other or unspecified genders, zero or more
   * @return the mix
   * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
   */
  public static GenderMix ofWeights(double women, double men, double other) {
    Checks.nonNegative(women, "women");
    Checks.nonNegative(men, "men");
    Checks.nonNegative(other, "other");
    double sum = women + men + other;
    if (sum == 0 || !Double.isFinite(sum)) {
      throw new IllegalArgumentException(
          "gender weights must have a positive finite sum: " + women + ", " + men + ", " + other);
    }
    double w = women / sum;
    double m = men / sum;
    return new GenderMix(w, m, Math.max(0, 1 - w - m));
  }

  /**
   * Obtains a mix of women and men only.
   *
   * @param womenShare the share of women, 0 to 1; the rest are men
   * @return the mix
   * @throws IllegalArgumentException if the share is outside 0 to 1
   */
  public static GenderMix womenAndMen(double womenShare) {
    Checks.fraction(womenShare, "women");
    return new GenderMix(womenShare, 1 - womenShare, 0);
  }

  /**
   * Returns the mix of women only.
   *
   * @return women 1, men 0, other 0
   */
  public static GenderMix allWomen() {
    return ALL_WOMEN;
  }

  /**
   * Returns the mix of men only.
   *
   * @return women 0, men 1, other 0
   */
  public static GenderMix allMen() {
    return ALL_MEN;
  }

  /**
   * Returns the mix that says nothing about gender.
   *
   * @return women 0, men 0, other (unspecified) 1
   */
  public static GenderMix unspecified() {
    return UNSPECIFIED;
  }

  /**
   * Tells whether the persona is women only.
   *
   * @return true if the share of women is 1
   */
  public boolean isAllWomen() {
    return women == 1;
  }

  /**
   * Tells whether the persona is men only.
   *
   * @return true if the share of men is 1
   */
  public boolean isAllMen() {
    return men == 1;
  }

  /**
   * Returns the share of women among women and men, the figure platform surveys report reach by
   * (they have no cells for other genders).
   *
   * @return {@code women / (women + men)}, or empty when both are zero
   */
  public OptionalDouble womenAmongWomenAndMen() {
    double binary = women + men;
    return binary == 0 ? OptionalDouble.empty() : OptionalDouble.of(women / binary);
  }

  /**
   * Returns the mix as percentages.
   *
   * @return such as {@code women 60%, men 38%, other 2%}
   */
  @Override
  public String toString() {
    return "women " + percent(women) + ", men " + percent(men) + ", other " + percent(other);
  }

  private static String percent(double share) {
    return java.math.BigDecimal.valueOf(share * 100)
            .round(new java.math.MathContext(6))
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }
}
