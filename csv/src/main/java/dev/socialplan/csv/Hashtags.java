package dev.socialplan.csv;

import java.util.ArrayList;
import java.util.List;

/** Finds hashtags in a post's text. */
final class Hashtags {
  private Hashtags() {}

  /**
   * Returns the hashtags of a text without their {@code #}: a {@code #} (or the full-width {@code
   * ＃}) not preceded by a hashtag character, followed by letters, digits, marks or underscores, at
   * least one of them not a digit (X does not link {@code #2024}).
   */
  static List<String> in(String text) {
    List<String> out = new ArrayList<>(0);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == '#' || c == '\uFF03') && (i == 0 || !isTagChar(text.codePointBefore(i)))) {
        int start = i + 1;
        int j = start;
        boolean letter = false;
        while (j < n) {
          int cp = text.codePointAt(j);
          if (!isTagChar(cp)) {
            break;
          }
          letter |= !Character.isDigit(cp);
          j += Character.charCount(cp);
        }
        if (j > start && letter) {
          out.add(text.substring(start, j));
        }
        i = Math.max(j, i + 1);
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isTagChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || cp == '_'
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
