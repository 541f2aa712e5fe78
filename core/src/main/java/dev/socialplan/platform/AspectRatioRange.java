package dev.socialplan.platform;

import dev.socialplan.internal.Checks;

/**
 * A closed range of accepted shapes, from the tallest to the widest: X accepts {@code 1:2.39} to
 * {@code 2.39:1}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tallest the tallest accepted shape (smallest {@link AspectRatio#value()})
 * @param widest the widest accepted shape (largest {@link AspectRatio#value()})
 */
public record AspectRatioRange(AspectRatio tallest, AspectRatio widest) {

  /**
   * Validates the parts.
   *
   * @param tallest the tallest accepted shape
   * @param widest the widest accepted shape, not taller than {@code tallest}
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code widest} is taller than {@code tallest}
   */
  public AspectRatioRange {
    Checks.notNull(tallest, "tallest");
    Checks.notNull(widest, "widest");
    if (widest.compareTo(tallest) < 0) {
      throw new IllegalArgumentException(
          "widest must not be taller than tallest: " + tallest + " to " + widest);
    }
  }

  /**
   * Obtains a range.
   *
   * @param tallest the tallest accepted shape
   * @param widest the widest accepted shape
   * @return the range
   * @throws IllegalArgumentException if {@code widest} is taller than {@code tallest}
   */
  public static AspectRatioRange of(AspectRatio tallest, AspectRatio widest) {
    return new AspectRatioRange(tallest, widest);
  }

  /**
   * Tells whether a shape is within the range, ends included.
   *
   * @param ratio the shape
   * @return true if {@code tallest <= ratio <= widest} by value
   */
  public boolean contains(AspectRatio ratio) {
    Checks.notNull(ratio, "ratio");
    return ratio.compareTo(tallest) >= 0 && ratio.compareTo(widest) <= 0;
  }

  /**
   * Returns the form {@code 1:2.39 to 2.39:1}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return tallest + " to " + widest;
  }
}
