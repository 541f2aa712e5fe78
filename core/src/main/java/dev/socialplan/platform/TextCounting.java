package dev.socialplan.platform;

import com.twitter.twittertext.TwitterTextParser;
import dev.socialplan.internal.Checks;

/**
 * How a platform counts the length of a text. The same caption can be 120 long by one count and
 * 160 by another: an emoji is 1 grapheme cluster, 1 or more code points, 2 or more UTF-16 units, 2
 * on X and 4 or more UTF-8 bytes.
 *
 * <p>For any text, {@code GRAPHEME_CLUSTERS <= CODE_POINTS <= UTF16_CODE_UNITS} and {@code
 * CODE_POINTS <= UTF8_BYTES}. Where a platform says "characters" without saying how it counts them,
 * the catalog uses {@link #UTF16_CODE_UNITS} (what Java's and JavaScript's {@code length} report, and
 * what most scheduling tools count): a text that fits by that count fits by code points and grapheme
 * clusters too.
 *
 * <p>Every constant is a pure function of the text; all are thread-safe.
 */
public enum TextCounting {
  /** UTF-16 code units, as {@link String#length()}: an emoji outside the BMP counts 2. */
  UTF16_CODE_UNITS {
    @Override
    long measure(String text) {
      return text.length();
    }
  },

  /** Unicode code points: a supplementary character counts 1, a combining mark counts 1. */
  CODE_POINTS {
    @Override
    long measure(String text) {
      return text.codePointCount(0, text.length());
    }
  },

  /**
   * Extended grapheme clusters, the "user-perceived characters" of Unicode Standard Annex #29
   * (Unicode 15.0 rules): an emoji ZWJ sequence such as 👩‍👩‍👧‍👦, a flag, an emoji with a skin-tone
   * modifier, a letter with combining marks and a Hangul syllable each count 1. Bluesky counts this
   * way (atproto lexicon {@code app.bsky.feed.post}, {@code maxGraphemes}).
   *
   * <p>Implemented here rather than with {@link java.text.BreakIterator}, which on Java 17 breaks
   * emoji sequences into their code points, or regex {@code \X}, which mishandles a few emoji
   * sequences on 17.
   */
  GRAPHEME_CLUSTERS {
    @Override
    long measure(String text) {
      return Graphemes.count(text);
    }
  },

  /**
   * X's weighted length, computed by the twitter-text library 3.1.0 ({@code
   * TwitterTextParser.parseTweet(text).weightedLength}, default configuration version 3): the text
   * is NFC-normalised; code points in the Latin-1, general punctuation and similar ranges weigh 1,
   * everything else (CJK, most other scripts) weighs 2; an emoji sequence weighs 2 however many
   * code points it has; every URL weighs 23 whatever its length. The limit is 280 (25,000 with
   * Premium). Source: docs.x.com, "Counting characters".
   */
  X_WEIGHTED {
    @Override
    long measure(String text) {
      return TwitterTextParser.parseTweet(text).weightedLength;
    }
  },

  /** Bytes of the UTF-8 encoding: ASCII 1, most CJK 3, an emoji 4 per code point. */
  UTF8_BYTES {
    @Override
    long measure(String text) {
      return utf8Length(text, 0, text.length());
    }
  },

  /**
   * Threads' count: 1 per code point, except that an emoji counts the number of UTF-8 bytes it
   * takes. Source: Meta, Threads API, "Posts": "Text posts are limited to 500 characters. Emojis are
   * counted as the number of UTF-8 bytes."
   *
   * <p>An emoji here is a grapheme cluster that contains an {@code Extended_Pictographic} code
   * point, a regional indicator (flags), the emoji presentation selector U+FE0F or the keycap
   * U+20E3; the whole cluster counts its bytes, so 😀 counts 4 and 👍🏽 counts 8. Meta does not say
   * how it counts ZWJ sequences; counting the whole sequence is the cautious reading.
   */
  CODE_POINTS_EMOJI_AS_UTF8_BYTES {
    @Override
    long measure(String text) {
      long[] total = {0};
      Graphemes.forEach(
          text,
          (start, end) ->
              total[0] +=
                  isEmoji(text, start, end)
                      ? utf8Length(text, start, end)
                      : text.codePointCount(start, end));
      return total[0];
    }
  };

  /**
   * Measures a text the way this constant counts.
   *
   * @param text the text; empty counts 0
   * @return the length, zero or more
   * @throws NullPointerException if the text is null
   */
  public long count(String text) {
    Checks.notNull(text, "text");
    return measure(text);
  }

  /**
   * Measures a text against a maximum length.
   *
   * @param text the text
   * @param maxLength the largest length allowed, zero or more
   * @return the length, the maximum and how much the text is over or under it
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the maximum is negative
   */
  public TextFit fit(String text, long maxLength) {
    return new TextFit(this, count(text), maxLength);
  }

  abstract long measure(String text);

  private static long utf8Length(String text, int start, int end) {
    long bytes = 0;
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (cp < 0x80) {
        bytes += 1;
      } else if (cp < 0x800) {
        bytes += 2;
      } else if (cp < 0x10000) {
        // An unpaired surrogate is written as '?' (1 byte) by String.getBytes(UTF_8).
        bytes += Character.isSurrogate((char) cp) ? 1 : 3;
      } else {
        bytes += 4;
      }
      i += Character.charCount(cp);
    }
    return bytes;
  }

  private static boolean isEmoji(String text, int start, int end) {
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      byte c = Graphemes.classOf(cp);
      if (c == Graphemes.EXTENDED_PICTOGRAPHIC
          || c == Graphemes.REGIONAL_INDICATOR
          || cp == 0xFE0F
          || cp == 0x20E3) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
