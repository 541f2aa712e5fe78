package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A range of ages in whole years, both ends included: {@code AgeRange.of(20, 29)} is "in their
 * 20s".
 *
 * <p>Ages run from 0 to {@link #MAX_AGE}; an open-ended band such as "65 and over" is {@link
 * #atLeast(int)}. A person's age on a date is counted as {@link java.time.Period#between} counts it,
 * so someone born on 29 February has a birthday on 1 March in common years.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param min the youngest age, 0 to {@link #MAX_AGE}
 * @param max the oldest age, {@code min} to {@link #MAX_AGE}
 */
public record AgeRange(int min, int max) {

  /** The oldest age an age range can name: 130 years. */
  public static final int MAX_AGE = 130;

  /**
   * Validates the range.
   *
   * @param min the youngest age, 0 to {@link #MAX_AGE}
   * @param max the oldest age, {@code min} to {@link #MAX_AGE}
   * @throws IllegalArgumentException if an age is out of bounds or the range is upside down
   */
  public AgeRange {
    Checks.inRange(min, 0, MAX_AGE, "min");
    Checks.inRange(max, 0, MAX_AGE, "max");
    if (max < min) {
      throw new IllegalArgumentException(
          "age range must not be upside down: max " + max + " < min " + min);
    }
  }

  /**
   * Obtains a range of ages.
   *
   * @param min the youngest age, 0 to {@link #MAX_AGE}
   * @param max the oldest age, {@code min} to {@link #MAX_AGE}
   * @return the range
   * @throws IllegalArgumentException if an age is out of bounds or the range is upside down
   */
  public static AgeRange of(int min, int max) {
    return new AgeRange(min, max);
  }

  /**
   * Obtains a range of a single age.
   *
   * @param age the age, 0 to {@link #MAX_AGE}
   * @return the range {@code [age, age]}
   * @throws IllegalArgumentException if the age is out of bounds
   */
  public static AgeRange exactly(int age) {
    return new AgeRange(age, age);
  }

  /**
   * Obtains an open-ended range, "65 and over", up to {@link #MAX_AGE}.
   *
   * @param min the youngest age, 0 to {@link #MAX_AGE}
   * @return the range {@code [min, MAX_AGE]}
   * @throws IllegalArgumentException if the age is out of bounds
   */
  public static AgeRange atLeast(int min) {
    return new AgeRange(min, MAX_AGE);
  }

  /**
   * Tells whether an age lies in the range.
   *
   * @param age the age
   * @return true if {@code min <= age <= max}
   */
  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  /**
   * Tells whether this range shares at least one age with another.
   *
   * @param other the other range
   * @return true if they overlap
   */
  public boolean overlaps(AgeRange other) {
    Checks.notNull(other, "other");
    return min <= other.max && other.min <= max;
  }

  /**
   * Returns the number of ages in the range.
   *
   * @return {@code max - min + 1}
   */
  public int size() {
    return max - min + 1;
  }

  /**
   * Tells whether the range is open-ended (reaches {@link #MAX_AGE}).
   *
   * @return true if {@code max == MAX_AGE}
   */
  public boolean isOpenEnded() {
    return max == MAX_AGE;
  }

  /**
   * Returns the birth dates of the people whose age on a reference date lies in this range, as a
   * half-open range. Someone born on a date {@code b} is at least {@code n} years old on {@code ref}
   * exactly when {@code b} is not after {@code ref.minusYears(n)}, which holds for 29 February on
   * both sides.
   *
   * @param referenceDate the date ages are counted on
   * @return the birth dates {@code [ref − (max + 1) years + 1 day, ref − min years + 1 day)}
   * @throws NullPointerException if the date is null
   */
  public LocalDateRange birthDates(LocalDate referenceDate) {
    Checks.notNull(referenceDate, "referenceDate");
    return LocalDateRange.of(
        referenceDate.minusYears(max + 1L).plusDays(1), referenceDate.minusYears(min).plusDays(1));
  }

  /**
   * Returns the Pew generations of the people in this range on a reference date, with their shares.
   *
   * @param referenceDate the date ages are counted on, such as the plan date
   * @return the generation mix
   * @throws NullPointerException if the date is null
   */
  public GenerationMix generations(LocalDate referenceDate) {
    return GenerationMix.of(this, referenceDate);
  }

  /**
   * Returns the range as text.
   *
   * @return {@code 20–29}, or {@code 65+} when open-ended
   */
  @Override
  public String toString() {
    return isOpenEnded() ? min + "+" : min + "–" + max;
  }
}
