package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The grapheme segmenter against ICU4J 72.1 (Unicode 15.0), an independent implementation of UAX
 * #29, and the cases where Java 17's own tools go wrong.
 */
class GraphemesTest {
  /**
   * Code points of every grapheme break class, and the emoji building blocks: ZWJ, variation
   * selector 16, skin tones, regional indicators, tags, keycap.
   */
  private static final int[] POOL = {
    'a', '1', ' ', '\r', '\n', 0x0001, 0x0301, 0x0308, 0x200D, 0x200C, 0xFE0F, 0x20E3, 0x1F3FB,
    0x1F3FD, 0x1F1F9, 0x1F1FC, 0x1F469, 0x1F468, 0x1F467, 0x2764, 0x00A9, 0x1F48B, 0x0600, 0x0915,
    0x093F, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x0E01, 0x0E33, 0x4E2D, 0xE0067, 0xE007F,
    0x1F3F4, 0x1D165, 0x0903, 0x1F308, 0x2640, 0x27A1, 0x1FAE0, 0x110BD, 0x0D4E, 0x111C2, 0x093C,
    0xD800, 0xDC00, 0x8D43F, 0x07EF
  };

  /** Java 17's regex {@code \X}, for the cases where it disagrees with UAX #29. */
  private static final Pattern JDK_CLUSTER = Pattern.compile("\\X");

  @Test
  void tableMatchesIcuForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      assertThat(Graphemes.classOf(cp)).as("U+%04X", cp).isEqualTo(icuClass(cp));
    }
  }

  @Test
  void boundariesMatchIcuOnEmojiAndScriptMixtures() {
    Gen<Integer> codePoint =
        integers()
            .between(0, 2)
            .flatMap(
                kind ->
                    kind == 0
                        ? integers().between(0, Character.MAX_CODE_POINT)
                        : integers().between(0, POOL.length - 1).map(i -> POOL[i]));
    qt().withExamples(20_000)
        .forAll(lists().of(codePoint).ofSizeBetween(1, 10))
        .checkAssert(
            cps -> {
              StringBuilder sb = new StringBuilder();
              // ICU's root rules since CLDR 42 also join Indic conjuncts (virama), which Unicode
              // 15.0's UAX #29 does not: leave viramas out of the comparison.
              cps.forEach(cp -> sb.appendCodePoint(UCharacter.getCombiningClass(cp) == 9 ? 'b' : cp));
              String text = sb.toString();
              assertThat(ends(text)).as(hex(text)).isEqualTo(icuEnds(text));
            });
  }

  @Test
  void java17RegexGetsTheseWrongAndWeDoNot() {
    // ZWJ ZWJ pictograph: GB11 allows only Extend between the pictograph and one ZWJ.
    assertCount("👨\u200D\u200D🫠", 2);
    // A spacing mark between the pictograph and the ZWJ ends the emoji sequence.
    assertCount("❤\u0E33\u200D💋", 2);
    // A Prepend character before an emoji ZWJ sequence: one cluster.
    assertCount("\u0600❤\u200D❤", 1);
    // An unassigned code point followed by a combining mark: Other × Extend.
    assertCount(new String(Character.toChars(0x8D43F)) + "\u07EF", 1);
    assertThat(jdkCount("👨\u200D\u200D🫠")).isEqualTo(1);
    assertThat(jdkCount("\u0600❤\u200D❤")).isEqualTo(2);
  }

  @Test
  void regionalIndicatorsPairUp() {
    String tw = "🇹🇼";
    assertCount(tw + tw + tw, 3);
    assertCount(tw + "🇯", 2);
    assertCount("a" + tw, 2);
  }

  @Test
  void hangulSyllablesAndJamo() {
    assertCount("\u1100\u1161\u11A8", 1);
    assertCount("\uAC00\u11A8", 1);
    assertCount("\uAC01\u1161", 2);
    assertCount("\u1100\u1100\u1161", 1);
  }

  @Test
  void newerEmojiCountOnceToo() {
    assertCount("🫱🏼\u200D🫲🏿", 1); // Unicode 14 handshake with two skin tones
    assertCount("🐦\u200D🔥", 1); // Unicode 15.1 phoenix
    assertCount("🏃🏽\u200D♀️\u200D➡️", 1); // Unicode 15.1 direction sequence
  }

  @Test
  void unpairedSurrogatesAreOther() {
    assertCount("a\uD800\u0301", 2);
    assertCount("\uDC00\uD800", 2);
  }

  @Test
  void walksClustersInOrder() {
    List<String> clusters = new ArrayList<>();
    String text = "e\u0301🇹🇼\r\n社";
    Graphemes.forEach(text, (start, end) -> clusters.add(text.substring(start, end)));
    assertThat(clusters).containsExactly("e\u0301", "🇹🇼", "\r\n", "社");
    Graphemes.forEach("", (start, end) -> clusters.add("never"));
    assertThat(clusters).hasSize(4);
  }

  private static void assertCount(String text, long expected) {
    assertThat(Graphemes.count(text)).as(hex(text)).isEqualTo(expected);
    assertThat(icuEnds(text)).as("ICU " + hex(text)).hasSize((int) expected);
  }

  private static long jdkCount(String text) {
    Matcher m = JDK_CLUSTER.matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static List<Integer> ends(String text) {
    List<Integer> ends = new ArrayList<>();
    Graphemes.forEach(text, (start, end) -> ends.add(end));
    return ends;
  }

  private static List<Integer> icuEnds(String text) {
    BreakIterator it = BreakIterator.getCharacterInstance(ULocale.ROOT);
    it.setText(text);
    List<Integer> ends = new ArrayList<>();
    it.first();
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      ends.add(end);
    }
    return ends;
  }

  private static byte icuClass(int cp) {
    if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
      return Graphemes.EXTENDED_PICTOGRAPHIC;
    }
    int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
    switch (gcb) {
      case UCharacter.GraphemeClusterBreak.CONTROL:
        return Graphemes.CONTROL;
      case UCharacter.GraphemeClusterBreak.CR:
        return Graphemes.CR;
      case UCharacter.GraphemeClusterBreak.LF:
        return Graphemes.LF;
      case UCharacter.GraphemeClusterBreak.EXTEND:
        return Graphemes.EXTEND;
      case UCharacter.GraphemeClusterBreak.ZWJ:
        return Graphemes.ZWJ;
      case UCharacter.GraphemeClusterBreak.REGIONAL_INDICATOR:
        return Graphemes.REGIONAL_INDICATOR;
      case UCharacter.GraphemeClusterBreak.PREPEND:
        return Graphemes.PREPEND;
      case UCharacter.GraphemeClusterBreak.SPACING_MARK:
        return Graphemes.SPACING_MARK;
      case UCharacter.GraphemeClusterBreak.L:
        return Graphemes.L;
      case UCharacter.GraphemeClusterBreak.V:
        return Graphemes.V;
      case UCharacter.GraphemeClusterBreak.T:
        return Graphemes.T;
      case UCharacter.GraphemeClusterBreak.LV:
        return Graphemes.LV;
      case UCharacter.GraphemeClusterBreak.LVT:
        return Graphemes.LVT;
      default:
        return Graphemes.OTHER;
    }
  }

  private static String hex(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.append(String.format("U+%04X ", cp)));
    return sb.toString().trim();
  }
}
