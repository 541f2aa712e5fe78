package dev.socialplan.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text contrast of the review's palette by the WCAG 2.x formulas (<a
 * href="https://www.w3.org/TR/WCAG21/#dfn-relative-luminance">relative luminance</a>, <a
 * href="https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio">contrast ratio</a>): every text colour
 * on every background it is drawn on reaches 4.5:1 (success criterion 1.4.3, level AA).
 */
class PaletteTest {
  private static final double AA = 4.5;

  @Test
  void luminanceAndContrastMatchPublishedValues() {
    assertThat(Palette.luminance("#ffffff")).isCloseTo(1.0, within(1e-12));
    assertThat(Palette.luminance("#000000")).isZero();
    assertThat(Palette.contrast("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
    assertThat(Palette.contrast("#ffffff", "#000000")).isCloseTo(21.0, within(1e-9));
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails (4.48:1), as
    // WebAIM's contrast checker and the WCAG understanding documents show.
    assertThat(Palette.contrast("#767676", "#ffffff")).isCloseTo(4.54, within(0.005));
    assertThat(Palette.contrast("#777777", "#ffffff")).isCloseTo(4.48, within(0.005));
    // Pure sRGB primaries: the luminance coefficients themselves.
    assertThat(Palette.luminance("#ff0000")).isCloseTo(0.2126, within(1e-12));
    assertThat(Palette.luminance("#00ff00")).isCloseTo(0.7152, within(1e-12));
    assertThat(Palette.luminance("#0000ff")).isCloseTo(0.0722, within(1e-12));
  }

  @Test
  void refusesWhatIsNotAColour() {
    assertThatThrownBy(() -> Palette.luminance("red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"red\"");
    assertThatThrownBy(() -> Palette.luminance("#fff")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTextColourReachesAaOnItsBackground() {
    List<String[]> pairs = new ArrayList<>();
    for (String background : List.of(Palette.BACKGROUND, Palette.HEADER_BACKGROUND, Palette.FINDING_BACKGROUND)) {
      pairs.add(new String[] {Palette.TEXT, background});
      pairs.add(new String[] {Palette.MUTED, background});
      pairs.add(new String[] {Palette.LINK, background});
    }
    for (List<String> badge : Palette.BADGES) {
      pairs.add(new String[] {badge.get(1), badge.get(0)});
    }
    // Chip labels in the calendar: black or white on each pillar colour and on "no pillar".
    for (String fill : Palette.OKABE_ITO) {
      pairs.add(new String[] {Palette.textOn(fill), fill});
    }
    pairs.add(new String[] {Palette.textOn(Palette.NO_DATA), Palette.NO_DATA});
    // The legend swatches' markers (a star on white).
    pairs.add(new String[] {"#000000", Palette.BACKGROUND});
    for (String[] pair : pairs) {
      assertThat(Palette.contrast(pair[0], pair[1]))
          .as("%s on %s", pair[0], pair[1])
          .isGreaterThanOrEqualTo(AA);
    }
  }

  @Test
  void textOnPicksTheBetterOfBlackAndWhite() {
    assertThat(Palette.textOn("#0072b2")).isEqualTo("#ffffff");
    assertThat(Palette.textOn("#f0e442")).isEqualTo("#000000");
    assertThat(Palette.textOn("#440154")).isEqualTo("#ffffff");
  }

  @Test
  void viridisRunsFromDarkToLight() {
    assertThat(Palette.viridis(0)).isEqualTo("#440154");
    assertThat(Palette.viridis(1)).isEqualTo("#fde725");
    assertThat(Palette.viridis(-3)).isEqualTo("#440154");
    assertThat(Palette.viridis(Double.NaN)).isEqualTo("#440154");
    double previous = -1;
    for (String colour : Palette.VIRIDIS) {
      double luminance = Palette.luminance(colour);
      assertThat(luminance).as(colour).isGreaterThan(previous);
      previous = luminance;
    }
  }

  /** The style sheet uses no colour the tests above do not know, so they cover the page's text. */
  @Test
  void theStyleSheetUsesOnlyPaletteColours() throws IOException {
    String css = Files.readString(Path.of("src/main/jte/review/style.jte"));
    List<String> known = new ArrayList<>(List.of(
        Palette.BACKGROUND, Palette.TEXT, Palette.MUTED, Palette.LINK, Palette.HEADER_BACKGROUND,
        Palette.FINDING_BACKGROUND, Palette.GRID, "#000000", "#d6d6d6"));
    known.addAll(Palette.OKABE_ITO);
    Palette.BADGES.forEach(known::addAll);
    Matcher m = Pattern.compile("#[0-9a-fA-F]{6}\\b").matcher(css);
    int found = 0;
    while (m.find()) {
      found++;
      assertThat(known).as("colour %s of the style sheet", m.group()).contains(m.group().toLowerCase(Locale.ROOT));
    }
    assertThat(found).isGreaterThan(10);
  }
}
