package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_ALT_TEXT_MISSING;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_ALT_TEXT_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_HASHTAG_NOT_CAMEL_CASE;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextFit;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What screen-reader users meet in a post: an image, GIF or video without alt text, alt text longer
 * than the platform takes, and hashtags of several words not written in CamelCase (a screen reader
 * reads {@code #SummerSale} as two words and {@code #summer_sale} letter run by letter run).
 *
 * <p>Which hashtags are "several words" is decided without a dictionary, so conservatively: a
 * hashtag is flagged only when its words are provable, that is when it has two or more runs of
 * letters separated by underscores or digits and a run after the first starts with a lower-case
 * letter ({@code #summer_sale}, {@code #top10tips}). A hashtag of letters alone ({@code
 * #summersale}) is never flagged, since it cannot be told from one long word ({@code
 * #photography}); neither are runs in scripts without case (CJK) nor upper-case runs.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class AccessibilityRule {
  private AccessibilityRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      ScheduledPost post = index.post(i);
      PostContent content = post.content();
      List<MediaItem> media = content.media();
      List<TextLimit> altLimits = media.isEmpty() ? List.of() : altTextLimits(subject, post);
      for (int m = 0; m < media.size(); m++) {
        MediaItem item = media.get(m);
        String path = postPath(i) + ".media[" + m + "]";
        if (!item.hasAltText()) {
          if (item.isVisual()) {
            out.add(
                Finding.of(
                    CALENDAR_ALT_TEXT_MISSING,
                    path,
                    FindingArgument.text("post", post.id()),
                    FindingArgument.integer("item", m + 1),
                    FindingArgument.text("kind", item.kind().name())));
          }
          continue;
        }
        for (TextLimit limit : altLimits) {
          String alt = item.altText().get();
          if (PostText.surelyFits(alt, limit)) {
            continue;
          }
          TextFit fit = limit.check(alt);
          if (!fit.fits()) {
            out.add(
                Finding.of(
                    CALENDAR_ALT_TEXT_TOO_LONG,
                    path + ".altText",
                    FindingArgument.text("post", post.id()),
                    FindingArgument.integer("item", m + 1),
                    FindingArgument.text("platform", post.platform().displayName()),
                    FindingArgument.integer("length", fit.length()),
                    FindingArgument.integer("maxLength", fit.maxLength()),
                    FindingArgument.text("counting", limit.counting().name())));
          }
        }
      }
      if (content.hashtags().isEmpty() && content.text().indexOf('#') < 0) {
        continue;
      }
      for (String hashtag : hashtagsToCheck(content)) {
        if (isProvablyMultiWordNotCamelCase(hashtag)) {
          out.add(
              Finding.of(
                  CALENDAR_HASHTAG_NOT_CAMEL_CASE,
                  postPath(i) + ".hashtags",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("hashtag", "#" + hashtag),
                  FindingArgument.text("suggestion", "#" + camelCase(hashtag))));
        }
      }
    }
    return out;
  }

  private static List<TextLimit> altTextLimits(PlannedCalendar subject, ScheduledPost post) {
    Optional<PlatformProfile> profile = subject.catalog().profile(post.platform());
    if (profile.isEmpty()) {
      return List.of();
    }
    FormatLimits limits = profile.get().formats().get(post.content().format());
    return limits == null ? List.of() : limits.textLimits(TextField.ALT_TEXT);
  }

  /** The listed hashtags and those written in the text, in order, each once (case kept). */
  private static Set<String> hashtagsToCheck(PostContent content) {
    Set<String> tags = new LinkedHashSet<>(content.hashtags());
    String text = content.text();
    if (text.indexOf('#') >= 0) {
      tags.addAll(PostText.handlesAsWritten(text, '#'));
    }
    return tags;
  }

  /**
   * Tells whether a hashtag (without {@code #}) is provably several words not in CamelCase: two or
   * more letter runs separated by underscores or digits, a run after the first starting with a
   * lower-case letter.
   */
  static boolean isProvablyMultiWordNotCamelCase(String hashtag) {
    int runs = 0;
    boolean lowerStart = false;
    boolean inRun = false;
    for (int k = 0; k < hashtag.length(); ) {
      int cp = hashtag.codePointAt(k);
      if (Character.isLetter(cp)) {
        if (!inRun) {
          runs++;
          if (runs > 1 && Character.isLowerCase(cp)) {
            lowerStart = true;
          }
          inRun = true;
        }
      } else {
        inRun = false;
      }
      k += Character.charCount(cp);
    }
    return runs > 1 && lowerStart;
  }

  /** The hashtag with each letter run's first letter in upper case and underscores dropped. */
  static String camelCase(String hashtag) {
    StringBuilder sb = new StringBuilder(hashtag.length());
    boolean inRun = false;
    for (int k = 0; k < hashtag.length(); ) {
      int cp = hashtag.codePointAt(k);
      k += Character.charCount(cp);
      if (cp == '_') {
        inRun = false;
        continue;
      }
      if (Character.isLetter(cp)) {
        sb.appendCodePoint(inRun ? cp : Character.toTitleCase(cp));
        inRun = true;
      } else {
        sb.appendCodePoint(cp);
        inRun = false;
      }
    }
    return sb.toString();
  }
}
