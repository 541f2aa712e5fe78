package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_FORMAT_UNSUPPORTED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_MEDIA_MIXED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TEXT_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_FEW_MEDIA;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_HASHTAGS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_MEDIA;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_MENTIONS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_VIDEO_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_VIDEO_TOO_SHORT;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextFit;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Format support, text length (counted the platform's way), hashtags, mentions, media and running time against the limits of the post's platform and format.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class LimitRule {
  private LimitRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    // The limits of every platform and format, looked up once: [platform][format], null when the
    // platform does not support the format; no row for a platform the catalog does not profile.
    PostFormat[] formatValues = PostFormat.values();
    FormatLimits[][] table = new FormatLimits[index.platforms().size()][];
    for (int p = 0; p < table.length; p++) {
      Optional<PlatformProfile> profile = subject.catalog().profile(index.platforms().get(p));
      if (profile.isPresent()) {
        table[p] = new FormatLimits[formatValues.length];
        for (PostFormat f : formatValues) {
          table[p][f.ordinal()] = profile.get().formats().get(f);
        }
      }
    }
    for (int i : index.counted()) {
      ScheduledPost post = index.post(i);
      FormatLimits[] row = table[index.platformIndex(i)];
      if (row == null) {
        continue;
      }
      FormatLimits limits = row[post.content().format().ordinal()];
      String platform = post.platform().displayName();
      String format = post.content().format().name();
      if (limits == null) {
        out.add(Finding.of(CALENDAR_FORMAT_UNSUPPORTED, postPath(i) + ".format", FindingArgument.text("post", post.id()), FindingArgument.text("platform", platform), FindingArgument.text("format", format)));
        continue;
      }
      String text = PostText.published(post);
      for (TextLimit limit : limits.textLimits()) {
        if (limit.field() != TextField.BODY || PostText.surelyFits(text, limit)) {
          continue;
        }
        TextFit fit = limit.check(text);
        if (!fit.fits()) {
          out.add(
              Finding.of(
                  CALENDAR_TEXT_TOO_LONG,
                  postPath(i) + ".text",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("length", fit.length()),
                  FindingArgument.integer("maxLength", fit.maxLength()),
                  FindingArgument.text("counting", limit.counting().name())));
        }
      }
      if (limits.maxHashtags().isPresent()) {
        int hashtags = PostText.hashtagCount(post);
        if (hashtags > limits.maxHashtags().getAsInt()) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_HASHTAGS,
                  postPath(i) + ".hashtags",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("hashtags", hashtags),
                  FindingArgument.integer("maximum", limits.maxHashtags().getAsInt())));
        }
      }
      if (limits.maxMentions().isPresent()) {
        int mentions = PostText.mentionCount(post);
        if (mentions > limits.maxMentions().getAsInt()) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_MENTIONS,
                  postPath(i) + ".mentions",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("mentions", mentions),
                  FindingArgument.integer("maximum", limits.maxMentions().getAsInt())));
        }
      }
      int media = post.content().mediaCount();
      if (limits.maxMediaItems().isPresent() && media > limits.maxMediaItems().getAsInt()) {
        out.add(
            Finding.of(
                CALENDAR_TOO_MANY_MEDIA,
                postPath(i) + ".media",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", platform),
                FindingArgument.text("format", format),
                FindingArgument.integer("media", media),
                FindingArgument.integer("maximum", limits.maxMediaItems().getAsInt())));
      }
      if (media < limits.minMediaItems()) {
        out.add(
            Finding.of(
                CALENDAR_TOO_FEW_MEDIA,
                postPath(i) + ".media",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", platform),
                FindingArgument.text("format", format),
                FindingArgument.integer("media", media),
                FindingArgument.integer("minimum", limits.minMediaItems())));
      }
      if (limits.mixedMediaAllowed().isPresent()
          && !limits.mixedMediaAllowed().get()
          && post.content().mediaKinds().contains(MediaKind.IMAGE)
          && post.content().mediaKinds().contains(MediaKind.VIDEO)) {
        out.add(Finding.of(CALENDAR_MEDIA_MIXED, postPath(i) + ".media", FindingArgument.text("post", post.id()), FindingArgument.text("platform", platform), FindingArgument.text("format", format)));
      }
      if (post.content().duration().isPresent()) {
        Duration duration = post.content().duration().get();
        if (limits.maxVideoDuration().isPresent()
            && duration.compareTo(limits.maxVideoDuration().get()) > 0) {
          out.add(
              Finding.of(
                  CALENDAR_VIDEO_TOO_LONG,
                  postPath(i) + ".duration",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("seconds", duration.getSeconds()),
                  FindingArgument.integer("maximum", limits.maxVideoDuration().get().getSeconds())));
        }
        if (limits.minVideoDuration().isPresent()
            && duration.compareTo(limits.minVideoDuration().get()) < 0) {
          out.add(
              Finding.of(
                  CALENDAR_VIDEO_TOO_SHORT,
                  postPath(i) + ".duration",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("seconds", duration.getSeconds()),
                  FindingArgument.integer("minimum", limits.minVideoDuration().get().getSeconds())));
        }
      }
    }
    return out;
  }
}
