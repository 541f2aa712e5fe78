package dev.socialplan.analytics.aggregate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The measures a grouping's summaries add up, as bits of a {@code long} of the measures left out:
 * bit {@code m} for {@link Measure} ordinal {@code m}, then spend, then revenue. Zero means every
 * measure, which is also what a serial form written before projections existed reads as.
 */
final class Projection {
  /** The bits of the counts. */
  static final long MEASURE_BITS = (1L << Measure.COUNT) - 1;

  /** The bits of the two amounts of money. */
  static final long AMOUNT_BITS = 3L << Measure.COUNT;

  static {
    // One long holds every measure's bit: measures are only ever added at the end of the enum.
    if (Measure.COUNT + MoneyMeasure.values().length > Long.SIZE) {
      throw new AssertionError("too many measures for a projection bit set");
    }
  }

  private Projection() {}

  static long bit(Measure measure) {
    return 1L << measure.ordinal();
  }

  static long bit(MoneyMeasure measure) {
    return 1L << (Measure.COUNT + measure.ordinal());
  }

  static boolean measures(long unmeasured, int measureIndex) {
    return (unmeasured >>> measureIndex & 1) == 0;
  }

  static boolean measures(long unmeasured, MoneyMeasure measure) {
    return (unmeasured & bit(measure)) == 0;
  }

  static Set<Measure> measures(long unmeasured) {
    EnumSet<Measure> out = EnumSet.noneOf(Measure.class);
    for (Measure m : Measure.values()) {
      if ((unmeasured & bit(m)) == 0) {
        out.add(m);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  static Set<MoneyMeasure> amounts(long unmeasured) {
    EnumSet<MoneyMeasure> out = EnumSet.noneOf(MoneyMeasure.class);
    for (MoneyMeasure m : MoneyMeasure.values()) {
      if ((unmeasured & bit(m)) == 0) {
        out.add(m);
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
