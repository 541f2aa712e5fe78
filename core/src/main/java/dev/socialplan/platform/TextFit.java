package dev.socialplan.platform;

import dev.socialplan.internal.Checks;

/**
 * The length of a text, measured one way, against a maximum: whether it fits and by how much it is
 * over. Calendar rules turn a text that does not fit into a finding with these numbers.
 *
 * <p>Obtain one from {@link TextCounting#fit(String, long)} or {@link TextLimit#check(String)}. This
 * record is immutable and thread-safe.
 *
 * @param counting how the length was counted
 * @param length the measured length, zero or more
 * @param maxLength the largest length allowed, zero or more
 */
public record TextFit(TextCounting counting, long length, long maxLength) {

  /**
   * Validates the parts.
   *
   * @param counting how the length was counted
   * @param length the measured length, zero or more
   * @param maxLength the largest length allowed, zero or more
   * @throws NullPointerException if the counting is null
   * @throws IllegalArgumentException if the length or the maximum is negative
   */
  public TextFit {
    Checks.notNull(counting, "counting");
    Checks.nonNegative(length, "length");
    Checks.nonNegative(maxLength, "maxLength");
  }

  /**
   * Tells whether the text fits: its length is at most the maximum.
   *
   * @return true if {@code length <= maxLength}
   */
  public boolean fits() {
    return length <= maxLength;
  }

  /**
   * Returns how much the text is over the maximum.
   *
   * @return {@code length - maxLength} when over, otherwise 0
   */
  public long overBy() {
    return Math.max(0, length - maxLength);
  }

  /**
   * Returns how much room is left under the maximum.
   *
   * @return {@code maxLength - length} when it fits, otherwise 0
   */
  public long remaining() {
    return Math.max(0, maxLength - length);
  }

  /**
   * Returns a readable form such as {@code 301/300 GRAPHEME_CLUSTERS (over by 1)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return length
        + "/"
        + maxLength
        + " "
        + counting
        + (fits() ? " (fits, " + remaining() + " left)" : " (over by " + overBy() + ")");
  }
}
