package dev.socialplan.platform;

import dev.socialplan.internal.Checks;

/**
 * A maximum length for one text part of a post, counted one way: {@code BODY <= 300
 * GRAPHEME_CLUSTERS}. A part may have several limits that must all hold (Bluesky: 300 grapheme
 * clusters and 3,000 UTF-8 bytes).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param field the text part the limit applies to
 * @param maxLength the largest length allowed, zero or more
 * @param counting how the length is counted
 */
public record TextLimit(TextField field, long maxLength, TextCounting counting) {

  /**
   * Validates the parts.
   *
   * @param field the text part the limit applies to
   * @param maxLength the largest length allowed, zero or more
   * @param counting how the length is counted
   * @throws NullPointerException if the field or the counting is null
   * @throws IllegalArgumentException if the maximum is negative
   */
  public TextLimit {
    Checks.notNull(field, "field");
    Checks.nonNegative(maxLength, "maxLength");
    Checks.notNull(counting, "counting");
  }

  /**
   * Obtains a limit on the body (post text, caption or description).
   *
   * @param maxLength the largest length allowed, zero or more
   * @param counting how the length is counted
   * @return the limit
   * @throws IllegalArgumentException if the maximum is negative
   */
  public static TextLimit body(long maxLength, TextCounting counting) {
    return new TextLimit(TextField.BODY, maxLength, counting);
  }

  /**
   * Obtains a limit on the title.
   *
   * @param maxLength the largest length allowed, zero or more
   * @param counting how the length is counted
   * @return the limit
   * @throws IllegalArgumentException if the maximum is negative
   */
  public static TextLimit title(long maxLength, TextCounting counting) {
    return new TextLimit(TextField.TITLE, maxLength, counting);
  }

  /**
   * Obtains a limit on the alt text of each media item.
   *
   * @param maxLength the largest length allowed, zero or more
   * @param counting how the length is counted
   * @return the limit
   * @throws IllegalArgumentException if the maximum is negative
   */
  public static TextLimit altText(long maxLength, TextCounting counting) {
    return new TextLimit(TextField.ALT_TEXT, maxLength, counting);
  }

  /**
   * Obtains a limit on the first comment.
   *
   * @param maxLength the largest length allowed, zero or more
   * @param counting how the length is counted
   * @return the limit
   * @throws IllegalArgumentException if the maximum is negative
   */
  public static TextLimit firstComment(long maxLength, TextCounting counting) {
    return new TextLimit(TextField.FIRST_COMMENT, maxLength, counting);
  }

  /**
   * Measures a text against this limit.
   *
   * @param text the text
   * @return the measured length against the maximum
   * @throws NullPointerException if the text is null
   */
  public TextFit check(String text) {
    return counting.fit(text, maxLength);
  }

  /**
   * Returns a readable form such as {@code BODY <= 280 X_WEIGHTED}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return field + " <= " + maxLength + " " + counting;
  }
}
