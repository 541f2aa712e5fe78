package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import java.util.Arrays;

/**
 * Counts of posts per slice of a {@link ContentMix}, to which posts are added or removed one at a
 * time: what a scheduler keeps while it fills a window, asking after each placement whether the
 * window still keeps to the mix.
 *
 * <p>Obtain one with {@link ContentMix#emptyTally()}. Each {@code plus}/{@code minus} returns a new
 * tally in O(slices). This class is immutable and thread-safe.
 */
public final class MixTally {
  private final ContentMix mix;
  private final long[] counts;
  private final long total;

  private MixTally(ContentMix mix, long[] counts, long total) {
    this.mix = mix;
    this.counts = counts;
    this.total = total;
  }

  static MixTally empty(ContentMix mix) {
    return new MixTally(mix, new long[mix.slices().size()], 0);
  }

  /** Takes ownership of {@code counts}. */
  static MixTally of(ContentMix mix, long[] counts) {
    long total = 0;
    for (long c : counts) {
      total = Math.addExact(total, c);
    }
    return new MixTally(mix, counts, total);
  }

  /**
   * Returns the mix this tally counts for.
   *
   * @return the mix
   */
  public ContentMix mix() {
    return mix;
  }

  /**
   * Returns the number of posts counted.
   *
   * @return the total, not negative
   */
  public long total() {
    return total;
  }

  /**
   * Returns the number of posts counted in a slice.
   *
   * @param slice a slice of this tally's mix
   * @return the count, not negative
   * @throws IllegalArgumentException if the slice is not one of the mix's
   */
  public long count(MixSlice slice) {
    Checks.notNull(slice, "slice");
    int i = mix.slices().indexOf(slice);
    if (i < 0) {
      throw new IllegalArgumentException(
          "slice is not part of mix \"" + mix.name() + "\": " + slice.name());
    }
    return counts[i];
  }

  /**
   * Returns this tally with one more post of the given kind.
   *
   * @param kind the post's kind
   * @return the new tally
   */
  public MixTally plus(ContentKind kind) {
    int i = mix.sliceIndex(kind);
    long[] next = counts.clone();
    next[i] = Math.addExact(next[i], 1);
    return new MixTally(mix, next, Math.addExact(total, 1));
  }

  /**
   * Returns this tally with one more post of the brand's own content with the given purpose.
   *
   * @param purpose the post's purpose
   * @return the new tally
   */
  public MixTally plus(PostPurpose purpose) {
    return plus(ContentKind.of(Checks.notNull(purpose, "purpose")));
  }

  /**
   * Returns this tally with one post of the given kind fewer, as when a window slides past it.
   *
   * @param kind the post's kind
   * @return the new tally
   * @throws IllegalStateException if the tally has no post in the kind's slice
   */
  public MixTally minus(ContentKind kind) {
    int i = mix.sliceIndex(kind);
    if (counts[i] == 0) {
      throw new IllegalStateException(
          "cannot remove a "
              + kind
              + " post: slice \""
              + mix.slices().get(i).name()
              + "\" is empty");
    }
    long[] next = counts.clone();
    next[i]--;
    return new MixTally(mix, next, total - 1);
  }

  /**
   * Tells whether every slice's share is within the mix's tolerance of its target. An empty tally
   * is within tolerance: no post departs from the target.
   *
   * @return true if the counted posts keep to the mix
   */
  public boolean isWithinTolerance() {
    return mix.withinTolerance(counts, total);
  }

  /**
   * Returns the actual share of every slice against its target.
   *
   * @return the evaluation
   */
  public MixEvaluation evaluate() {
    return new MixEvaluation(mix, counts.clone(), total);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MixTally
        && mix.equals(((MixTally) obj).mix)
        && Arrays.equals(counts, ((MixTally) obj).counts);
  }

  @Override
  public int hashCode() {
    return mix.hashCode() * 31 + Arrays.hashCode(counts);
  }

  /**
   * Returns the mix's name and the count per slice: {@code 80/20 {inform, educate, entertain=8,
   * promote=2}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(mix.name()).append(" {");
    for (int i = 0; i < counts.length; i++) {
      s.append(i == 0 ? "" : ", ").append(mix.slices().get(i).name()).append('=').append(counts[i]);
    }
    return s.append('}').toString();
  }
}
