package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.scheduler.Channel;
import dev.socialplan.platform.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The groupings of a {@link PlannedCalendar} the rules share, built in one pass over the calendar
 * (which is already in time order, so nothing is sorted again): the posts that count (those that
 * {@linkplain dev.socialplan.calendar.PostStatus#occupiesSlot() occupy their slot}), their indices
 * per platform and per schedule, in time order. Immutable once built.
 */
final class CalendarIndex {
  /** Every post of the calendar, in calendar order; finding paths index into this. */
  final ScheduledPost[] posts;
  /** The indices of the posts that count, in calendar order. */
  final int[] counted;
  /** The platforms with a counted post or a schedule, by platform order. */
  final List<Platform> platforms;
  /** The indices of the counted posts of each platform, in calendar order. */
  private final Map<Platform, int[]> byPlatform;

  CalendarIndex(PlannedCalendar subject) {
    this.posts = subject.calendar().posts().toArray(new ScheduledPost[0]);
    int[] counts = new int[posts.length];
    int n = 0;
    Map<Platform, IntList> lists = new HashMap<>();
    for (int i = 0; i < posts.length; i++) {
      ScheduledPost post = posts[i];
      if (post.status().occupiesSlot()) {
        counts[n++] = i;
        lists.computeIfAbsent(post.platform(), p -> new IntList()).add(i);
      }
    }
    this.counted = Arrays.copyOf(counts, n);
    this.byPlatform = new HashMap<>();
    lists.forEach((platform, list) -> byPlatform.put(platform, list.toArray()));
    TreeSet<Platform> all = new TreeSet<>(lists.keySet());
    subject.schedules().forEach(s -> all.add(s.platform()));
    this.platforms = List.copyOf(all);
  }

  /** The indices of the counted posts on a platform, in calendar order. */
  int[] onPlatform(Platform platform) {
    int[] result = byPlatform.get(platform);
    return result == null ? new int[0] : result;
  }

  /** The indices of the counted posts a schedule counts (its platform, and its account if any). */
  int[] countedBy(PostingSchedule schedule) {
    int[] onPlatform = onPlatform(schedule.platform());
    if (schedule.account().isEmpty()) {
      return onPlatform;
    }
    Channel channel = Channel.of(schedule);
    IntList list = new IntList();
    for (int i : onPlatform) {
      if (channel.covers(Channel.of(posts[i]))) {
        list.add(i);
      }
    }
    return list.toArray();
  }

  /** The local date of each of some posts in a zone, computed once. */
  long[] epochDays(int[] indices, ZoneId zone) {
    long[] days = new long[indices.length];
    LocalDateCache cache = new LocalDateCache(zone);
    for (int j = 0; j < indices.length; j++) {
      days[j] = cache.epochDay(posts[indices[j]].time());
    }
    return days;
  }

  /** A growable list of ints. */
  static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int get(int i) {
      return values[i];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  /**
   * Local dates of instants in one zone. Posts come in time order, so the offset of the previous
   * post is usually still valid: the zone's rules are consulted once per offset change, not once
   * per post.
   */
  static final class LocalDateCache {
    private final ZoneId zone;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offsetSeconds;

    LocalDateCache(ZoneId zone) {
      this.zone = zone;
    }

    long epochDay(Instant instant) {
      long seconds = instant.getEpochSecond();
      if (seconds < validFrom || seconds >= validUntil) {
        refresh(instant);
      }
      return Math.floorDiv(seconds + offsetSeconds, 86_400L);
    }

    int offsetSeconds(Instant instant) {
      long seconds = instant.getEpochSecond();
      if (seconds < validFrom || seconds >= validUntil) {
        refresh(instant);
      }
      return offsetSeconds;
    }

    private void refresh(Instant instant) {
      var rules = zone.getRules();
      offsetSeconds = rules.getOffset(instant).getTotalSeconds();
      var previous = rules.previousTransition(instant.plusNanos(1));
      var next = rules.nextTransition(instant);
      validFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond();
      validUntil = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
    }

    LocalDate date(Instant instant) {
      return LocalDate.ofEpochDay(epochDay(instant));
    }
  }

  /** Splits some indices into runs of consecutive equal keys; returns the run starts. */
  static List<Integer> runStarts(long[] keys) {
    List<Integer> starts = new ArrayList<>();
    for (int j = 0; j < keys.length; j++) {
      if (j == 0 || keys[j] != keys[j - 1]) {
        starts.add(j);
      }
    }
    return starts;
  }
}
