package dev.socialplan.report.internal;

import java.util.List;

/**
 * The review's colours. Series and categories use the Okabe-Ito palette (M. Okabe and K. Ito,
 * <a href="https://jfly.uni-koeln.de/color/">Color Universal Design</a>, 2008), chosen to stay
 * distinguishable with the common colour-vision deficiencies; the heatmap's scale is viridis
 * (S. van der Walt and N. Smith, the matplotlib colour map; values as published by the <a
 * href="https://cran.r-project.org/package=viridisLite">viridisLite</a> package), perceptually
 * uniform and readable in grey scale.
 *
 * <p>Text colours are checked against their backgrounds with the WCAG 2.x contrast ratio (<a
 * href="https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio">contrast ratio</a>, <a
 * href="https://www.w3.org/TR/WCAG21/#dfn-relative-luminance">relative luminance</a>): at least
 * 4.5:1, the level AA minimum for body text.
 */
public final class Palette {
  private Palette() {}

  /** The page background. */
  public static final String BACKGROUND = "#ffffff";

  /** Body text. */
  public static final String TEXT = "#1b1b1b";

  /** Secondary text (captions, notes, axis labels). */
  public static final String MUTED = "#4a4a4a";

  /** Links. */
  public static final String LINK = "#0b4f8a";

  /** Table header background. */
  public static final String HEADER_BACKGROUND = "#f0f0f0";

  /** Finding background. */
  public static final String FINDING_BACKGROUND = "#fafafa";

  /** Light grid lines (not text). */
  public static final String GRID = "#c8c8c8";

  /**
   * The Okabe-Ito colours without black, in the published order: orange, sky blue, bluish green,
   * yellow, blue, vermilion, reddish purple.
   */
  public static final List<String> OKABE_ITO =
      List.of("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7");

  /** Blue (Okabe-Ito): the first data series. */
  public static final String BLUE = "#0072b2";

  /** Orange (Okabe-Ito): the second data series. */
  public static final String ORANGE = "#e69f00";

  /** Vermilion (Okabe-Ito): targets, overspend. */
  public static final String VERMILION = "#d55e00";

  /** Bluish green (Okabe-Ito): returns. */
  public static final String GREEN = "#009e73";

  /** Reddish purple (Okabe-Ito): the second forecast. */
  public static final String PURPLE = "#cc79a7";

  /** Sky blue (Okabe-Ito): tolerance bands. */
  public static final String SKY = "#56b4e9";

  /** Severity badge colours as background and text: error, warning, info. */
  public static final List<List<String>> BADGES =
      List.of(List.of("#a4161a", "#ffffff"), List.of("#e69f00", "#000000"), List.of("#0072b2", "#ffffff"));

  /** Nine evenly spaced colours of viridis, from low (dark purple) to high (yellow). */
  public static final List<String> VIRIDIS =
      List.of(
          "#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c", "#27ad81", "#5dc863", "#aadc32",
          "#fde725");

  /** The colour of cells and posts without data. */
  public static final String NO_DATA = "#e0e0e0";

  /**
   * Returns the category colour for an index, cycling through {@link #OKABE_ITO}.
   *
   * @param index the category's index, not negative
   * @return the colour
   */
  public static String category(int index) {
    return OKABE_ITO.get(Math.floorMod(index, OKABE_ITO.size()));
  }

  /**
   * Returns the viridis colour for a value in [0, 1] (clamped), by nearest of the nine stops.
   *
   * @param fraction the value
   * @return the colour
   */
  public static String viridis(double fraction) {
    double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    return VIRIDIS.get((int) Math.round(f * (VIRIDIS.size() - 1)));
  }

  /**
   * Returns black or white, whichever contrasts more with a background.
   *
   * @param background the background, {@code #rrggbb}
   * @return {@code #000000} or {@code #ffffff}
   */
  public static String textOn(String background) {
    return contrast("#000000", background) >= contrast("#ffffff", background) ? "#000000" : "#ffffff";
  }

  /**
   * Returns the WCAG 2.x contrast ratio of two colours: (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
   *
   * @param a one colour, {@code #rrggbb}
   * @param b the other
   * @return from 1 to 21
   */
  public static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /**
   * Returns the WCAG 2.x relative luminance of a colour: 0.2126 R + 0.7152 G + 0.0722 B of the
   * linearised sRGB channels.
   *
   * @param colour {@code #rrggbb}
   * @return from 0 (black) to 1 (white)
   * @throws IllegalArgumentException if the colour is not {@code #rrggbb}
   */
  public static double luminance(String colour) {
    if (!colour.matches("#[0-9a-fA-F]{6}")) {
      throw new IllegalArgumentException("colour must be #rrggbb: \"" + colour + "\"");
    }
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * linear((rgb >> 16) & 0xff)
        + 0.7152 * linear((rgb >> 8) & 0xff)
        + 0.0722 * linear(rgb & 0xff);
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    // WCAG 2.x gives 0.03928 as the threshold (sRGB's own is 0.04045); no 8-bit value lies
    // between the two, so either gives the same luminance.
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
