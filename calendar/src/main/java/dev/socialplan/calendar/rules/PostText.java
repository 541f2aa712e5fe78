package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.TextLimit;
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
    List<String> hashtags = post.hashtags();
    if (hashtags.isEmpty()) {
      return post.text();
    }
    Set<String> inline = handles(post.text(), '#');
    StringBuilder text = new StringBuilder(post.text());
    for (String tag : hashtags) {
      if (!inline.contains(tag.toLowerCase(Locale.ROOT))) {
        text.append(text.length() == 0 ? "#" : " #").append(tag);
      }
    }
    return text.toString();
  }

  /** The number of distinct hashtags, listed or written in the body. */
  static int hashtagCount(ScheduledPost post) {
    return distinct(post.text(), '#', post.hashtags());
  }

  /** The number of distinct mentions, listed or written in the body. */
  static int mentionCount(ScheduledPost post) {
    return distinct(post.text(), '@', post.mentions());
  }

  private static int distinct(String text, char sigil, List<String> listed) {
    if (text.indexOf(sigil) < 0) {
      if (listed.size() <= 1) {
        return listed.size();
      }
      Set<String> all = new HashSet<>();
      listed.forEach(h -> all.add(h.toLowerCase(Locale.ROOT)));
      return all.size();
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
    int at = text.indexOf(sigil);
    while (at >= 0) {
      boolean start = at == 0 || !isHandleChar(text.codePointBefore(at));
      int end = at + 1;
      while (end < text.length() && isHandleChar(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      if (start && end > at + 1) {
        found.add(text.substring(at + 1, end).toLowerCase(Locale.ROOT));
      }
      at = text.indexOf(sigil, Math.max(end, at + 1));
    }
    return found;
  }

  private static boolean isHandleChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }

  /**
   * Tells, without measuring, whether a text surely fits a limit: an upper bound on its length, the
   * limit's way, is within the maximum. A text of k UTF-16 units has at most k code points and k
   * grapheme clusters, at most 3k UTF-8 bytes (so at most 3k by Threads' count, which counts an
   * emoji's bytes), and, when it is ASCII (which NFC leaves alone), an X weight of at most k plus 23
   * per dot (a URL weighs 23 whatever its length and holds at least one dot). False means "measure
   * it", not "too long".
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
        if (k > max) {
          return false;
        }
        long dots = 0;
        for (int i = 0; i < k; i++) {
          char c = text.charAt(i);
          if (c >= 0x80) {
            return false;
          }
          if (c == '.') {
            dots++;
          }
        }
        return k + 23 * dots <= max;
      default:
        return false;
    }
  }
}
