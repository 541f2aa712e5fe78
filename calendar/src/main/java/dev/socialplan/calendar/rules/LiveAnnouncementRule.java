package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_LIVE_NOT_ANNOUNCED;
import static dev.socialplan.calendar.rules.CalendarRules.LIVE_ANNOUNCEMENT_LEAD;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Live streams not announced by a post far enough ahead.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class LiveAnnouncementRule {
  private LiveAnnouncementRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    Duration lead = context.setting(LIVE_ANNOUNCEMENT_LEAD);
    List<Finding> out = new ArrayList<>();
    for (int i : index.liveStreams()) {
      ScheduledPost post = index.post(i);
      Optional<Instant> announcement = index.firstAnnouncement(post.id());
      if (announcement.isEmpty() || announcement.get().isAfter(post.time().minus(lead))) {
        out.add(
            Finding.of(
                CALENDAR_LIVE_NOT_ANNOUNCED,
                postPath(i),
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", post.platform().displayName()),
                FindingArgument.integer("leadHours", lead.toHours())));
      }
    }
    return out;
  }
}
