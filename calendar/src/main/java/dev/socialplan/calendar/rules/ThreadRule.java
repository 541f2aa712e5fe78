package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_THREAD_PART_TOO_LONG;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_THREAD_TOO_MANY_PARTS;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_THREAD_UNSUPPORTED;
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
 * A thread: only on a platform whose format publishes threads, no more parts than a source allows,
 * and each part after the first within the body limits of the post's format, measured the same
 * way as the post's text (X: weighted, every URL 23). The first part is the post's text, which
 * {@code calendar.limits} measures already. The thread stays one post for every other rule.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class ThreadRule {
  private ThreadRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      ScheduledPost post = index.post(i);
      List<String> parts = post.content().threadParts();
      if (parts.isEmpty()) {
        continue;
      }
      Optional<FormatLimits> found =
          subject.catalog().profile(post.platform()).flatMap(p -> p.limits(post.content().format()));
      if (found.isEmpty()) {
        continue;
      }
      FormatLimits limits = found.get();
      String platform = post.platform().displayName();
      String format = post.content().format().name();
      int count = parts.size() + 1;
      if (!limits.threadsAllowed()) {
        out.add(
            Finding.of(
                CALENDAR_THREAD_UNSUPPORTED,
                postPath(i) + ".threadParts",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", platform),
                FindingArgument.text("format", format),
                FindingArgument.integer("parts", count)));
        continue;
      }
      if (limits.maxThreadParts().isPresent() && count > limits.maxThreadParts().getAsInt()) {
        out.add(
            Finding.of(
                CALENDAR_THREAD_TOO_MANY_PARTS,
                postPath(i) + ".threadParts",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", platform),
                FindingArgument.integer("parts", count),
                FindingArgument.integer("maxParts", limits.maxThreadParts().getAsInt())));
      }
      List<TextLimit> body = limits.textLimits(TextField.BODY);
      for (int k = 0; k < parts.size(); k++) {
        String part = parts.get(k);
        for (TextLimit limit : body) {
          if (PostText.surelyFits(part, limit)) {
            continue;
          }
          TextFit fit = limit.check(part);
          if (!fit.fits()) {
            out.add(
                Finding.of(
                    CALENDAR_THREAD_PART_TOO_LONG,
                    postPath(i) + ".threadParts[" + k + "]",
                    FindingArgument.text("post", post.id()),
                    FindingArgument.integer("part", k + 2),
                    FindingArgument.text("platform", platform),
                    FindingArgument.text("format", format),
                    FindingArgument.integer("length", fit.length()),
                    FindingArgument.integer("maxLength", fit.maxLength()),
                    FindingArgument.text("counting", limit.counting().name())));
          }
        }
      }
    }
    return out;
  }
}
