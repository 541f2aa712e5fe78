package dev.socialplan.calendar;

import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;

/**
 * An immutable, time-ordered set of {@link ScheduledPost}s in a time zone.
 *
 * <p>Posts are kept sorted by {@link ScheduledPost#timeOrder() time, then id}; ids are unique.
 * Queries by platform, campaign, pillar, status and period return calendars in the same zone, so
 * they compose ({@code calendar.byPlatform(INSTAGRAM).within(march)}). Adding, replacing and removing
 * posts ({@link #with(ScheduledPost)}, {@link #withAll(Collection)}, {@link #without(String)})
 * return new calendars.
 *
 * <p>The calendar's {@link #zone()} is where its posts are shown (iCalendar export, reports); a
 * {@link PostingSchedule} reads slots, days and windows in its own zone.
 *
 * <p><b>Cost.</b> Posts are held in a sorted array: {@link #posts()} is a view, {@link
 * #within(Interval)} and the free-slot checks ({@link #isFree(PostingSchedule, Instant)}, one step of
 * {@link #nextFreeSlot(PostingSchedule, Interval)}) are O(log n) binary searches over per-platform
 * arrays built once, on first use. Building a calendar from n posts sorts them, O(n log n); {@link
 * #with(ScheduledPost)} copies, O(n), so add many posts with {@link #withAll(Collection)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContentCalendar implements Iterable<ScheduledPost> {

  private final ZoneId zone;
  private final ScheduledPost[] posts;
  private final List<ScheduledPost> view;
  private volatile @Nullable Index index;

  private ContentCalendar(ZoneId zone, ScheduledPost[] sortedPosts, @Nullable Index index) {
    this.zone = zone;
    this.posts = sortedPosts;
    this.view = Collections.unmodifiableList(Arrays.asList(sortedPosts));
    this.index = index;
  }

  /**
   * Returns an empty calendar.
   *
   * @param zone the zone the calendar is shown in
   * @return the empty calendar
   */
  public static ContentCalendar empty(ZoneId zone) {
    Checks.notNull(zone, "zone");
    return new ContentCalendar(zone, new ScheduledPost[0], null);
  }

  /**
   * Obtains a calendar of some posts, in any order.
   *
   * @param zone the zone the calendar is shown in
   * @param posts the posts, with distinct ids
   * @return the calendar
   * @throws NullPointerException if the zone, the collection or a post is null
   * @throws IllegalArgumentException if two posts share an id
   */
  public static ContentCalendar of(ZoneId zone, Collection<ScheduledPost> posts) {
    Checks.notNull(zone, "zone");
    Checks.noNullElements(posts, "posts");
    ScheduledPost[] sorted = posts.toArray(new ScheduledPost[0]);
    Arrays.sort(sorted, ScheduledPost.timeOrder());
    Index index = new Index(sorted);
    return new ContentCalendar(zone, sorted, index);
  }

  /**
   * Obtains a calendar of some posts, in any order.
   *
   * @param zone the zone the calendar is shown in
   * @param posts the posts, with distinct ids
   * @return the calendar
   * @throws IllegalArgumentException if two posts share an id
   */
  public static ContentCalendar of(ZoneId zone, ScheduledPost... posts) {
    Checks.notNull(posts, "posts");
    return of(zone, Arrays.asList(posts));
  }

  /**
   * Returns the zone the calendar is shown in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the number of posts.
   *
   * @return the size
   */
  public int size() {
    return posts.length;
  }

  /**
   * Tells whether the calendar has no posts.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return posts.length == 0;
  }

  /**
   * Returns the posts in time order (then by id).
   *
   * @return an unmodifiable view of the posts
   */
  public List<ScheduledPost> posts() {
    return view;
  }

  /**
   * Returns the posts in time order as a stream.
   *
   * @return the stream
   */
  public Stream<ScheduledPost> stream() {
    return view.stream();
  }

  /**
   * Returns an iterator over the posts in time order.
   *
   * @return the iterator; it does not support removal
   */
  @Override
  public Iterator<ScheduledPost> iterator() {
    return view.iterator();
  }

  /**
   * Returns the post with an id.
   *
   * @param id the id
   * @return the post, or empty if the calendar has none with that id
   */
  public Optional<ScheduledPost> get(String id) {
    Checks.notNull(id, "id");
    Integer i = index().byId.get(id);
    return i == null ? Optional.empty() : Optional.of(posts[i]);
  }

  /**
   * Tells whether the calendar has a post with an id.
   *
   * @param id the id
   * @return true if present
   */
  public boolean contains(String id) {
    Checks.notNull(id, "id");
    return index().byId.containsKey(id);
  }

  /**
   * Returns the earliest post.
   *
   * @return the first post, or empty if the calendar is empty
   */
  public Optional<ScheduledPost> first() {
    return posts.length == 0 ? Optional.empty() : Optional.of(posts[0]);
  }

  /**
   * Returns the latest post.
   *
   * @return the last post, or empty if the calendar is empty
   */
  public Optional<ScheduledPost> last() {
    return posts.length == 0 ? Optional.empty() : Optional.of(posts[posts.length - 1]);
  }

  /**
   * Returns the platforms that have at least one post, ordered by id.
   *
   * @return the platforms
   */
  public Set<Platform> platforms() {
    return Collections.unmodifiableSet(new TreeSet<>(index().byPlatform.keySet()));
  }

  /**
   * Returns a calendar with a post added, or replacing the post with the same id.
   *
   * @param post the post
   * @return the new calendar
   */
  public ContentCalendar with(ScheduledPost post) {
    Checks.notNull(post, "post");
    Integer existing = index().byId.get(post.id());
    int size = posts.length - (existing == null ? 0 : 1);
    ScheduledPost[] result = new ScheduledPost[size + 1];
    int out = 0;
    boolean inserted = false;
    for (int i = 0; i < posts.length; i++) {
      if (existing != null && i == existing) {
        continue;
      }
      if (!inserted && ScheduledPost.timeOrder().compare(post, posts[i]) < 0) {
        result[out++] = post;
        inserted = true;
      }
      result[out++] = posts[i];
    }
    if (!inserted) {
      result[out] = post;
    }
    return new ContentCalendar(zone, result, null);
  }

  /**
   * Returns a calendar with posts added, each replacing the post with the same id if there is one.
   *
   * @param added the posts to add, with distinct ids
   * @return the new calendar
   * @throws IllegalArgumentException if two of the added posts share an id
   */
  public ContentCalendar withAll(Collection<ScheduledPost> added) {
    Checks.noNullElements(added, "added");
    if (added.isEmpty()) {
      return this;
    }
    Map<String, ScheduledPost> byId = new HashMap<>();
    for (ScheduledPost post : added) {
      if (byId.put(post.id(), post) != null) {
        throw new IllegalArgumentException("added posts must have distinct ids: \"" + post.id() + "\"");
      }
    }
    List<ScheduledPost> all = new ArrayList<>(posts.length + added.size());
    for (ScheduledPost post : posts) {
      if (!byId.containsKey(post.id())) {
        all.add(post);
      }
    }
    all.addAll(added);
    return of(zone, all);
  }

  /**
   * Returns a calendar without the post with an id; this calendar if it has no such post.
   *
   * @param id the id of the post to remove
   * @return the new calendar
   */
  public ContentCalendar without(String id) {
    Checks.notNull(id, "id");
    Integer existing = index().byId.get(id);
    if (existing == null) {
      return this;
    }
    ScheduledPost[] result = new ScheduledPost[posts.length - 1];
    System.arraycopy(posts, 0, result, 0, existing);
    System.arraycopy(posts, existing + 1, result, existing, posts.length - existing - 1);
    return new ContentCalendar(zone, result, null);
  }

  /**
   * Returns the same posts shown in another zone.
   *
   * @param zone the new zone
   * @return the new calendar
   */
  public ContentCalendar withZone(ZoneId zone) {
    Checks.notNull(zone, "zone");
    return zone.equals(this.zone) ? this : new ContentCalendar(zone, posts, index);
  }

  /**
   * Returns the posts that satisfy a predicate, in the same zone.
   *
   * @param predicate the filter
   * @return the new calendar
   */
  public ContentCalendar filter(Predicate<? super ScheduledPost> predicate) {
    Checks.notNull(predicate, "predicate");
    List<ScheduledPost> kept = new ArrayList<>();
    for (ScheduledPost post : posts) {
      if (predicate.test(post)) {
        kept.add(post);
      }
    }
    return kept.size() == posts.length
        ? this
        : new ContentCalendar(zone, kept.toArray(new ScheduledPost[0]), null);
  }

  /**
   * Returns the posts on a platform.
   *
   * @param platform the platform
   * @return the new calendar
   */
  public ContentCalendar byPlatform(Platform platform) {
    Checks.notNull(platform, "platform");
    int[] positions = index().byPlatform.get(platform);
    if (positions == null) {
      return new ContentCalendar(zone, new ScheduledPost[0], null);
    }
    ScheduledPost[] result = new ScheduledPost[positions.length];
    for (int i = 0; i < positions.length; i++) {
      result[i] = posts[positions[i]];
    }
    return new ContentCalendar(zone, result, null);
  }

  /**
   * Returns the posts of a campaign.
   *
   * @param campaign the campaign name
   * @return the new calendar
   */
  public ContentCalendar byCampaign(String campaign) {
    Checks.notNull(campaign, "campaign");
    return filter(p -> p.content().campaign().filter(campaign::equals).isPresent());
  }

  /**
   * Returns the posts of a content pillar.
   *
   * @param pillar the pillar name
   * @return the new calendar
   */
  public ContentCalendar byPillar(String pillar) {
    Checks.notNull(pillar, "pillar");
    return filter(p -> p.content().pillar().filter(pillar::equals).isPresent());
  }

  /**
   * Returns the posts in a state.
   *
   * @param status the status
   * @return the new calendar
   */
  public ContentCalendar byStatus(PostStatus status) {
    Checks.notNull(status, "status");
    return filter(p -> p.status() == status);
  }

  /**
   * Returns the posts whose time lies in a half-open period {@code [start, end)}. O(log n) to find
   * the range, then a copy of it.
   *
   * @param period the period; unbounded ends are allowed
   * @return the new calendar
   */
  public ContentCalendar within(Interval period) {
    Checks.notNull(period, "period");
    int from = period.isUnboundedStart() ? 0 : lowerBound(period.getStart());
    int to = period.isUnboundedEnd() ? posts.length : lowerBound(period.getEnd());
    if (from == 0 && to == posts.length) {
      return this;
    }
    return new ContentCalendar(
        zone, Arrays.copyOfRange(posts, from, Math.max(from, to)), null);
  }

  /**
   * Returns the posts whose time lies in {@code [start, end)}.
   *
   * @param start the start, inclusive
   * @param end the end, exclusive, not before the start
   * @return the new calendar
   * @throws java.time.DateTimeException if the end is before the start
   */
  public ContentCalendar between(Instant start, Instant end) {
    return within(Interval.of(start, end));
  }

  /**
   * Tells whether a post for a schedule could go at an instant without breaking the schedule or
   * crowding the calendar: the instant is allowed by the schedule (not blacked out, inside a window),
   * no post that {@linkplain PostStatus#occupiesSlot() occupies its slot} on the schedule's channel
   * is at the same instant or closer than the schedule's minimum spacing, and the local day (in the
   * schedule's zone) holds fewer such posts than the schedule's daily cap. The instant need not be
   * one of the schedule's slots.
   *
   * <p>The channel is the schedule's platform and, if the schedule has one, its account: a schedule
   * for a whole platform counts every post on the platform, a schedule for an account only that
   * account's posts. O(log n).
   *
   * @param schedule the schedule
   * @param time the instant to test
   * @return true if a post could go there
   */
  public boolean isFree(PostingSchedule schedule, Instant time) {
    Checks.notNull(schedule, "schedule");
    Checks.notNull(time, "time");
    return schedule.allows(time) && doesNotCrowd(schedule, time, occupiedTimes(schedule));
  }

  /**
   * Returns the first slot of a schedule in a period that is {@linkplain #isFree(PostingSchedule,
   * Instant) free} in this calendar: the queue's next slot. Candidate slots come from {@link
   * PostingSchedule#candidateSlots(Interval)}, so blackouts and windows hold; spacing and the daily
   * cap are checked against the posts already in the calendar.
   *
   * @param schedule the schedule
   * @param search the half-open period to search, bounded; its end is the horizon
   * @return the slot, or empty if none is free before the horizon
   * @throws IllegalArgumentException if the period is unbounded
   */
  public Optional<ZonedDateTime> nextFreeSlot(PostingSchedule schedule, Interval search) {
    Checks.notNull(schedule, "schedule");
    Checks.notNull(search, "search");
    if (search.isUnboundedStart() || search.isUnboundedEnd()) {
      throw new IllegalArgumentException("search must be bounded: " + search);
    }
    Instant[] occupied = occupiedTimes(schedule);
    Instant cursor = search.getStart();
    while (cursor.isBefore(search.getEnd())) {
      Instant chunkEnd = cursor.plus(SEARCH_CHUNK);
      if (chunkEnd.isAfter(search.getEnd())) {
        chunkEnd = search.getEnd();
      }
      for (ZonedDateTime slot : schedule.candidateSlots(Interval.of(cursor, chunkEnd))) {
        if (doesNotCrowd(schedule, slot.toInstant(), occupied)) {
          return Optional.of(slot);
        }
      }
      cursor = chunkEnd;
    }
    return Optional.empty();
  }

  /**
   * Returns the first free slot of a schedule from an instant up to a horizon; see {@link
   * #nextFreeSlot(PostingSchedule, Interval)}.
   *
   * @param schedule the schedule
   * @param from the earliest instant, inclusive
   * @param horizon how far to search, not negative
   * @return the slot, or empty if none is free in {@code [from, from + horizon)}
   * @throws IllegalArgumentException if the horizon is negative
   */
  public Optional<ZonedDateTime> nextFreeSlot(
      PostingSchedule schedule, Instant from, Duration horizon) {
    Checks.notNull(from, "from");
    Checks.notNull(horizon, "horizon");
    if (horizon.isNegative()) {
      throw new IllegalArgumentException("horizon must not be negative: " + horizon);
    }
    return nextFreeSlot(schedule, Interval.of(from, horizon));
  }

  private static final Duration SEARCH_CHUNK = Duration.ofDays(28);

  private boolean doesNotCrowd(PostingSchedule schedule, Instant time, Instant[] occupied) {
    Duration spacing = schedule.minimumSpacing();
    if (spacing.isZero()) {
      int i = lowerBound(occupied, time);
      if (i < occupied.length && occupied[i].equals(time)) {
        return false;
      }
    } else {
      // The first occupied time strictly after time - spacing must not be before time + spacing.
      int i = upperBound(occupied, time.minus(spacing));
      if (i < occupied.length && occupied[i].isBefore(time.plus(spacing))) {
        return false;
      }
    }
    if (schedule.maxPostsPerDay().isPresent()) {
      Interval day = schedule.dayOf(time);
      int count = lowerBound(occupied, day.getEnd()) - lowerBound(occupied, day.getStart());
      return count < schedule.maxPostsPerDay().getAsInt();
    }
    return true;
  }

  private Instant[] occupiedTimes(PostingSchedule schedule) {
    Index idx = index();
    Instant[] times =
        schedule.account().isPresent()
            ? idx.occupiedByAccount.get(
                new AccountKey(schedule.platform(), schedule.account().get()))
            : idx.occupiedByPlatform.get(schedule.platform());
    return times == null ? new Instant[0] : times;
  }

  private int lowerBound(Instant time) {
    int lo = 0;
    int hi = posts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (posts[mid].time().isBefore(time)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose time is not before {@code time}. */
  private static int lowerBound(Instant[] times, Instant time) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid].isBefore(time)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** First index whose time is after {@code time}. */
  private static int upperBound(Instant[] times, Instant time) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid].isAfter(time)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private Index index() {
    Index result = index;
    if (result == null) {
      result = new Index(posts);
      index = result;
    }
    return result;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ContentCalendar
        && zone.equals(((ContentCalendar) obj).zone)
        && Arrays.equals(posts, ((ContentCalendar) obj).posts);
  }

  @Override
  public int hashCode() {
    return 31 * zone.hashCode() + Arrays.hashCode(posts);
  }

  /**
   * Returns a short form such as {@code ContentCalendar[Asia/Taipei, 3 posts, 2026-01-05T01:00:00Z
   * .. 2026-01-09T11:00:00Z]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ContentCalendar[").append(zone).append(", ");
    sb.append(posts.length).append(posts.length == 1 ? " post" : " posts");
    if (posts.length > 0) {
      sb.append(", ").append(posts[0].time()).append(" .. ").append(posts[posts.length - 1].time());
    }
    return sb.append(']').toString();
  }

  /** A platform and an account on it. */
  private static final class AccountKey {
    private final Platform platform;
    private final String account;

    AccountKey(Platform platform, String account) {
      this.platform = platform;
      this.account = account;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof AccountKey
          && platform.equals(((AccountKey) obj).platform)
          && account.equals(((AccountKey) obj).account);
    }

    @Override
    public int hashCode() {
      return Objects.hash(platform, account);
    }
  }

  /** Lookups built in one pass over the sorted posts. Immutable once built. */
  private static final class Index {
    final Map<String, Integer> byId;
    final Map<Platform, int[]> byPlatform;
    final Map<Platform, Instant[]> occupiedByPlatform;
    final Map<AccountKey, Instant[]> occupiedByAccount;

    Index(ScheduledPost[] posts) {
      byId = new HashMap<>(posts.length * 2);
      Map<Platform, List<Integer>> positions = new HashMap<>();
      Map<Platform, List<Instant>> occupied = new HashMap<>();
      Map<AccountKey, List<Instant>> occupiedAccounts = new HashMap<>();
      for (int i = 0; i < posts.length; i++) {
        ScheduledPost post = posts[i];
        if (byId.put(post.id(), i) != null) {
          throw new IllegalArgumentException("posts must have distinct ids: \"" + post.id() + "\"");
        }
        positions.computeIfAbsent(post.platform(), p -> new ArrayList<>()).add(i);
        if (post.status().occupiesSlot()) {
          occupied.computeIfAbsent(post.platform(), p -> new ArrayList<>()).add(post.time());
          if (post.account().isPresent()) {
            occupiedAccounts
                .computeIfAbsent(
                    new AccountKey(post.platform(), post.account().get()), k -> new ArrayList<>())
                .add(post.time());
          }
        }
      }
      byPlatform = new HashMap<>();
      positions.forEach(
          (platform, list) ->
              byPlatform.put(platform, list.stream().mapToInt(Integer::intValue).toArray()));
      occupiedByPlatform = new HashMap<>();
      occupied.forEach((platform, list) -> occupiedByPlatform.put(platform, list.toArray(new Instant[0])));
      occupiedByAccount = new HashMap<>();
      occupiedAccounts.forEach((key, list) -> occupiedByAccount.put(key, list.toArray(new Instant[0])));
    }
  }
}
