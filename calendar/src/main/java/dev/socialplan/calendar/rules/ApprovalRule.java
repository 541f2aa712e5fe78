package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Purpose-driven posts that are not approved.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class ApprovalRule {
  private ApprovalRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      if (index.isPurposeDrivenUnapproved(i)) {
        ScheduledPost post = index.post(i);
        out.add(
            Finding.of(
                CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED,
                postPath(i) + ".status",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("status", post.status().name())));
      }
    }
    return out;
  }
}
