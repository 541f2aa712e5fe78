package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A content mix target: the share of posts each kind of content should have, with a tolerance
 * (method step 6). A policy, not a count: the calendar's scheduler and rules ask it
 * whether a sequence of posts keeps to it, as a whole or over every rolling window.
 *
 * <p>Three classic policies are provided:
 *
 * <ul>
 *   <li>{@link #EIGHTY_TWENTY}, the default and the strategy guide's rule: 80 % of posts inform,
 *       educate or entertain, 20 % promote (slices over {@link PostPurpose});
 *   <li>{@link #RULE_OF_THIRDS}: a third the brand's own content, a third curated from others, a
 *       third personal (slices over {@link ContentSource});
 *   <li>{@link #FIVE_THREE_TWO}: out of ten posts, five curated, three the brand's own, two
 *       personal (slices over {@link ContentSource}).
 * </ul>
 *
 * <p>The rule of thirds and 5-3-2 are about where content comes from, not why it is posted, so
 * they target {@link ContentSource} rather than being bent onto purposes; see {@link ContentSource}
 * for the sources and the reading chosen. The rule of thirds' "promote your business" third is
 * mapped onto {@link ContentSource#ORIGINAL}, the brand's own content. Users define their own
 * mixes over purposes ({@link #ofPurposes(String, Map)}), over sources ({@link #ofSources(String,
 * Map)}) or over any combination ({@link #builder()} with {@link MixSlice}s).
 *
 * <p><b>Structure.</b> The slices partition the kinds of post: every {@link ContentKind} belongs to
 * exactly one slice, slice names are unique, and the shares add up to 1 (within {@code 1e-9}).
 * Construction refuses anything else, since a post counted twice or not at all would make every
 * share meaningless.
 *
 * <p><b>Tolerance.</b> A slice is within tolerance when its actual share differs from its target by
 * at most {@link #tolerance()} (an absolute fraction: 0.10 is ten percentage points), on either
 * side. The default, 0.10, lets a ten-post window be one post off a target of whole tens; use
 * {@link #withTolerance(double)} for another. Comparisons allow {@code 1e-9} for binary rounding of
 * shares such as 0.2, so a share that is exactly on the tolerance's edge counts as within.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContentMix {

  /** The default tolerance: ten percentage points. */
  public static final double DEFAULT_TOLERANCE = 0.10;

  /** Slack for binary rounding in share comparisons. */
  static final double EPSILON = 1e-9;

  /**
   * The 80/20 rule, the default mix: 80 % of posts inform, educate or entertain, 20 % promote. From
   * the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 6, "determine the right content mix").
   */
  public static final ContentMix EIGHTY_TWENTY =
      builder()
          .name("80/20")
          .addSlices(
              MixSlice.ofPurposes(
                  "inform, educate, entertain",
                  0.8,
                  EnumSet.of(PostPurpose.INFORM, PostPurpose.EDUCATE, PostPurpose.ENTERTAIN)),
              MixSlice.ofPurposes("promote", 0.2, EnumSet.of(PostPurpose.PROMOTE)))
          .build();

  /**
   * The rule of thirds: a third of posts the brand's own content (promoting the business), a third
   * curated from others, a third personal. Source: Hootsuite (see {@link ContentSource}).
   */
  public static final ContentMix RULE_OF_THIRDS =
      builder()
          .name("rule of thirds")
          .addSlices(
              MixSlice.ofSources("own", 1.0 / 3, EnumSet.of(ContentSource.ORIGINAL)),
              MixSlice.ofSources("curated", 1.0 / 3, EnumSet.of(ContentSource.CURATED)),
              MixSlice.ofSources("personal", 1.0 / 3, EnumSet.of(ContentSource.PERSONAL)))
          .build();

  /**
   * The 5-3-2 rule: out of ten posts, five curated from others, three the brand's own, two personal
   * (see {@link ContentSource}).
   */
  public static final ContentMix FIVE_THREE_TWO =
      builder()
          .name("5-3-2")
          .addSlices(
              MixSlice.ofSources("curated", 0.5, EnumSet.of(ContentSource.CURATED)),
              MixSlice.ofSources("own", 0.3, EnumSet.of(ContentSource.ORIGINAL)),
              MixSlice.ofSources("personal", 0.2, EnumSet.of(ContentSource.PERSONAL)))
          .build();

  ContentMix() {}

  /**
   * Returns the mix's name ({@code "80/20"}).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the slices, which partition every kind of post and whose shares add up to 1.
   *
   * @return the slices, not empty
   */
  public abstract List<MixSlice> slices();

  /**
   * Returns how far a slice's actual share may be from its target, as an absolute fraction.
   *
   * @return the tolerance in {@code [0, 1]}; {@link #DEFAULT_TOLERANCE} unless set
   */
  @Value.Default
  public double tolerance() {
    return DEFAULT_TOLERANCE;
  }

  /**
   * Returns the default mix, {@link #EIGHTY_TWENTY}.
   *
   * @return the 80/20 mix
   */
  public static ContentMix defaultMix() {
    return EIGHTY_TWENTY;
  }

  /**
   * Obtains a custom mix with one slice per purpose ({@code EDUCATE 0.4, ENTERTAIN 0.3, INFORM 0.2,
   * PROMOTE 0.1}), named after the purposes in lower case.
   *
   * @param name the mix's name, not blank
   * @param shares the target share of every purpose; all four purposes, adding up to 1
   * @return the mix, with the default tolerance
   * @throws NullPointerException if a share is null
   * @throws IllegalArgumentException if a purpose is missing, a share is outside {@code [0, 1]} or
   *     the shares do not add up to 1
   */
  public static ContentMix ofPurposes(String name, Map<PostPurpose, Double> shares) {
    Checks.notNull(shares, "shares");
    Builder b = builder().name(name);
    for (PostPurpose p : PostPurpose.values()) {
      Double share = shares.get(p);
      if (share == null) {
        throw new IllegalArgumentException("shares must give every purpose a share: no " + p);
      }
      b.addSlice(MixSlice.ofPurposes(p.name().toLowerCase(Locale.ROOT), share, EnumSet.of(p)));
    }
    return b.build();
  }

  /**
   * Obtains a custom mix with one slice per source, named after the sources in lower case.
   *
   * @param name the mix's name, not blank
   * @param shares the target share of every source; all three sources, adding up to 1
   * @return the mix, with the default tolerance
   * @throws NullPointerException if a share is null
   * @throws IllegalArgumentException if a source is missing, a share is outside {@code [0, 1]} or
   *     the shares do not add up to 1
   */
  public static ContentMix ofSources(String name, Map<ContentSource, Double> shares) {
    Checks.notNull(shares, "shares");
    Builder b = builder().name(name);
    for (ContentSource s : ContentSource.values()) {
      Double share = shares.get(s);
      if (share == null) {
        throw new IllegalArgumentException("shares must give every source a share: no " + s);
      }
      b.addSlice(MixSlice.ofSources(s.name().toLowerCase(Locale.ROOT), share, EnumSet.of(s)));
    }
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with another tolerance.
   *
   * @param tolerance the tolerance, an absolute fraction in {@code [0, 1]}
   * @return the new mix
   * @throws IllegalArgumentException if the tolerance is outside {@code [0, 1]}, NaN or infinite
   */
  public abstract ContentMix withTolerance(double tolerance);

  /**
   * Returns the slice a post of the given kind belongs to.
   *
   * @param kind the post's kind
   * @return the one slice that contains it
   */
  public MixSlice sliceOf(ContentKind kind) {
    return slices().get(sliceIndex(kind));
  }

  /**
   * Returns the tally with no posts, to which posts are added one by one (as the scheduler does).
   *
   * @return the empty tally of this mix
   */
  public MixTally emptyTally() {
    return MixTally.empty(this);
  }

  /**
   * Evaluates a sequence of posts given by their kinds.
   *
   * @param posts the kinds of the posts, in any order
   * @return the actual shares against the targets
   * @throws NullPointerException if a kind is null
   */
  public MixEvaluation evaluate(Collection<ContentKind> posts) {
    Checks.noNullElements(posts, "posts");
    long[] counts = new long[slices().size()];
    for (ContentKind k : posts) {
      counts[sliceIndex(k)]++;
    }
    return MixTally.of(this, counts).evaluate();
  }

  /**
   * Evaluates a sequence of posts given by their purposes, each counted as the brand's own content
   * ({@link ContentSource#ORIGINAL}).
   *
   * @param purposes the purposes of the posts, in any order
   * @return the actual shares against the targets
   * @throws NullPointerException if a purpose is null
   */
  public MixEvaluation evaluatePurposes(Collection<PostPurpose> purposes) {
    Checks.noNullElements(purposes, "purposes");
    long[] counts = new long[slices().size()];
    for (PostPurpose p : purposes) {
      counts[sliceIndex(ContentKind.of(p))]++;
    }
    return MixTally.of(this, counts).evaluate();
  }

  /**
   * Evaluates counts of posts per kind.
   *
   * @param counts the number of posts of each kind, not negative; kinds not in the map count zero
   * @return the actual shares against the targets
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public MixEvaluation evaluate(Map<ContentKind, Long> counts) {
    Checks.notNull(counts, "counts");
    long[] perSlice = new long[slices().size()];
    counts.forEach(
        (kind, n) -> {
          Checks.notNull(kind, "counts key");
          Checks.notNull(n, "counts[" + kind + "]");
          Checks.nonNegative(n.longValue(), "counts[" + kind + "]");
          int i = sliceIndex(kind);
          perSlice[i] = Math.addExact(perSlice[i], n);
        });
    return MixTally.of(this, perSlice).evaluate();
  }

  /**
   * Evaluates counts of posts per purpose, each counted as the brand's own content.
   *
   * @param counts the number of posts of each purpose, not negative; missing purposes count zero
   * @return the actual shares against the targets
   * @throws IllegalArgumentException if a count is negative
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public MixEvaluation evaluatePurposeCounts(Map<PostPurpose, Long> counts) {
    Checks.notNull(counts, "counts");
    long[] perSlice = new long[slices().size()];
    counts.forEach(
        (purpose, n) -> {
          Checks.notNull(purpose, "counts key");
          Checks.notNull(n, "counts[" + purpose + "]");
          Checks.nonNegative(n.longValue(), "counts[" + purpose + "]");
          int i = sliceIndex(ContentKind.of(purpose));
          perSlice[i] = Math.addExact(perSlice[i], n);
        });
    return MixTally.of(this, perSlice).evaluate();
  }

  /**
   * Finds every window of {@code windowSize} consecutive posts whose mix is off target.
   *
   * <p>The window ending at post {@code k} holds posts {@code k − windowSize + 1} to {@code k};
   * only full windows are checked, so a sequence shorter than the window has none (evaluate it
   * whole with {@link #evaluate(Collection)} for a verdict). One pass with a sliding window: O(n ×
   * slices) time and O(slices) memory besides the result.
   *
   * @param posts the posts, in time order
   * @param kindOf gives each post's kind
   * @param windowSize the number of posts per window, at least 1
   * @param <T> the post type (the calendar's scheduled post, a draft, …)
   * @return the off-target windows, in order of their last post; unmodifiable
   * @throws IllegalArgumentException if the window size is less than 1
   * @throws NullPointerException if {@code kindOf} returns null
   */
  public <T> List<MixWindow> offTargetWindows(
      List<T> posts, Function<? super T, ContentKind> kindOf, int windowSize) {
    Checks.notNull(posts, "posts");
    Checks.notNull(kindOf, "kindOf");
    if (windowSize < 1) {
      throw new IllegalArgumentException("windowSize must be at least 1: " + windowSize);
    }
    int[] slice = slicesOf(posts, kindOf);
    long[] counts = new long[slices().size()];
    List<MixWindow> off = new ArrayList<>();
    for (int k = 0; k < slice.length; k++) {
      counts[slice[k]]++;
      if (k >= windowSize) {
        counts[slice[k - windowSize]]--;
      }
      if (k >= windowSize - 1 && !withinTolerance(counts, windowSize)) {
        off.add(new MixWindow(k - windowSize + 1, k, MixTally.of(this, counts.clone())));
      }
    }
    return Collections.unmodifiableList(off);
  }

  /**
   * Finds every time window whose mix is off target: for each post {@code k}, the posts published
   * in the {@code window} up to and including it, {@code (time(k) − window, time(k)]}, provided
   * there are at least {@code minimumPosts} of them (too few posts say little about a mix).
   *
   * <p>One pass with two pointers: O(n × slices) time.
   *
   * @param posts the posts, in time order (non-decreasing times)
   * @param kindOf gives each post's kind
   * @param timeOf gives each post's publication time
   * @param window the length of each window, positive
   * @param minimumPosts the fewest posts a window needs to be judged, at least 1
   * @param <T> the post type
   * @return the off-target windows, in order of their last post; unmodifiable
   * @throws IllegalArgumentException if the window is not positive, {@code minimumPosts} is less
   *     than 1, or the posts are not in time order
   * @throws NullPointerException if {@code kindOf} or {@code timeOf} returns null
   */
  public <T> List<MixWindow> offTargetWindows(
      List<T> posts,
      Function<? super T, ContentKind> kindOf,
      Function<? super T, Instant> timeOf,
      Duration window,
      int minimumPosts) {
    Checks.notNull(posts, "posts");
    Checks.notNull(kindOf, "kindOf");
    Checks.notNull(timeOf, "timeOf");
    Checks.notNull(window, "window");
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    if (minimumPosts < 1) {
      throw new IllegalArgumentException("minimumPosts must be at least 1: " + minimumPosts);
    }
    int n = posts.size();
    int[] slice = slicesOf(posts, kindOf);
    Instant[] times = new Instant[n];
    for (int k = 0; k < n; k++) {
      times[k] = timeOf.apply(posts.get(k));
      if (times[k] == null) {
        // The message is built only on failure: this loop runs over millions of posts.
        throw new NullPointerException("time of posts[" + k + "] must not be null");
      }
      if (k > 0 && times[k].isBefore(times[k - 1])) {
        throw new IllegalArgumentException(
            "posts must be in time order: posts["
                + k
                + "] at "
                + times[k]
                + " is before posts["
                + (k - 1)
                + "] at "
                + times[k - 1]);
      }
    }
    long[] counts = new long[slices().size()];
    List<MixWindow> off = new ArrayList<>();
    int first = 0;
    for (int k = 0; k < n; k++) {
      counts[slice[k]]++;
      Instant start = times[k].minus(window);
      while (!times[first].isAfter(start)) {
        counts[slice[first]]--;
        first++;
      }
      int size = k - first + 1;
      if (size >= minimumPosts && !withinTolerance(counts, size)) {
        off.add(new MixWindow(first, k, MixTally.of(this, counts.clone())));
      }
    }
    return Collections.unmodifiableList(off);
  }

  /** Tells whether every slice is within tolerance, for counts that add up to {@code total}. */
  boolean withinTolerance(long[] counts, long total) {
    for (int i = 0; i < counts.length; i++) {
      if (!withinTolerance(counts[i], slices().get(i).share(), total)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The one tolerance test: {@code |count − share × total| <= (tolerance + 1e-9) × total}; true
   * when there are no posts.
   */
  boolean withinTolerance(long count, double share, long total) {
    return total == 0 || Math.abs(count - share * total) <= (tolerance() + EPSILON) * total;
  }

  /**
   * Returns the position in {@link #slices()} of the slice a post of the given kind belongs to, for
   * {@link MixTally}'s counts. Constant time. Not API: callers outside this package use {@code
   * slices().indexOf(sliceOf(kind))}.
   */
  int sliceIndex(ContentKind kind) {
    Checks.notNull(kind, "kind");
    return sliceTable()[kind.purpose().ordinal()][kind.source().ordinal()];
  }

  /**
   * Tells whether {@code count} posts of {@code total} in one slice are within tolerance of its
   * target: {@code |count − share × total| <= (tolerance + 1e-9) × total}; true when there are no
   * posts. Not API: the tests of this package check every evaluation against it.
   *
   * @throws IllegalArgumentException if the index is out of range or the counts impossible
   */
  boolean isWithinTolerance(int sliceIndex, long count, long total) {
    Checks.inRange(sliceIndex, 0, slices().size() - 1, "sliceIndex");
    Checks.nonNegative(count, "count");
    if (count > total) {
      throw new IllegalArgumentException("count must not exceed total (" + total + "): " + count);
    }
    return withinTolerance(count, slices().get(sliceIndex).share(), total);
  }

  private <T> int[] slicesOf(List<T> posts, Function<? super T, ContentKind> kindOf) {
    int[] slice = new int[posts.size()];
    for (int k = 0; k < slice.length; k++) {
      ContentKind kind = kindOf.apply(posts.get(k));
      if (kind == null) {
        // The message is built only on failure: this loop runs over millions of posts.
        throw new NullPointerException("kind of posts[" + k + "] must not be null");
      }
      slice[k] = sliceIndex(kind);
    }
    return slice;
  }

  /** The slice index of every purpose × source, filled once the partition has been checked. */
  @Value.Lazy
  int[][] sliceTable() {
    int[][] table = new int[PostPurpose.values().length][ContentSource.values().length];
    for (PostPurpose p : PostPurpose.values()) {
      for (ContentSource s : ContentSource.values()) {
        table[p.ordinal()][s.ordinal()] = findSlice(ContentKind.of(p, s));
      }
    }
    return table;
  }

  private int findSlice(ContentKind kind) {
    for (int i = 0; i < slices().size(); i++) {
      if (slices().get(i).contains(kind)) {
        return i;
      }
    }
    throw new IllegalStateException("no slice for " + kind);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    Checks.fraction(tolerance(), "tolerance");
    if (slices().isEmpty()) {
      throw new IllegalArgumentException("slices of mix \"" + name() + "\" must not be empty");
    }
    Set<String> names = new HashSet<>();
    double sum = 0;
    for (MixSlice s : slices()) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "slice names of mix \"" + name() + "\" must be unique: \"" + s.name() + "\"");
      }
      sum += s.share();
    }
    if (Math.abs(sum - 1.0) > EPSILON) {
      throw new IllegalArgumentException(
          "slice shares of mix \"" + name() + "\" must add up to 1: " + sum);
    }
    for (PostPurpose p : PostPurpose.values()) {
      for (ContentSource s : ContentSource.values()) {
        ContentKind kind = ContentKind.of(p, s);
        List<String> holders = new ArrayList<>();
        slices().stream().filter(slice -> slice.contains(kind)).forEach(x -> holders.add(x.name()));
        if (holders.size() != 1) {
          throw new IllegalArgumentException(
              "every kind of post must be in exactly one slice of mix \""
                  + name()
                  + "\": "
                  + p
                  + " "
                  + s
                  + " posts are in "
                  + (holders.isEmpty() ? "none" : holders));
        }
      }
    }
  }

  /** Builds a {@link ContentMix}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableContentMix.Builder {
    Builder() {}
  }
}
