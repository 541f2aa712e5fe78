package dev.socialplan.content;

import dev.socialplan.metric.Ratio;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * One slice's actual share of posts against its target, in a {@link MixEvaluation}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SliceShare {
  private final MixSlice slice;
  private final long count;
  private final long total;
  private final boolean withinTolerance;

  SliceShare(MixSlice slice, long count, long total, boolean withinTolerance) {
    this.slice = slice;
    this.count = count;
    this.total = total;
    this.withinTolerance = withinTolerance;
  }

  /**
   * Returns the slice.
   *
   * @return the slice
   */
  public MixSlice slice() {
    return slice;
  }

  /**
   * Returns the number of posts in the slice.
   *
   * @return the count, not negative
   */
  public long count() {
    return count;
  }

  /**
   * Returns the actual share, {@code count ÷ total posts}.
   *
   * @return the share; undefined when there are no posts
   */
  public Ratio actual() {
    return Ratio.of(count, total);
  }

  /**
   * Returns the target share.
   *
   * @return the slice's target, in {@code [0, 1]}
   */
  public double target() {
    return slice.share();
  }

  /**
   * Returns how far the actual share is from the target, signed: positive when the slice has more
   * than its share ({@code 0.3 − 0.2 = 0.1} for 30 % promotional posts against 20 %).
   *
   * @return the deviation as a fraction; empty when there are no posts
   */
  public OptionalDouble deviation() {
    return total == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) count / total - slice.share());
  }

  /**
   * Tells whether the actual share is within the mix's tolerance of the target (always true when
   * there are no posts).
   *
   * @return true if within tolerance
   */
  public boolean isWithinTolerance() {
    return withinTolerance;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SliceShare
        && slice.equals(((SliceShare) obj).slice)
        && count == ((SliceShare) obj).count
        && total == ((SliceShare) obj).total
        && withinTolerance == ((SliceShare) obj).withinTolerance;
  }

  @Override
  public int hashCode() {
    return (slice.hashCode() * 31 + Long.hashCode(count)) * 31 + Long.hashCode(total);
  }

  /**
   * Returns the slice, its count and both shares: {@code promote 3/10 = 30% (target 20%)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    String actual =
        total == 0
            ? "no posts"
            : String.format(Locale.ROOT, "%d/%d = %.4g%%", count, total, 100.0 * count / total)
                .replaceFirst("\\.?0+%", "%");
    String target =
        String.format(Locale.ROOT, "%.4g%%", 100.0 * slice.share()).replaceFirst("\\.?0+%", "%");
    return slice.name() + " " + actual + " (target " + target + ")";
  }
}
