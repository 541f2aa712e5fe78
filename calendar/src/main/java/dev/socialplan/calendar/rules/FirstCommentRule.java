package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_FIRST_COMMENT_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_FIRST_COMMENT_UNSUPPORTED;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.TextField;
import dev.socialplan.platform.TextFit;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A post's first comment: only where the platform's format takes one, and within the platform's
 * comment length. A format whose profile does not say either way (no source) gets no finding; a
 * platform the catalog does not profile neither.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class FirstCommentRule {
  private FirstCommentRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      ScheduledPost post = index.post(i);
      Optional<String> comment = post.content().firstComment();
      if (comment.isEmpty()) {
        continue;
      }
      Optional<FormatLimits> limits =
          subject.catalog().profile(post.platform()).flatMap(p -> p.limits(post.content().format()));
      if (limits.isEmpty()) {
        continue;
      }
      String path = postPath(i) + ".firstComment";
      String platform = post.platform().displayName();
      String format = post.content().format().name();
      if (limits.get().firstCommentAllowed().filter(allowed -> !allowed).isPresent()) {
        out.add(
            Finding.of(
                CALENDAR_FIRST_COMMENT_UNSUPPORTED,
                path,
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", platform),
                FindingArgument.text("format", format)));
        continue;
      }
      for (TextLimit limit : limits.get().textLimits(TextField.FIRST_COMMENT)) {
        if (PostText.surelyFits(comment.get(), limit)) {
          continue;
        }
        TextFit fit = limit.check(comment.get());
        if (!fit.fits()) {
          out.add(
              Finding.of(
                  CALENDAR_FIRST_COMMENT_TOO_LONG,
                  path,
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", platform),
                  FindingArgument.text("format", format),
                  FindingArgument.integer("length", fit.length()),
                  FindingArgument.integer("maxLength", fit.maxLength()),
                  FindingArgument.text("counting", limit.counting().name())));
        }
      }
    }
    return out;
  }
}
