package dev.socialplan.calendar;

import dev.socialplan.content.ContentMix;
import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A content mix target held over every rolling window of posts: every run of {@link #windowPosts()}
 * consecutive posts (in time order, ties by post id, as a {@code ContentCalendar} orders them) of a
 * sequence chosen by the {@link #scope()} keeps to the {@link #mix()} within its tolerance.
 *
 * <p>Only full windows are judged, as {@link ContentMix#offTargetWindows(List, java.util.function.Function,
 * int)} does: a sequence shorter than the window has none. The scheduler holds this target and the
 * calendar rule {@code CALENDAR_MIX_OFF_TARGET} checks it, so a calendar the scheduler fills passes
 * the rule given the same target.
 *
 * <p>The default window, {@value #DEFAULT_WINDOW_POSTS} posts, lets the 80/20 mix with its default
 * tolerance of ten percentage points hold one to three promotional posts in every ten.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param mix the target shares and tolerance
 * @param windowPosts the number of consecutive posts per window, at least 1
 * @param scope which posts form a sequence
 */
public record RollingMix(ContentMix mix, int windowPosts, MixScope scope) {

  /** The default window: ten consecutive posts. */
  public static final int DEFAULT_WINDOW_POSTS = 10;

  /**
   * Validates the parts.
   *
   * @param mix the target shares and tolerance
   * @param windowPosts the number of consecutive posts per window, at least 1
   * @param scope which posts form a sequence
   * @throws NullPointerException if the mix or the scope is null
   * @throws IllegalArgumentException if the window is below 1 post
   */
  public RollingMix {
    Checks.notNull(mix, "mix");
    Checks.notNull(scope, "scope");
    if (windowPosts < 1) {
      throw new IllegalArgumentException("windowPosts must be at least 1: " + windowPosts);
    }
  }

  /**
   * Obtains a target over windows of {@value #DEFAULT_WINDOW_POSTS} posts of each platform.
   *
   * @param mix the target shares and tolerance
   * @return the rolling target
   */
  public static RollingMix of(ContentMix mix) {
    return new RollingMix(mix, DEFAULT_WINDOW_POSTS, MixScope.PLATFORM);
  }

  /**
   * Obtains a target over windows of some number of posts.
   *
   * @param mix the target shares and tolerance
   * @param windowPosts the number of consecutive posts per window, at least 1
   * @param scope which posts form a sequence
   * @return the rolling target
   * @throws IllegalArgumentException if the window is below 1 post
   */
  public static RollingMix of(ContentMix mix, int windowPosts, MixScope scope) {
    return new RollingMix(mix, windowPosts, scope);
  }

  /**
   * Returns the default target: the 80/20 mix ({@link ContentMix#defaultMix()}) over windows of
   * {@value #DEFAULT_WINDOW_POSTS} posts of each platform.
   *
   * @return the default rolling target
   */
  public static RollingMix defaultTarget() {
    return of(ContentMix.defaultMix());
  }

  /**
   * Returns a copy with another window.
   *
   * @param posts the number of consecutive posts per window, at least 1
   * @return the new target
   * @throws IllegalArgumentException if the window is below 1 post
   */
  public RollingMix withWindowPosts(int posts) {
    return new RollingMix(mix, posts, scope);
  }

  /**
   * Returns a copy with another scope.
   *
   * @param newScope which posts form a sequence
   * @return the new target
   */
  public RollingMix withScope(MixScope newScope) {
    return new RollingMix(mix, windowPosts, newScope);
  }

  /**
   * Splits posts into the sequences this target judges, each in calendar order (time, then id):
   * one sequence for {@link MixScope#CALENDAR}, one per platform (ordered by platform) for {@link
   * MixScope#PLATFORM}. Every post given is included; filter out the ones that do not count (a
   * cancelled post) first.
   *
   * @param posts the posts, in any order
   * @return the sequences, each not empty; empty when there are no posts
   */
  public List<List<ScheduledPost>> sequences(Collection<ScheduledPost> posts) {
    Checks.noNullElements(posts, "posts");
    List<ScheduledPost> sorted = new ArrayList<>(posts);
    sorted.sort(ScheduledPost.timeOrder());
    List<List<ScheduledPost>> result = new ArrayList<>();
    if (sorted.isEmpty()) {
      return result;
    }
    if (scope == MixScope.CALENDAR) {
      result.add(List.copyOf(sorted));
      return result;
    }
    Map<Object, List<ScheduledPost>> byPlatform = new LinkedHashMap<>();
    sorted.stream()
        .map(ScheduledPost::platform)
        .distinct()
        .sorted(Comparator.naturalOrder())
        .forEach(p -> byPlatform.put(p, new ArrayList<>()));
    for (ScheduledPost post : sorted) {
      byPlatform.get(post.platform()).add(post);
    }
    byPlatform.values().forEach(list -> result.add(List.copyOf(list)));
    return result;
  }
}
