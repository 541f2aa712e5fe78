package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.TextLimit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the calendar rules read a post's text: the text as published (the body, then the listed
 * hashtags it does not already carry, each as {@code " #tag"}), the hashtags and mentions it carries
 * (those listed plus those written in the body, each counted once, ignoring case), and a cheap upper
 * bound on its length that spares the exact count of most texts.
 */
final class PostText {
  private PostText() {}

  /** The body followed by every listed hashtag it does not carry already. */
  static String published(ScheduledPost post) {
    List<String> hashtags = post.content().hashtags();
    if (hashtags.isEmpty()) {
      return post.content().text();
    }
    String body = post.content().text();
    // Without a '#' in the body no listed hashtag is carried already: skip lower-casing and lookups.
    Set<String> inline = body.indexOf('#') < 0 ? Set.of() : handles(body, '#');
    StringBuilder text = new StringBuilder(body);
    for (String tag : hashtags) {
      if (inline.isEmpty() || !inline.contains(tag.toLowerCase(Locale.ROOT))) {
        text.append(text.length() == 0 ? "#" : " #").append(tag);
      }
    }
    return text.toString();
  }

  /** The number of distinct hashtags, listed or written in the body. */
  static int hashtagCount(ScheduledPost post) {
    return distinct(post.content().text(), '#', post.content().hashtags());
  }

  /** The number of distinct mentions, listed or written in the body. */
  static int mentionCount(ScheduledPost post) {
    return distinct(post.content().text(), '@', post.content().mentions());
  }

  private static int distinct(String text, char sigil, List<String> listed) {
    if (text.indexOf(sigil) < 0) {
      // Usually a handful: compare pairwise rather than hash.
      int distinct = 0;
      for (int i = 0; i < listed.size(); i++) {
        boolean repeated = false;
        for (int j = 0; j < i && !repeated; j++) {
          repeated = listed.get(i).toLowerCase(Locale.ROOT).equals(listed.get(j).toLowerCase(Locale.ROOT));
        }
        distinct += repeated ? 0 : 1;
      }
      return distinct;
    }
    Set<String> all = handles(text, sigil);
    listed.forEach(h -> all.add(h.toLowerCase(Locale.ROOT)));
    return all.size();
  }

  /**
   * The handles written in a text after a sigil: {@code #tag} or {@code @name}, where the sigil
   * does not follow a letter, digit or underscore (so {@code a#b} and {@code ana@example.com} are
   * not handles) and the handle is letters, digits and underscores. Lower-cased.
   */
  static Set<String> handles(String text, char sigil) {
    Set<String> found = new HashSet<>();
    for (String handle : handlesAsWritten(text, sigil)) {
      found.add(handle.toLowerCase(Locale.ROOT));
    }
    return found;
  }

  /** The handles written in a text after a sigil, as {@link #handles} finds them, case kept, in order. */
  static List<String> handlesAsWritten(String text, char sigil) {
    List<String> found = new ArrayList<>();
    int at = text.indexOf(sigil);
    while (at >= 0) {
      boolean start = at == 0 || !isHandleChar(text.codePointBefore(at));
      int end = at + 1;
      while (end < text.length() && isHandleChar(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (start && end > at + 1) {
        found.add(text.substring(at + 1, end));
      }
      // end is past the sigil, so the search moves on.
      at = text.indexOf(sigil, end);
    }
    return found;
  }

  private static boolean isHandleChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }

  /**
   * An upper bound on X's weighted length of a text, or {@code Long.MAX_VALUE} when the text is not
   * in NFC (normalising could change its code points). twitter-text 3.1.0's default configuration
   * weighs a code point 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 and 2
   * elsewhere; an emoji sequence weighs 2 in all (here: 2 per code point, more); a URL weighs 23
   * whatever its length and holds at least one dot (here: its characters plus 23 per dot, more). So
   * the sum of the code points' weights plus 23 per dot bounds the count from above. The loop stops
   * as soon as the bound passes {@code stopAbove}.
   */
  static long xWeightBound(String text, long stopAbove) {
    long bound = 0;
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bound += c == '.' ? 24 : 1;
      } else {
        ascii = false;
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
          continue;
        }
        bound += c <= 0x10FF
                || (c >= 0x2000 && c <= 0x200D)
                || (c >= 0x2010 && c <= 0x201F)
                || (c >= 0x2032 && c <= 0x2037)
            ? 1
            : 2;
      }
      if (bound > stopAbove) {
        return bound;
      }
    }
    if (!ascii && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return Long.MAX_VALUE;
    }
    return bound;
  }

  /**
   * Tells, without measuring, whether a text surely fits a limit: an upper bound on its length, the
   * limit's way, is within the maximum. A text of k UTF-16 units has at most k code points and k
   * grapheme clusters, and at most 3k UTF-8 bytes (so at most 3k by Threads' count, which counts an
   * emoji's bytes); {@link #xWeightBound} bounds X's count. False means "measure it", not "too
   * long".
   */
  static boolean surelyFits(String text, TextLimit limit) {
    long k = text.length();
    long max = limit.maxLength();
    switch (limit.counting()) {
      case UTF16_CODE_UNITS:
      case CODE_POINTS:
      case GRAPHEME_CLUSTERS:
        return k <= max;
      case UTF8_BYTES:
      case CODE_POINTS_EMOJI_AS_UTF8_BYTES:
        return 3 * k <= max;
      case X_WEIGHTED:
        return xWeightBound(text, max) <= max;
      default:
        return false;
    }
  }
}
