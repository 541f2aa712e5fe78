package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_UGC_WITHOUT_PERMISSION;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * User-generated content reposted without the creator's permission, or before it was granted.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class UgcRule {
  private UgcRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      if (index.isUgcWithoutPermission(i)) {
        ScheduledPost post = index.post(i);
        out.add(
            Finding.of(
                CALENDAR_UGC_WITHOUT_PERMISSION,
                postPath(i) + ".source",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("creator", post.content().source().creator().orElse("?"))));
      }
    }
    return out;
  }
}
