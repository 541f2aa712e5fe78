package dev.socialplan.testkit.assertions;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.Interval;

/**
 * Assertions on a {@link ContentCalendar}; obtain one with {@link
 * SocialplanAssertions#assertThat(ContentCalendar)}.
 *
 * <pre>{@code
 * assertThat(result.calendar())
 *     .hasPostsOn(Platform.INSTAGRAM, 24)
 *     .hasNoPostsOn(Platform.X)
 *     .allPostsWithin(period)
 *     .hasMinimumSpacing(Duration.ofHours(4))
 *     .hasAtMostPostsPerDay(2)
 *     .hasPostsInOrder("fb-live-announce", "fb-live-0322");
 * }</pre>
 *
 * <p>A calendar is always in time order (it sorts its posts), so there is no assertion for that;
 * {@link #hasPostsInOrder(String...)} checks the order of particular posts. Days are local days in
 * the calendar's zone. Failure messages list the posts concerned, each as id, platform, local time,
 * format, purpose and status, or the number of posts per platform.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public final class ContentCalendarAssert extends AbstractAssert<ContentCalendarAssert, ContentCalendar> {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

  ContentCalendarAssert(@Nullable ContentCalendar actual) {
    super(actual, ContentCalendarAssert.class);
  }

  /**
   * Verifies the number of posts.
   *
   * @param expected the expected number of posts
   * @return this assertion
   * @throws AssertionError if the calendar has another number of posts, with the count per platform
   */
  public ContentCalendarAssert hasSize(int expected) {
    isNotNull();
    if (actual.size() != expected) {
      fail("Expecting the calendar to have " + posts(expected) + ", but it has " + actual.size() + ": " + perPlatform() + ".");
    }
    return this;
  }

  /**
   * Verifies that the calendar has no post.
   *
   * @return this assertion
   * @throws AssertionError if the calendar has a post, listing the first ones
   */
  public ContentCalendarAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      fail("Expecting the calendar to be empty, but it has " + posts(actual.size()) + ":" + lines(actual.posts()));
    }
    return this;
  }

  /**
   * Verifies the number of posts on a platform.
   *
   * @param platform the platform
   * @param expected the expected number of its posts
   * @return this assertion
   * @throws AssertionError if the platform has another number of posts, with the count per platform
   */
  public ContentCalendarAssert hasPostsOn(Platform platform, int expected) {
    requireNonNull(platform, "platform");
    isNotNull();
    int size = actual.byPlatform(platform).size();
    if (size != expected) {
      fail(
          "Expecting the calendar to have " + posts(expected) + " on " + platform + ", but it has "
              + size + ": " + perPlatform() + ".");
    }
    return this;
  }

  /**
   * Verifies that a platform has at least one post.
   *
   * @param platform the platform
   * @return this assertion
   * @throws AssertionError if the platform has no post, with the count per platform
   */
  public ContentCalendarAssert hasPostsOn(Platform platform) {
    requireNonNull(platform, "platform");
    isNotNull();
    if (actual.byPlatform(platform).isEmpty()) {
      fail("Expecting the calendar to have posts on " + platform + ", but it has none: " + perPlatform() + ".");
    }
    return this;
  }

  /**
   * Verifies that a platform has no post.
   *
   * @param platform the platform
   * @return this assertion
   * @throws AssertionError if the platform has posts, listing them
   */
  public ContentCalendarAssert hasNoPostsOn(Platform platform) {
    requireNonNull(platform, "platform");
    isNotNull();
    List<ScheduledPost> on = actual.byPlatform(platform).posts();
    if (!on.isEmpty()) {
      fail("Expecting the calendar to have no post on " + platform + ", but it has " + posts(on.size()) + ":" + lines(on));
    }
    return this;
  }

  /**
   * Verifies that the calendar has a post with an id.
   *
   * @param id the post's id
   * @return this assertion
   * @throws AssertionError if no post has that id
   */
  public ContentCalendarAssert hasPost(String id) {
    requireNonNull(id, "id");
    isNotNull();
    if (!actual.contains(id)) {
      fail("Expecting the calendar to have a post \"" + id + "\", but it has none (" + posts(actual.size()) + ": " + perPlatform() + ").");
    }
    return this;
  }

  /**
   * Verifies that no post of the calendar has an id.
   *
   * @param id the id
   * @return this assertion
   * @throws AssertionError if a post has that id, showing it
   */
  public ContentCalendarAssert doesNotHavePost(String id) {
    requireNonNull(id, "id");
    isNotNull();
    actual
        .get(id)
        .ifPresent(p -> fail("Expecting the calendar to have no post \"" + id + "\", but it has:" + lines(List.of(p))));
    return this;
  }

  /**
   * Verifies that posts with some ids are in the calendar in that relative order: each one later than
   * (or, at the same instant, ordered by id after) the one before. Other posts may come between.
   *
   * @param ids the ids, in the expected order
   * @return this assertion
   * @throws AssertionError if an id is missing or out of order, showing the posts
   */
  public ContentCalendarAssert hasPostsInOrder(String... ids) {
    requireNonNull(ids, "ids");
    isNotNull();
    Map<String, Integer> index = new HashMap<>();
    List<ScheduledPost> all = actual.posts();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    List<String> missing =
        Arrays.stream(ids).filter(id -> !index.containsKey(requireNonNull(id, "ids"))).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      fail("Expecting the calendar to have the posts " + Arrays.toString(ids) + " in order, but it lacks " + missing + ".");
    }
    for (int i = 1; i < ids.length; i++) {
      if (index.get(ids[i]) < index.get(ids[i - 1])) {
        fail(
            "Expecting the calendar to have the posts " + Arrays.toString(ids) + " in order, but \""
                + ids[i] + "\" comes before \"" + ids[i - 1] + "\":"
                + lines(List.of(all.get(index.get(ids[i])), all.get(index.get(ids[i - 1])))));
      }
    }
    return this;
  }

  /**
   * Verifies that every post lies within a half-open period {@code [start, end)}.
   *
   * @param period the period
   * @return this assertion
   * @throws AssertionError if a post lies outside, listing those posts
   */
  public ContentCalendarAssert allPostsWithin(Interval period) {
    requireNonNull(period, "period");
    isNotNull();
    List<ScheduledPost> outside =
        actual.stream().filter(p -> !period.contains(p.time())).collect(Collectors.toList());
    if (!outside.isEmpty()) {
      fail(
          "Expecting every post to lie within " + period + ", but " + posts(outside.size())
              + (outside.size() == 1 ? " does" : " do") + " not:" + lines(outside));
    }
    return this;
  }

  /**
   * Verifies that every post has a status.
   *
   * @param status the status
   * @return this assertion
   * @throws AssertionError if a post has another status, listing those posts
   */
  public ContentCalendarAssert allPostsHaveStatus(PostStatus status) {
    requireNonNull(status, "status");
    isNotNull();
    List<ScheduledPost> other =
        actual.stream().filter(p -> p.status() != status).collect(Collectors.toList());
    if (!other.isEmpty()) {
      fail(
          "Expecting every post to be " + status + ", but " + posts(other.size())
              + (other.size() == 1 ? " is" : " are") + " not:" + lines(other));
    }
    return this;
  }

  /**
   * Verifies that consecutive posts on the same platform (and account) are at least some time
   * apart, as a posting schedule's minimum spacing asks.
   *
   * @param spacing the least time between two posts of one channel
   * @return this assertion
   * @throws AssertionError if two posts are closer, listing the first such pair
   */
  public ContentCalendarAssert hasMinimumSpacing(Duration spacing) {
    requireNonNull(spacing, "spacing");
    isNotNull();
    Map<String, ScheduledPost> previous = new HashMap<>();
    for (ScheduledPost post : actual) {
      String channel = post.platform().id() + "/" + post.account().orElse("");
      ScheduledPost before = previous.put(channel, post);
      if (before != null && Duration.between(before.time(), post.time()).compareTo(spacing) < 0) {
        fail(
            "Expecting posts on the same platform to be at least " + spacing + " apart, but these are "
                + Duration.between(before.time(), post.time()) + " apart:" + lines(List.of(before, post)));
      }
    }
    return this;
  }

  /**
   * Verifies that no platform (and account) has more than some posts on one local day.
   *
   * @param max the most posts a day
   * @return this assertion
   * @throws AssertionError if a day holds more, listing that day's posts
   */
  public ContentCalendarAssert hasAtMostPostsPerDay(int max) {
    isNotNull();
    Map<String, List<ScheduledPost>> byDay = new LinkedHashMap<>();
    for (ScheduledPost post : actual) {
      LocalDate day = post.time().atZone(actual.zone()).toLocalDate();
      String key = post.platform().id() + "/" + post.account().orElse("") + "/" + day;
      byDay.computeIfAbsent(key, k -> new ArrayList<>()).add(post);
    }
    for (List<ScheduledPost> day : byDay.values()) {
      if (day.size() > max) {
        fail(
            "Expecting at most " + posts(max) + " a day on each platform, but "
                + day.get(0).platform() + " has " + day.size() + " on "
                + day.get(0).time().atZone(actual.zone()).toLocalDate() + ":" + lines(day));
      }
    }
    return this;
  }

  private String perPlatform() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ScheduledPost p : actual) {
      counts.merge(p.platform().displayName(), 1, Integer::sum);
    }
    return counts.toString();
  }

  private String lines(List<ScheduledPost> posts) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (ScheduledPost p : posts) {
      if (shown++ == 20) {
        out.append("\n    ... and ").append(posts.size() - 20).append(" more");
        break;
      }
      out.append("\n    ")
          .append(p.id())
          .append(' ')
          .append(p.platform().displayName())
          .append(' ')
          .append(LOCAL.format(p.time().atZone(actual.zone())))
          .append(' ')
          .append(p.content().format())
          .append(' ')
          .append(p.content().purpose())
          .append(' ')
          .append(p.status());
    }
    return out.toString();
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  private static String posts(long n) {
    return n + (n == 1 ? " post" : " posts");
  }

  private static <T> T requireNonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }
}
