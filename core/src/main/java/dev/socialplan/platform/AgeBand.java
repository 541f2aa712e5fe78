package dev.socialplan.platform;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The adult age bands of Pew Research Center's social media surveys, in which platform reach is
 * reported: 18–29, 30–49, 50–64 and 65+. Ages are in whole years, both ends included.
 */
public enum AgeBand {
  /** Ages 18 to 29. */
  AGE_18_29(18, 29),
  /** Ages 30 to 49. */
  AGE_30_49(30, 49),
  /** Ages 50 to 64. */
  AGE_50_64(50, 64),
  /** Ages 65 and over. */
  AGE_65_PLUS(65, Integer.MAX_VALUE);

  private final int minAge;
  private final int maxAge;

  AgeBand(int minAge, int maxAge) {
    this.minAge = minAge;
    this.maxAge = maxAge;
  }

  /**
   * Returns the band an age falls in.
   *
   * @param age the age in whole years
   * @return the band, or empty below 18 (the surveys cover adults only)
   */
  public static Optional<AgeBand> forAge(int age) {
    for (AgeBand band : values()) {
      if (band.contains(age)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the youngest age in the band.
   *
   * @return the lower bound, included
   */
  public int minAge() {
    return minAge;
  }

  /**
   * Returns the oldest age in the band.
   *
   * @return the upper bound, included, or empty for 65+
   */
  public OptionalInt maxAge() {
    return maxAge == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(maxAge);
  }

  /**
   * Tells whether an age falls in the band.
   *
   * @param age the age in whole years
   * @return true if the band contains it
   */
  public boolean contains(int age) {
    return age >= minAge && age <= maxAge;
  }

  /**
   * Returns how many whole years of an age range fall in this band: the range 20–29 has 10 years in
   * 18–29 and none in 30–49; the range 50–80 has 16 years in 65+.
   *
   * @param fromAge the youngest age of the range, included
   * @param toAge the oldest age of the range, included, not below {@code fromAge}
   * @return the number of years in common, zero or more
   * @throws IllegalArgumentException if {@code toAge < fromAge}
   */
  public int overlapYears(int fromAge, int toAge) {
    if (toAge < fromAge) {
      throw new IllegalArgumentException(
          "toAge must not be below fromAge (" + fromAge + "): " + toAge);
    }
    long from = Math.max(fromAge, minAge);
    long to = Math.min(toAge, maxAge);
    return to < from ? 0 : (int) (to - from + 1);
  }

  /**
   * Returns the label used by the surveys: {@code 18–29}, {@code 65+}.
   *
   * @return the label
   */
  @Override
  public String toString() {
    return maxAge == Integer.MAX_VALUE ? minAge + "+" : minAge + "–" + maxAge;
  }
}
