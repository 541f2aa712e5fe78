package dev.socialplan.content;

import static java.util.stream.Collectors.joining;

import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a sequence of posts keeps to a {@link ContentMix}: the actual share of every slice against
 * its target, and whether each is within the mix's tolerance.
 *
 * <p>An evaluation of no posts is within tolerance (no post departs from the target) and every
 * actual share is undefined; {@link #isEmpty()} tells it apart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MixEvaluation {
  private final ContentMix mix;
  private final long total;
  private final List<SliceShare> shares;

  MixEvaluation(ContentMix mix, long[] counts, long total) {
    this.mix = mix;
    this.total = total;
    List<SliceShare> list = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      MixSlice slice = mix.slices().get(i);
      list.add(
          new SliceShare(
              slice, counts[i], total, mix.withinTolerance(counts[i], slice.share(), total)));
    }
    this.shares = Collections.unmodifiableList(list);
  }

  /**
   * Returns the mix the posts were evaluated against.
   *
   * @return the mix
   */
  public ContentMix mix() {
    return mix;
  }

  /**
   * Returns the number of posts evaluated.
   *
   * @return the total, not negative
   */
  public long totalPosts() {
    return total;
  }

  /**
   * Tells whether there were no posts.
   *
   * @return true for an evaluation of no posts
   */
  public boolean isEmpty() {
    return total == 0;
  }

  /**
   * Returns every slice's actual share against its target, in the mix's slice order.
   *
   * @return the shares, unmodifiable
   */
  public List<SliceShare> shares() {
    return shares;
  }

  /**
   * Returns the share of the slice with the given name.
   *
   * @param sliceName the slice's name
   * @return the share, or empty if the mix has no slice of that name
   */
  public Optional<SliceShare> share(String sliceName) {
    Checks.notNull(sliceName, "sliceName");
    return shares.stream().filter(s -> s.slice().name().equals(sliceName)).findFirst();
  }

  /**
   * Tells whether every slice is within the mix's tolerance of its target.
   *
   * @return true if the posts keep to the mix
   */
  public boolean isWithinTolerance() {
    return shares.stream().allMatch(SliceShare::isWithinTolerance);
  }

  /**
   * Returns the slices whose share is off target, in the mix's slice order.
   *
   * @return the off-target shares, unmodifiable; empty when within tolerance
   */
  public List<SliceShare> offTarget() {
    List<SliceShare> off = new ArrayList<>();
    for (SliceShare s : shares) {
      if (!s.isWithinTolerance()) {
        off.add(s);
      }
    }
    return Collections.unmodifiableList(off);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MixEvaluation
        && mix.equals(((MixEvaluation) obj).mix)
        && shares.equals(((MixEvaluation) obj).shares);
  }

  @Override
  public int hashCode() {
    return mix.hashCode() * 31 + shares.hashCode();
  }

  /**
   * Returns the mix, the verdict and every slice: {@code 80/20 off target: inform, educate,
   * entertain 7/10 = 70% (target 80%), promote 3/10 = 30% (target 20%)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return mix.name()
        + (isWithinTolerance() ? " within tolerance: " : " off target: ")
        + (isEmpty() ? "no posts" : shares.stream().map(String::valueOf).collect(joining(", ")));
  }
}
