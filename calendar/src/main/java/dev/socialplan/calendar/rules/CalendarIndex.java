package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The groupings of a {@link PlannedCalendar} the rules share, built in one pass over the calendar
 * (which is already in time order, so nothing is sorted again): the posts that count (those that
 * {@linkplain dev.socialplan.calendar.PostStatus#occupiesSlot() occupy their slot}), their indices
 * per platform and per schedule, in time order, and what the rules read of each post.
 *
 * <p>Posts are named by their index in the calendar's order (the index a finding's path carries).
 * The data is laid out in parallel arrays, extracted once, so that a rule scanning a million posts
 * reads arrays instead of reaching into post objects; the rules see it only through the named
 * queries below. The arrays a query returns are the index's own: callers must not modify them.
 * Immutable once built, and so safe to share between threads.
 */
final class CalendarIndex {
  /** Every post of the calendar, in calendar order; finding paths index into this. */
  private final ScheduledPost[] posts;
  /** The indices of the posts that count, in calendar order. */
  private final int[] counted;
  /** The platforms with a counted post or a schedule, by platform order. */
  private final List<Platform> platforms;
  /** The indices of the counted posts of each platform, in calendar order. */
  private final Map<Platform, int[]> byPlatform;
  /** For each post, the index of its platform in {@link #platforms}; -1 for posts that do not count. */
  private final int[] platformIndex;

  // Extracted from each counted post (left zero for the others), so that rules scan arrays.
  private static final int PURPOSE_NOT_APPROVED = 1;
  private static final int UGC_WITHOUT_PERMISSION = 2;
  private final long[] seconds;
  private final int[] nanos;
  private final byte[] kind;
  private final byte[] format;
  private final byte[] flags;
  /** Each counted post's text as written (not stripped), so text rules need not reach the post. */
  private final String[] texts;
  /** The counted live streams, in calendar order. */
  private final int[] liveStreams;
  /** The earliest counted post announcing each announced id. */
  private final Map<String, Instant> firstAnnouncement;

  CalendarIndex(PlannedCalendar subject) {
    this.posts = subject.calendar().posts().toArray(new ScheduledPost[0]);
    int total = posts.length;
    this.seconds = new long[total];
    this.nanos = new int[total];
    this.kind = new byte[total];
    this.format = new byte[total];
    this.flags = new byte[total];
    this.texts = new String[total];
    int[] counts = new int[total];
    int n = 0;
    Map<Platform, IntList> lists = new HashMap<>();
    IntList live = new IntList();
    Map<String, Instant> announced = new HashMap<>();
    // The lists of the platforms met so far, found by identity before the map: calendars usually
    // interleave a handful of platforms, each post a different one from the post before.
    Platform[] recentPlatforms = new Platform[RECENT];
    IntList[] recentLists = new IntList[RECENT];
    int recent = 0;
    // One pass over the post objects; the rules then scan these arrays.
    for (int i = 0; i < total; i++) {
      ScheduledPost post = posts[i];
      if (!post.status().occupiesSlot()) {
        continue;
      }
      counts[n++] = i;
      Platform platform = post.platform();
      IntList list = null;
      for (int r = 0; r < recent; r++) {
        if (recentPlatforms[r] == platform) {
          list = recentLists[r];
          break;
        }
      }
      if (list == null) {
        list = lists.computeIfAbsent(platform, x -> new IntList());
        if (recent < RECENT) {
          recentPlatforms[recent] = platform;
          recentLists[recent++] = list;
        }
      }
      list.add(i);
      texts[i] = post.content().text();
      Instant time = post.time();
      seconds[i] = time.getEpochSecond();
      nanos[i] = time.getNano();
      kind[i] = (byte) (post.content().purpose().ordinal() * SOURCES + post.content().contentSource().ordinal());
      format[i] = (byte) post.content().format().ordinal();
      int f = 0;
      if (post.content().purposeDriven() && !post.status().isApproved()) {
        f |= PURPOSE_NOT_APPROVED;
      }
      if (post.content().source().isUserGenerated()
          && (post.content().source().permissionGrantedAt().isEmpty()
              || post.content().source().permissionGrantedAt().get().isAfter(time))) {
        f |= UGC_WITHOUT_PERMISSION;
      }
      flags[i] = (byte) f;
      if (post.content().format() == PostFormat.LIVE) {
        live.add(i);
      }
      if (post.content().announces().isPresent()) {
        announced.merge(post.content().announces().get(), time, (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    this.counted = Arrays.copyOf(counts, n);
    this.liveStreams = live.toArray();
    this.firstAnnouncement = announced;
    this.byPlatform = new HashMap<>();
    lists.forEach((platform, list) -> byPlatform.put(platform, list.toArray()));
    TreeSet<Platform> all = new TreeSet<>(lists.keySet());
    subject.schedules().forEach(s -> all.add(s.platform()));
    this.platforms = List.copyOf(all);
    this.platformIndex = new int[total];
    Arrays.fill(platformIndex, -1);
    for (int p = 0; p < platforms.size(); p++) {
      for (int i : onPlatform(platforms.get(p))) {
        platformIndex[i] = p;
      }
    }
  }

  private static final int SOURCES = ContentSource.values().length;

  /** How many platforms the index pass remembers by identity. */
  private static final int RECENT = 32;

  /** Every content kind, by code (purpose × number of sources + source), as {@link #kind} holds. */
  private static final List<ContentKind> KINDS = kinds();

  private static List<ContentKind> kinds() {
    List<ContentKind> kinds = new ArrayList<>();
    for (PostPurpose p : PostPurpose.values()) {
      for (ContentSource s : ContentSource.values()) {
        kinds.add(ContentKind.of(p, s));
      }
    }
    return List.copyOf(kinds);
  }

  /** The post at an index of the calendar's order. */
  ScheduledPost post(int i) {
    return posts[i];
  }

  /** The indices of the posts that count, in calendar order. */
  int[] counted() {
    return counted;
  }

  /** The platforms with a counted post or a schedule, in platform order. */
  List<Platform> platforms() {
    return platforms;
  }

  /** The position in {@link #platforms()} of a counted post's platform; -1 for other posts. */
  int platformIndex(int i) {
    return platformIndex[i];
  }

  /** The epoch second of a counted post's time. */
  long epochSecond(int i) {
    return seconds[i];
  }

  /** The nanosecond of the second of a counted post's time. */
  int nano(int i) {
    return nanos[i];
  }

  /** The content kind of a counted post: its purpose and content source. */
  ContentKind kind(int i) {
    return KINDS.get(kind[i]);
  }

  /** The ordinal of a counted post's {@link PostFormat}. */
  int formatOrdinal(int i) {
    return format[i];
  }

  /** A counted post's text as written (not stripped). */
  String text(int i) {
    return texts[i];
  }

  /** Tells whether a counted post is purpose-driven and not approved. */
  boolean isPurposeDrivenUnapproved(int i) {
    return (flags[i] & PURPOSE_NOT_APPROVED) != 0;
  }

  /** Tells whether a counted post is user-generated content without permission at its time. */
  boolean isUgcWithoutPermission(int i) {
    return (flags[i] & UGC_WITHOUT_PERMISSION) != 0;
  }

  /** The indices of the counted live streams, in calendar order. */
  int[] liveStreams() {
    return liveStreams;
  }

  /** The time of the earliest counted post that announces a post id. */
  Optional<Instant> firstAnnouncement(String announcedId) {
    return Optional.ofNullable(firstAnnouncement.get(announcedId));
  }

  /** The instant of a post, from the extracted seconds and nanos. */
  Instant time(int i) {
    return Instant.ofEpochSecond(seconds[i], nanos[i]);
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
      days[j] = cache.epochDay(seconds[indices[j]]);
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

    long epochDay(long seconds) {
      if (seconds < validFrom || seconds >= validUntil) {
        refresh(Instant.ofEpochSecond(seconds));
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
  }

}
