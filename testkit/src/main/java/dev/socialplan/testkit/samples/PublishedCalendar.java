package dev.socialplan.testkit.samples;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Moves the posts of a freshly scheduled calendar to the states a sample describes. */
final class PublishedCalendar {
  private PublishedCalendar() {}

  /**
   * Returns the calendar as it ran: every post published.
   *
   * @param scheduled the calendar as the scheduler left it
   * @return the calendar with every post {@link PostStatus#PUBLISHED}
   */
  static ContentCalendar asRun(ContentCalendar scheduled) {
    return asRunUntil(scheduled, Instant.MAX);
  }

  /**
   * Returns the calendar as it stands at an instant: posts before it published, the later ones
   * approved and queued ({@link PostStatus#SCHEDULED}).
   *
   * @param scheduled the calendar as the scheduler left it
   * @param now the instant the calendar is seen at
   * @return the calendar with every post published or scheduled
   */
  static ContentCalendar asRunUntil(ContentCalendar scheduled, Instant now) {
    List<ScheduledPost> posts = new ArrayList<>(scheduled.size());
    for (ScheduledPost post : scheduled) {
      posts.add(post.withStatus(post.time().isBefore(now) ? PostStatus.PUBLISHED : PostStatus.SCHEDULED));
    }
    return ContentCalendar.of(scheduled.zone(), posts);
  }
}
