package dev.socialplan.examples;

import java.util.ArrayList;
import java.util.List;

/** Measuring, cutting and wrapping text by terminal columns (CJK characters take two). */
final class Text {
  private Text() {}

  /** Returns how many terminal columns a string takes. */
  static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += width(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || cp == 0xFE0F) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian Wide and Fullwidth ranges (UAX #11) that occur in practice, and emoji. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Cuts a string to at most {@code max} columns, ending with an ellipsis when cut. */
  static String excerpt(String s, int max) {
    String oneLine = s.replaceAll("\\s+", " ").strip();
    if (width(oneLine) <= max) {
      return oneLine;
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int i = 0; i < oneLine.length(); ) {
      int cp = oneLine.codePointAt(i);
      int w = width(cp);
      if (width + w > max - 1) {
        break;
      }
      out.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + "…";
  }

  /**
   * Wraps a string into lines of at most {@code max} columns, breaking at spaces, or between two
   * CJK characters (Chinese has no spaces between words), never before CJK punctuation. A word
   * longer than a line is left whole.
   */
  static List<String> wrap(String s, int max) {
    Wrapper wrapper = new Wrapper(max);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      wrapper.accept(cp);
    }
    return wrapper.finish();
  }

  /** Greedy line filling over tokens: a word, or one CJK character with the punctuation after it. */
  private static final class Wrapper {
    private final int max;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private int lineWidth;
    private final StringBuilder token = new StringBuilder();
    private boolean tokenSpaceBefore;
    private boolean spaceBefore;

    Wrapper(int max) {
      this.max = max;
    }

    void accept(int cp) {
      if (cp == '\n') {
        flush();
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        spaceBefore = false;
      } else if (cp == ' ') {
        flush();
        spaceBefore = true;
      } else if (isWide(cp) && !isCjkPunctuation(cp)) {
        flush();
        start(cp);
      } else if (isWide(cp) || !isWideToken(token)) {
        if (token.length() == 0) {
          start(cp);
        } else {
          token.appendCodePoint(cp);
        }
      } else {
        flush();
        start(cp);
      }
    }

    private void start(int cp) {
      tokenSpaceBefore = spaceBefore;
      spaceBefore = false;
      token.appendCodePoint(cp);
    }

    private void flush() {
      if (token.length() == 0) {
        return;
      }
      int tokenWidth = width(token.toString());
      boolean space = line.length() > 0 && tokenSpaceBefore;
      if (line.length() > 0 && lineWidth + (space ? 1 : 0) + tokenWidth > max) {
        lines.add(line.toString());
        line.setLength(0);
        lineWidth = 0;
        space = false;
      }
      if (space) {
        line.append(' ');
        lineWidth++;
      }
      line.append(token);
      lineWidth += tokenWidth;
      token.setLength(0);
    }

    List<String> finish() {
      flush();
      if (line.length() > 0) {
        lines.add(line.toString());
      }
      return lines;
    }
  }

  private static boolean isWideToken(CharSequence token) {
    return token.length() > 0 && isWide(Character.codePointAt(token, 0));
  }

  private static boolean isCjkPunctuation(int cp) {
    return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F)
        || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xFF5E;
  }
}
