package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import java.math.BigDecimal;

/**
 * The shape of an image or video as width to height: {@code 16:9}, {@code 4:5}, {@code 1.91:1}.
 *
 * <p>Parts may be fractional because platforms publish ratios such as {@code 1.91:1} and {@code
 * 1:2.39}. Equality compares the parts as given, so {@code 2:4} and {@code 1:2} are different values
 * with the same {@link #value()}; use {@link #compareTo(AspectRatio)} or {@link
 * #isEquivalentTo(AspectRatio)} to compare shapes. Ratios of whole numbers with the same value
 * (1080:1350 and 4:5) have exactly the same {@link #value()}, because a quotient of doubles is
 * correctly rounded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param width the width part, finite and positive
 * @param height the height part, finite and positive
 */
public record AspectRatio(double width, double height) implements Comparable<AspectRatio> {

  /** Landscape widescreen, 16:9 (X, YouTube long-form). */
  public static final AspectRatio LANDSCAPE_16_9 = new AspectRatio(16, 9);

  /** Vertical full screen, 9:16 (Reels, Stories, TikTok, Shorts, Snapchat). */
  public static final AspectRatio VERTICAL_9_16 = new AspectRatio(9, 16);

  /** Square, 1:1. */
  public static final AspectRatio SQUARE = new AspectRatio(1, 1);

  /** Portrait, 4:5 (Instagram feed 1080×1350). */
  public static final AspectRatio PORTRAIT_4_5 = new AspectRatio(4, 5);

  /**
   * Validates the parts.
   *
   * @param width the width part, finite and positive
   * @param height the height part, finite and positive
   * @throws IllegalArgumentException if a part is zero, negative, NaN or infinite
   */
  public AspectRatio {
    positive(width, "width");
    positive(height, "height");
  }

  /**
   * Obtains an aspect ratio.
   *
   * @param width the width part, finite and positive
   * @param height the height part, finite and positive
   * @return the aspect ratio
   * @throws IllegalArgumentException if a part is zero, negative, NaN or infinite
   */
  public static AspectRatio of(double width, double height) {
    return new AspectRatio(width, height);
  }

  /**
   * Obtains an aspect ratio from text such as {@code "16:9"}, {@code "1.91:1"} or {@code
   * "1080x1350"}.
   *
   * @param text two positive decimal numbers separated by {@code ':'}, {@code 'x'} or {@code '×'}
   * @return the aspect ratio
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static AspectRatio parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().strip();
    String[] parts = s.split("[:x×]", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("aspect ratio must be \"width:height\": \"" + s + "\"");
    }
    try {
      return new AspectRatio(
          new BigDecimal(parts[0].strip()).doubleValue(),
          new BigDecimal(parts[1].strip()).doubleValue());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "aspect ratio must be \"width:height\" with decimal numbers: \"" + s + "\"", e);
    }
  }

  /**
   * Returns width divided by height: above 1 for landscape, below 1 for portrait.
   *
   * @return the ratio as a number
   */
  public double value() {
    return width / height;
  }

  /**
   * Tells whether the height is greater than the width.
   *
   * @return true for a portrait or vertical shape
   */
  public boolean isPortrait() {
    return value() < 1;
  }

  /**
   * Tells whether the width is greater than the height.
   *
   * @return true for a landscape shape
   */
  public boolean isLandscape() {
    return value() > 1;
  }

  /**
   * Tells whether two ratios describe the same shape ({@code 2:4} and {@code 1:2}).
   *
   * @param other the other ratio
   * @return true if the values are equal
   */
  public boolean isEquivalentTo(AspectRatio other) {
    return compareTo(other) == 0;
  }

  /**
   * Compares shapes by {@link #value()}, from the tallest to the widest. Consistent with {@link
   * #isEquivalentTo(AspectRatio)}, not with {@link #equals(Object)}.
   *
   * @param other the other ratio
   * @return negative, zero or positive as this shape is taller than, the same as, or wider than the
   *     other
   */
  @Override
  public int compareTo(AspectRatio other) {
    return Double.compare(value(), other.value());
  }

  /**
   * Returns the form {@code width:height} without needless decimals: {@code 16:9}, {@code 1.91:1}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return plain(width) + ":" + plain(height);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static void positive(double v, String field) {
    Checks.finite(v, field);
    if (v <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + v);
    }
  }
}
