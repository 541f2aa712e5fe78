package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_DAILY_CAP_EXCEEDED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_POST_IN_BLACKOUT;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_POST_OUTSIDE_WINDOW;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_SPACING_VIOLATED;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.rules.CalendarIndex.LocalDateCache;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Spacing, daily caps, blackouts and allowed windows of every posting schedule: a linear pass over the posts each schedule counts, in time order.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class ScheduleRule {
  private ScheduleRule() {}

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    List<Finding> out = new ArrayList<>();
    for (PostingSchedule schedule : subject.schedules()) {
      Channel channel = Channel.of(schedule);
      int[] mine = index.countedBy(schedule);
      ZoneId zone = schedule.zone();
      LocalDateCache days = new LocalDateCache(zone);
      Duration spacing = schedule.minimumSpacing();
      long[] blackoutDays = new long[2 * schedule.blackouts().size()];
      for (int b = 0; b < schedule.blackouts().size(); b++) {
        blackoutDays[2 * b] = schedule.blackouts().get(b).getStart().toEpochDay();
        blackoutDays[2 * b + 1] = schedule.blackouts().get(b).getEnd().toEpochDay();
      }
      int cap = schedule.maxPostsPerDay().orElse(Integer.MAX_VALUE);
      long day = Long.MIN_VALUE;
      int onDay = 0;
      for (int j = 0; j < mine.length; j++) {
        int i = mine[j];
        if (j > 0 && tooClose(index, mine[j - 1], i, spacing)) {
          ScheduledPost post = index.post(i);
          ScheduledPost previous = index.post(mine[j - 1]);
          Duration gap = Duration.between(previous.time(), post.time());
          out.add(
              Finding.of(
                  CALENDAR_SPACING_VIOLATED,
                  postPath(i),
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("channel", channel.toString()),
                  FindingArgument.text("previousPost", previous.id()),
                  FindingArgument.integer("gapMinutes", gap.toMinutes()),
                  FindingArgument.integer("spacingMinutes", spacing.toMinutes())));
        }
        long epochDay = days.epochDay(index.epochSecond(i));
        onDay = epochDay == day ? onDay + 1 : 1;
        day = epochDay;
        if (onDay == cap + 1) {
          out.add(
              Finding.of(
                  CALENDAR_DAILY_CAP_EXCEEDED,
                  postPath(i),
                  FindingArgument.text("channel", channel.toString()),
                  FindingArgument.date("date", LocalDate.ofEpochDay(epochDay)),
                  FindingArgument.integer("posts", countOnDay(days, index, mine, j, epochDay)),
                  FindingArgument.integer("cap", cap)));
        }
        if (blackedOut(blackoutDays, epochDay)) {
          out.add(
              Finding.of(
                  CALENDAR_POST_IN_BLACKOUT,
                  postPath(i) + ".time",
                  FindingArgument.text("post", index.post(i).id()),
                  FindingArgument.text("channel", channel.toString()),
                  FindingArgument.date("date", LocalDate.ofEpochDay(epochDay))));
        } else if (!schedule.allowedWindows().isEmpty()) {
          LocalDateTime local =
              LocalDateTime.ofEpochSecond(
                  index.epochSecond(i),
                  index.nano(i),
                  ZoneOffset.ofTotalSeconds(days.offsetSeconds(index.time(i))));
          if (!schedule.isInAllowedWindow(local)) {
            out.add(
                Finding.of(
                    CALENDAR_POST_OUTSIDE_WINDOW,
                    postPath(i) + ".time",
                    FindingArgument.text("post", index.post(i).id()),
                    FindingArgument.text("channel", channel.toString()),
                    FindingArgument.integer("weekday", local.getDayOfWeek().getValue()),
                    FindingArgument.text("localTime", local.toString())));
          }
        }
      }
    }
    return out;
  }

  /** Tells whether post {@code b} is less than {@code spacing} after post {@code a} (or with it). */
  private static boolean tooClose(CalendarIndex index, int a, int b, Duration spacing) {
    return compareGap(index, a, b, spacing.getSeconds(), spacing.getNano()) < 0
        || (spacing.isZero() && compareGap(index, a, b, 0, 0) == 0);
  }

  /**
   * Compares the time from post a to post b (b not before a) with a duration of {@code seconds}
   * and {@code nanos}: negative, zero or positive.
   */
  private static int compareGap(CalendarIndex index, int a, int b, long seconds, int nanos) {
    long diff = index.epochSecond(b) - index.epochSecond(a) - seconds;
    // Nanosecond parts differ by less than a second each way, so they can only change the sign of a
    // whole-second difference of 0 or 1 (at 1: b's nanos minus a's minus the spacing's, down to
    // almost -2 s); at -1 the gap is short whatever the nanos.
    if (diff > 1) {
      return 1;
    }
    if (diff < 0) {
      return -1;
    }
    return Long.signum(diff * 1_000_000_000L + index.nano(b) - index.nano(a) - nanos);
  }

  private static boolean blackedOut(long[] ranges, long epochDay) {
    for (int b = 0; b < ranges.length; b += 2) {
      if (epochDay >= ranges[b] && epochDay < ranges[b + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Counts the posts of a day from position j on (the day's earlier posts are j's predecessors). */
  private static int countOnDay(LocalDateCache days, CalendarIndex index, int[] mine, int j, long day) {
    int count = j;
    while (count > 0 && days.epochDay(index.epochSecond(mine[count - 1])) == day) {
      count--;
    }
    int end = j;
    while (end < mine.length && days.epochDay(index.epochSecond(mine[end])) == day) {
      end++;
    }
    return end - count;
  }
}
