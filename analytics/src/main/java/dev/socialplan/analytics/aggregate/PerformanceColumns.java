package dev.socialplan.analytics.aggregate;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.YearWeek;

/**
 * Performance records stored column by column in primitive arrays, for aggregating millions of
 * posts at close to memory speed.
 *
 * <p>Each count is a {@code long[]} with an internal marker for "missing"; platforms and currencies
 * are dictionary-encoded; instants are epoch seconds. {@link #aggregate(Grouping)} returns exactly
 * the {@link PerformanceBreakdown} that {@link PerformanceBreakdown#of(Grouping, Collection)}
 * returns for the same records, without creating an object per record: it works through the rows
 * in blocks, computes each row's group number from the key columns (local times through a table of
 * the zone's offsets), then adds each count column into per-group arrays. When the grouping has at
 * most 65,536 possible groups (platform × weekday × hour has 168 per platform) the group number
 * indexes the arrays directly; otherwise an open-addressing table numbers the groups that occur.
 * Only the count and money columns of the measures the grouping adds up are read ({@link
 * Grouping#withMeasures}, {@link Grouping#withAmounts}).
 *
 * <p>Accounts, campaigns, pillars and hashtags are dictionary-encoded too. Grouped by {@link
 * Dimension#HASHTAG}, each row counts once per hashtag: the rows of each block are expanded into
 * (row, hashtag) entries and gathered into scratch columns, then summed like any other block.
 *
 * <p>{@link #aggregate(Grouping, int, int)} aggregates a range of rows, so threads can split the
 * work and {@linkplain PerformanceBreakdown#merge(PerformanceBreakdown) merge} the results.
 *
 * <p>Instances are immutable and thread-safe once built; the {@link Builder} is not.
 */
public final class PerformanceColumns {
  private static final int BLOCK = 8192;
  private static final long DENSE_LIMIT = 1 << 16;
  private static final PostFormat[] FORMATS = PostFormat.values();
  private static final PostPurpose[] PURPOSES = PostPurpose.values();
  private static final PaidStatus[] PAID = PaidStatus.values();
  private static final long SECONDS_PER_DAY = 86_400;
  /** Rows between flushes of the packed accumulators; their counts fit in {@link #COUNT_BITS}. */
  private static final int FLUSH_ROWS = 2 * BLOCK;
  /** Low bits of a packed accumulator that count present values; the sum is in the high bits. */
  private static final int COUNT_BITS = 15;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
  /**
   * Values below this bound can be packed: {@code FLUSH_ROWS} of them sum below 2<sup>48</sup>, the
   * room above the count bits of a non-negative long.
   */
  private static final long PACKABLE_BELOW = 1L << 34;
  /** At most this many groups use packed accumulators, so flushing them stays cheap. */
  private static final int PACKABLE_GROUPS = 4096;

  private final int size;
  private final Platform[] platforms;
  private final int[] platform;
  private final long[] epochSecond;
  private final int[] nanos;
  private final byte[] format;
  private final byte[] purpose;
  private final byte[] paid;
  private final long[][] counts;
  /** Per measure, the largest value stored, to skip overflow checks that cannot fail. */
  private final long[] maxCount;
  private final CurrencyUnit[] currencies;
  private final int[] spendCurrency;
  private final long[] spendMinor;
  private final int[] revenueCurrency;
  private final long[] revenueMinor;
  private final String[] postIds;
  private final String[] permalinks;
  /** The average video watch time in milliseconds per row, {@code MISSING} when not measured. */
  private final long[] averageWatchMillis;
  /** Labels of the account, campaign, pillar and hashtag columns; code 0 is "none". */
  private final String[] accountNames;
  private final String[] campaignNames;
  private final String[] pillarNames;
  private final String[] hashtagNames;
  private final int[] account;
  private final int[] campaign;
  private final int[] pillar;
  /** The hashtags of row r are {@code hashtagCodes[hashtagStart[r] .. hashtagStart[r + 1])}. */
  private final int[] hashtagStart;
  private final int[] hashtagCodes;
  /**
   * For the columns of a chunk of records ({@link RecordChunk}), which hold only what one grouping
   * reads: the records themselves, so {@link #record(int)} returns them. Empty otherwise.
   */
  private final List<PerformanceRecord> source;

  private PerformanceColumns(Builder b) {
    size = b.size;
    platforms = b.platforms.toArray(new Platform[0]);
    platform = trim(b.platform, size);
    epochSecond = trim(b.epochSecond, size);
    nanos = b.anyNanos ? trim(b.nanos, size) : new int[0];
    format = trim(b.format, size);
    purpose = trim(b.purpose, size);
    paid = trim(b.paid, size);
    counts = new long[Measure.COUNT][];
    for (int m = 0; m < Measure.COUNT; m++) {
      counts[m] = trim(b.counts[m], size);
    }
    maxCount = b.maxCount.clone();
    currencies = b.currencies.toArray(new CurrencyUnit[0]);
    spendCurrency = trim(b.spendCurrency, size);
    spendMinor = trim(b.spendMinor, size);
    revenueCurrency = trim(b.revenueCurrency, size);
    revenueMinor = trim(b.revenueMinor, size);
    postIds = b.anyPostId ? Arrays.copyOf(b.postIds, size) : new String[0];
    permalinks = b.anyPermalink ? Arrays.copyOf(b.permalinks, size) : new String[0];
    averageWatchMillis = b.anyAverageWatch ? trim(b.averageWatchMillis, size) : new long[0];
    accountNames = b.accounts.names();
    campaignNames = b.campaigns.names();
    pillarNames = b.pillars.names();
    hashtagNames = b.hashtags.names();
    account = trim(b.account, size);
    campaign = trim(b.campaign, size);
    pillar = trim(b.pillar, size);
    hashtagStart = trim(b.hashtagStart, size + 1);
    hashtagCodes = trim(b.hashtagCodes, b.hashtagStart[size]);
    source = List.of();
  }

  /** The columns of a chunk: shares its arrays, which may be longer than its rows. */
  private PerformanceColumns(RecordChunk c) {
    size = c.size;
    platforms = c.platforms.toArray(new Platform[0]);
    platform = c.platform;
    epochSecond = c.epochSecond;
    nanos = new int[0];
    format = c.format;
    purpose = c.purpose;
    paid = c.paid;
    counts = c.counts;
    maxCount = c.maxCount;
    currencies = c.currencies.toArray(new CurrencyUnit[0]);
    spendCurrency = c.spendCurrency;
    spendMinor = c.spendMinor;
    revenueCurrency = c.revenueCurrency;
    revenueMinor = c.revenueMinor;
    postIds = new String[0];
    permalinks = new String[0];
    averageWatchMillis = new long[0];
    accountNames = c.accounts.names();
    campaignNames = c.campaigns.names();
    pillarNames = c.pillars.names();
    hashtagNames = c.hashtags.names();
    account = c.account;
    campaign = c.campaign;
    pillar = c.pillar;
    hashtagStart = c.hashtagStart;
    hashtagCodes = c.hashtagCodes;
    source = c.records();
  }

  private static int[] trim(int[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static long[] trim(long[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static byte[] trim(byte[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(1024);
  }

  /**
   * Returns a new builder with room for a number of rows, so that building millions of rows does not
   * copy the columns as they grow.
   *
   * @param expectedRows the number of rows expected
   * @return the builder
   * @throws IllegalArgumentException if the expected number of rows is negative
   */
  public static Builder builder(int expectedRows) {
    Checks.nonNegative(expectedRows, "expectedRows");
    return new Builder(Math.max(16, expectedRows));
  }

  /**
   * Stores records in columns.
   *
   * @param records the records, in row order
   * @return the columns
   */
  public static PerformanceColumns of(Collection<PerformanceRecord> records) {
    Checks.noNullElements(records, "records");
    Builder b = builder(records.size());
    records.forEach(b::add);
    return b.build();
  }

  /**
   * Returns the number of rows.
   *
   * @return the number of records stored
   */
  public int size() {
    return size;
  }

  /**
   * Returns one row as a record; {@code of(records).record(i)} equals {@code records.get(i)}.
   *
   * @param row the row, from 0 to {@code size() - 1}
   * @return the record
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public PerformanceRecord record(int row) {
    java.util.Objects.checkIndex(row, size);
    if (!source.isEmpty()) {
      return source.get(row);
    }
    PerformanceRecord.Builder b =
        PerformanceRecord.builder()
            .platform(platforms[platform[row]])
            .publishedAt(Instant.ofEpochSecond(epochSecond[row], nanos.length == 0 ? 0 : nanos[row]))
            .format(FORMATS[format[row]])
            .purpose(PURPOSES[purpose[row]])
            .paid(PAID[paid[row]]);
    for (int m = 0; m < Measure.COUNT; m++) {
      long v = counts[m][row];
      if (v != PerformanceRecord.MISSING) {
        b.count(Measure.ofIndex(m), v);
      }
    }
    if (spendCurrency[row] >= 0) {
      b.spend(Money.ofMinor(currencies[spendCurrency[row]], spendMinor[row]));
    }
    if (revenueCurrency[row] >= 0) {
      b.revenue(Money.ofMinor(currencies[revenueCurrency[row]], revenueMinor[row]));
    }
    if (postIds.length > 0 && postIds[row] != null) {
      b.postId(postIds[row]);
    }
    if (permalinks.length > 0 && permalinks[row] != null) {
      b.permalink(permalinks[row]);
    }
    if (averageWatchMillis.length > 0 && averageWatchMillis[row] != PerformanceRecord.MISSING) {
      b.averageVideoWatchTime(java.time.Duration.ofMillis(averageWatchMillis[row]));
    }
    if (account[row] != 0) {
      b.account(accountNames[account[row]]);
    }
    if (campaign[row] != 0) {
      b.campaign(campaignNames[campaign[row]]);
    }
    if (pillar[row] != 0) {
      b.pillar(pillarNames[pillar[row]]);
    }
    for (int t = hashtagStart[row]; t < hashtagStart[row + 1]; t++) {
      b.addHashtag(hashtagNames[hashtagCodes[t]]);
    }
    return b.build();
  }

  /**
   * Summarises every row.
   *
   * @return the summary of all records
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceSummary summary() {
    return aggregate(Grouping.none()).total();
  }

  /**
   * Breaks every row down by a grouping.
   *
   * @param grouping how rows are grouped
   * @return the breakdown, equal to {@link PerformanceBreakdown#of(Grouping, Collection)} of the
   *     same records
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceBreakdown aggregate(Grouping grouping) {
    return aggregate(grouping, 0, size);
  }

  /**
   * Breaks a range of rows down by a grouping.
   *
   * @param grouping how rows are grouped
   * @param fromRow the first row, inclusive
   * @param toRow the last row, exclusive
   * @return the breakdown of the rows in {@code [fromRow, toRow)}
   * @throws IndexOutOfBoundsException if the range is not within {@code [0, size()]}
   * @throws ArithmeticException if a sum overflows a long
   */
  public PerformanceBreakdown aggregate(Grouping grouping, int fromRow, int toRow) {
    Checks.notNull(grouping, "grouping");
    java.util.Objects.checkFromToIndex(fromRow, toRow, size);
    if (fromRow == toRow) {
      return PerformanceBreakdown.empty(grouping);
    }
    return new Aggregation(grouping, fromRow, toRow).run();
  }

  /** One aggregation: the key plan, the per-group arrays and the block loop. Not thread-safe. */
  private final class Aggregation {
    private final Grouping grouping;
    private final int from;
    private final int to;
    private final Dimension[] dims;
    private final long[] radix;
    private final long[] base;
    private final @Nullable OffsetTable offsets;
    /** Epoch day of the local Monday on or before the first row; local times count from it. */
    private long mondayDay;
    private final @Nullable SlotTable slotTable;
    /** Per measure, whether a sum over the rows could overflow, so each add must be checked. */
    private final boolean[] checked = new boolean[Measure.COUNT];
    /**
     * Per measure, sum and present count packed in one long per group ({@code sum << COUNT_BITS |
     * count}), so each value costs one update instead of two; flushed every {@link #FLUSH_ROWS}
     * rows. Null for a measure whose values are too large to pack, or when groups are many.
     */
    private final long[][] packed = new long[Measure.COUNT][];
    private int rowsSinceFlush;
    private final boolean fitsInLong;
    /** The measures the grouping adds up, by index, and whether it adds up each amount. */
    private final int[] measured;
    private final boolean addsSpend;
    private final boolean addsRevenue;

    private long[] groupCount = new long[0];
    private final long[][] sums = new long[Measure.COUNT][0];
    private final long[][] present = new long[Measure.COUNT][0];
    private long[][] spendSums = new long[currencies.length][0];
    private long[][] spendByCurrency = new long[currencies.length][0];
    private long[] spendPresent = new long[0];
    private long[][] revenueSums = new long[currencies.length][0];
    private long[][] revenueByCurrency = new long[currencies.length][0];
    private long[] revenuePresent = new long[0];
    private int capacity;

    /** Whether a row counts once per hashtag, so rows are expanded into (row, hashtag) entries. */
    private final boolean byHashtag;
    /** For a grouping by hashtag: each entry's row and hashtag code (0 for a row without any). */
    private int[] entryRow = new int[0];
    private int[] entryTag = new int[0];
    /** The number of entries: rows, or (row, hashtag) pairs for a grouping by hashtag. */
    private final int entries;

    // The columns the current block reads, from index off: the stored columns themselves, or for a
    // grouping by hashtag, scratch arrays into which the block's entries were gathered.
    private int off;
    private int[] srcPlatform = platform;
    private long[] srcEpoch = epochSecond;
    private byte[] srcFormat = format;
    private byte[] srcPurpose = purpose;
    private byte[] srcPaid = paid;
    private int[] srcAccount = account;
    private int[] srcCampaign = campaign;
    private int[] srcPillar = pillar;
    private int[] srcTag = new int[0];
    private long[][] srcCounts = counts;
    private int[] srcSpendCurrency = spendCurrency;
    private long[] srcSpendMinor = spendMinor;
    private int[] srcRevenueCurrency = revenueCurrency;
    private long[] srcRevenueMinor = revenueMinor;

    Aggregation(Grouping grouping, int from, int to) {
      this.grouping = grouping;
      this.from = from;
      this.to = to;
      this.dims = grouping.dimensions().toArray(new Dimension[0]);
      this.byHashtag = grouping.uses(Dimension.HASHTAG);
      long skip = grouping.unmeasured();
      int[] kept = new int[Measure.COUNT];
      int k = 0;
      for (int m = 0; m < Measure.COUNT; m++) {
        if (Projection.measures(skip, m)) {
          kept[k++] = m;
        }
      }
      this.measured = Arrays.copyOf(kept, k);
      this.addsSpend = currencies.length > 0 && Projection.measures(skip, MoneyMeasure.SPEND);
      this.addsRevenue = currencies.length > 0 && Projection.measures(skip, MoneyMeasure.REVENUE);
      this.entries = byHashtag ? expand() : to - from;
      this.radix = new long[dims.length];
      this.base = new long[dims.length];
      ZoneId zone = grouping.zone().orElse(null);
      if (zone != null) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = from; r < to; r++) {
          long s = epochSecond[r];
          min = Math.min(min, s);
          max = Math.max(max, s);
        }
        offsets = OffsetTable.of(zone, min, max);
        long dayLo = Math.floorDiv(min + offsets.minOffset, SECONDS_PER_DAY);
        long dayHi = Math.floorDiv(max + offsets.maxOffset, SECONDS_PER_DAY);
        mondayDay = weekOf(dayLo) * 7 - 3;
        for (int d = 0; d < dims.length; d++) {
          switch (dims[d]) {
            case DAY:
              base[d] = dayLo;
              radix[d] = dayHi - dayLo + 1;
              break;
            case WEEK:
              base[d] = weekOf(dayLo);
              radix[d] = weekOf(dayHi) - base[d] + 1;
              break;
            case MONTH:
              base[d] = monthOf(dayLo);
              radix[d] = monthOf(dayHi) - base[d] + 1;
              break;
            default:
              break;
          }
        }
      } else {
        offsets = null;
      }
      long cells = 1;
      boolean fits = true;
      for (int d = 0; d < dims.length; d++) {
        switch (dims[d]) {
          case PLATFORM:
            radix[d] = Math.max(1, platforms.length);
            break;
          case FORMAT:
            radix[d] = FORMATS.length;
            break;
          case PURPOSE:
            radix[d] = PURPOSES.length;
            break;
          case PAID:
            radix[d] = PAID.length;
            break;
          case TIME_OF_WEEK:
            radix[d] = TimeOfWeek.HOURS_PER_WEEK;
            break;
          case ACCOUNT:
            radix[d] = accountNames.length;
            break;
          case CAMPAIGN:
            radix[d] = campaignNames.length;
            break;
          case PILLAR:
            radix[d] = pillarNames.length;
            break;
          case HASHTAG:
            radix[d] = hashtagNames.length;
            break;
          default:
            break;
        }
        if (fits && cells > Long.MAX_VALUE / radix[d]) {
          fits = false;
        }
        cells = fits ? cells * radix[d] : cells;
      }
      fitsInLong = fits;
      for (int m : measured) {
        // (to - from) values of at most maxCount[m] cannot overflow when their product fits.
        checked[m] = maxCount[m] > 0 && (long) entries > Long.MAX_VALUE / maxCount[m];
      }
      boolean dense = fits && cells <= DENSE_LIMIT;
      slotTable = dense ? null : new SlotTable();
      allocate(dense ? (int) cells : 256);
      if (dense && cells <= PACKABLE_GROUPS) {
        for (int m : measured) {
          if (maxCount[m] < PACKABLE_BELOW) {
            packed[m] = new long[(int) cells];
          }
        }
      }
    }

    /** Lists the (row, hashtag) entries of the range and returns how many there are. */
    private int expand() {
      long n = 0;
      for (int r = from; r < to; r++) {
        n += Math.max(1, hashtagStart[r + 1] - hashtagStart[r]);
      }
      if (n > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException(
            "too many (post, hashtag) pairs to group by hashtag at once: " + n
                + "; aggregate row ranges and merge the breakdowns");
      }
      entryRow = new int[(int) n];
      entryTag = new int[(int) n];
      int e = 0;
      for (int r = from; r < to; r++) {
        int first = hashtagStart[r];
        int last = hashtagStart[r + 1];
        if (first == last) {
          entryRow[e++] = r;
        }
        for (int t = first; t < last; t++) {
          entryRow[e] = r;
          entryTag[e++] = hashtagCodes[t];
        }
      }
      return (int) n;
    }

    /** Points the block source at the stored columns, from a row. */
    private void point(int row) {
      off = row;
    }

    /** Gathers entries [first, first + n) into the scratch columns. */
    private void gather(int first, int n) {
      if (srcTag.length == 0) {
        srcPlatform = new int[BLOCK];
        srcEpoch = new long[BLOCK];
        srcFormat = new byte[BLOCK];
        srcPurpose = new byte[BLOCK];
        srcPaid = new byte[BLOCK];
        srcAccount = new int[BLOCK];
        srcCampaign = new int[BLOCK];
        srcPillar = new int[BLOCK];
        srcTag = new int[BLOCK];
        srcCounts = new long[Measure.COUNT][BLOCK];
        srcSpendCurrency = new int[BLOCK];
        srcSpendMinor = new long[BLOCK];
        srcRevenueCurrency = new int[BLOCK];
        srcRevenueMinor = new long[BLOCK];
      }
      off = 0;
      // Only the columns this aggregation reads: a chunk's columns hold nothing else.
      for (int i = 0; i < n; i++) {
        srcTag[i] = entryTag[first + i];
      }
      for (Dimension d : dims) {
        switch (d) {
          case PLATFORM:
            gather(platform, srcPlatform, first, n);
            break;
          case ACCOUNT:
            gather(account, srcAccount, first, n);
            break;
          case CAMPAIGN:
            gather(campaign, srcCampaign, first, n);
            break;
          case PILLAR:
            gather(pillar, srcPillar, first, n);
            break;
          case FORMAT:
            gather(format, srcFormat, first, n);
            break;
          case PURPOSE:
            gather(purpose, srcPurpose, first, n);
            break;
          case PAID:
            gather(paid, srcPaid, first, n);
            break;
          default:
            break;
        }
      }
      if (offsets != null) {
        for (int i = 0; i < n; i++) {
          srcEpoch[i] = epochSecond[entryRow[first + i]];
        }
      }
      if (addsSpend) {
        gather(spendCurrency, srcSpendCurrency, first, n);
        for (int i = 0; i < n; i++) {
          srcSpendMinor[i] = spendMinor[entryRow[first + i]];
        }
      }
      if (addsRevenue) {
        gather(revenueCurrency, srcRevenueCurrency, first, n);
        for (int i = 0; i < n; i++) {
          srcRevenueMinor[i] = revenueMinor[entryRow[first + i]];
        }
      }
      for (int m : measured) {
        long[] column = counts[m];
        long[] into = srcCounts[m];
        for (int i = 0; i < n; i++) {
          into[i] = column[entryRow[first + i]];
        }
      }
    }

    private void gather(int[] column, int[] into, int first, int n) {
      for (int i = 0; i < n; i++) {
        into[i] = column[entryRow[first + i]];
      }
    }

    private void gather(byte[] column, byte[] into, int first, int n) {
      for (int i = 0; i < n; i++) {
        into[i] = column[entryRow[first + i]];
      }
    }

    private void allocate(int newCapacity) {
      // Only the measures added up get arrays: a chunk of records allocates these per chunk.
      groupCount = grow(groupCount, newCapacity);
      for (int m : measured) {
        sums[m] = grow(sums[m], newCapacity);
        present[m] = grow(present[m], newCapacity);
      }
      if (addsSpend) {
        spendSums = grow(spendSums, newCapacity);
        spendByCurrency = grow(spendByCurrency, newCapacity);
        spendPresent = grow(spendPresent, newCapacity);
      }
      if (addsRevenue) {
        revenueSums = grow(revenueSums, newCapacity);
        revenueByCurrency = grow(revenueByCurrency, newCapacity);
        revenuePresent = grow(revenuePresent, newCapacity);
      }
      capacity = newCapacity;
    }

    private long[] grow(long[] a, int n) {
      return Arrays.copyOf(a, n);
    }

    private long[][] grow(long[][] a, int n) {
      long[][] out = new long[a.length][];
      for (int c = 0; c < a.length; c++) {
        out[c] = Arrays.copyOf(a[c], n);
      }
      return out;
    }

    PerformanceBreakdown run() {
      if (!fitsInLong) {
        BreakdownAccumulator acc = new BreakdownAccumulator(grouping);
        for (int r = from; r < to; r++) {
          acc.addNow(record(r));
        }
        return acc.snapshot();
      }
      sumAll();
      return toBreakdown();
    }

    /**
     * Adds the rows to an accumulator of the same grouping, without building summaries: each group's
     * accumulator is found once per call, through the fold's cache when the key plan is unchanged.
     *
     * @return how many group keys were built (not found in the fold's cache)
     */
    int runInto(BreakdownAccumulator into, Fold fold) {
      if (!fitsInLong) {
        for (int r = from; r < to; r++) {
          into.addNow(record(r));
        }
        return to - from;
      }
      int keysMade = 0;
      sumAll();
      int slots = slotTable == null ? capacity : slotTable.size();
      PerformanceAccumulator[] bySlot = fold.plan(radix, base, slotTable == null ? slots : 0);
      for (int c = 0; c < slots; c++) {
        if (groupCount[c] == 0) {
          continue;
        }
        long composite = slotTable == null ? c : slotTable.keyAt(c);
        PerformanceAccumulator a = bySlot.length > 0 ? bySlot[c] : null;
        if (a == null) {
          keysMade++;
          a = into.group(keyOf(composite));
          if (bySlot.length > 0) {
            bySlot[c] = a;
          }
        }
        a.count = Math.addExact(a.count, groupCount[c]);
        for (int m : measured) {
          a.sums[m] = Math.addExact(a.sums[m], sums[m][c]);
          a.present[m] += present[m][c];
        }
        if (addsSpend) {
          for (int cur = 0; cur < currencies.length; cur++) {
            if (spendByCurrency[cur][c] > 0) {
              a.spend.merge(
                  currencies[cur], Money.ofMinor(currencies[cur], spendSums[cur][c]), Money::plus);
            }
          }
          a.spendPresent += spendPresent[c];
        }
        if (addsRevenue) {
          for (int cur = 0; cur < currencies.length; cur++) {
            if (revenueByCurrency[cur][c] > 0) {
              a.revenue.merge(
                  currencies[cur],
                  Money.ofMinor(currencies[cur], revenueSums[cur][c]),
                  Money::plus);
            }
          }
          a.revenuePresent += revenuePresent[c];
        }
      }
      return keysMade;
    }

    private void sumAll() {
      long[] key = new long[BLOCK];
      long[] local = new long[offsets == null ? 0 : BLOCK];
      int[] slot = new int[BLOCK];
      for (int start = 0; start < entries; start += BLOCK) {
        int n = Math.min(BLOCK, entries - start);
        if (byHashtag) {
          gather(start, n);
        } else {
          point(from + start);
        }
        if (offsets != null) {
          offsets.localTimes(srcEpoch, off, n, local, mondayDay * SECONDS_PER_DAY);
        }
        Arrays.fill(key, 0, n, 0L);
        for (int d = 0; d < dims.length; d++) {
          computeKeyPart(d, n, key, local);
        }
        if (slotTable == null) {
          for (int i = 0; i < n; i++) {
            slot[i] = (int) key[i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            slot[i] = slotTable.slotOf(key[i]);
          }
          if (slotTable.size() > capacity) {
            allocate(Math.max(slotTable.size(), capacity * 2));
          }
        }
        addBlock(n, slot);
        rowsSinceFlush += n;
        if (rowsSinceFlush + BLOCK > FLUSH_ROWS) {
          flushPacked();
        }
      }
      flushPacked();
    }

    private void computeKeyPart(int d, int n, long[] key, long[] local) {
      long r = radix[d];
      long b = base[d];
      int start = off;
      switch (dims[d]) {
        case PLATFORM:
          addKeyPart(key, n, r, srcPlatform, start);
          break;
        case FORMAT:
          byte[] formatColumn = srcFormat;
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + formatColumn[start + i];
          }
          break;
        case PURPOSE:
          byte[] purposeColumn = srcPurpose;
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + purposeColumn[start + i];
          }
          break;
        case PAID:
          byte[] paidColumn = srcPaid;
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + paidColumn[start + i];
          }
          break;
        case ACCOUNT:
          addKeyPart(key, n, r, srcAccount, start);
          break;
        case CAMPAIGN:
          addKeyPart(key, n, r, srcCampaign, start);
          break;
        case PILLAR:
          addKeyPart(key, n, r, srcPillar, start);
          break;
        case HASHTAG:
          addKeyPart(key, n, r, srcTag, start);
          break;
        case TIME_OF_WEEK:
          // local[i] counts seconds from a local Monday 00:00, so it is never negative.
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + (local[i] / 3600) % TimeOfWeek.HOURS_PER_WEEK;
          }
          break;
        case DAY:
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + mondayDay + local[i] / SECONDS_PER_DAY - b;
          }
          break;
        case WEEK:
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + weekOf(mondayDay) + local[i] / (7 * SECONDS_PER_DAY) - b;
          }
          break;
        case MONTH:
          for (int i = 0; i < n; i++) {
            key[i] = key[i] * r + monthOf(mondayDay + local[i] / SECONDS_PER_DAY) - b;
          }
          break;
        default:
          throw new AssertionError(dims[d]);
      }
    }

    private void addKeyPart(long[] key, int n, long r, int[] column, int start) {
      for (int i = 0; i < n; i++) {
        key[i] = key[i] * r + column[start + i];
      }
    }

    private void addBlock(int n, int[] slot) {
      int start = off;
      long[] gc = groupCount;
      for (int i = 0; i < n; i++) {
        gc[slot[i]]++;
      }
      for (int m : measured) {
        long[] column = srcCounts[m];
        long[] pk = packed[m];
        if (pk != null) {
          for (int i = 0; i < n; i++) {
            long v = column[start + i];
            long keep = ~(v >> 63);
            pk[slot[i]] += ((v & keep) << COUNT_BITS) + (keep & 1);
          }
          continue;
        }
        long[] s = sums[m];
        long[] p = present[m];
        // Branch-free: keep is all ones for a present value, zero for the missing marker (-1).
        if (checked[m]) {
          for (int i = 0; i < n; i++) {
            long v = column[start + i];
            long keep = ~(v >> 63);
            int c = slot[i];
            s[c] = Math.addExact(s[c], v & keep);
            p[c] += keep & 1;
          }
        } else {
          for (int i = 0; i < n; i++) {
            long v = column[start + i];
            long keep = ~(v >> 63);
            int c = slot[i];
            s[c] += v & keep;
            p[c] += keep & 1;
          }
        }
      }
      if (addsSpend) {
        addMoney(
            start, n, slot, srcSpendCurrency, srcSpendMinor, spendSums, spendByCurrency,
            spendPresent);
      }
      if (addsRevenue) {
        addMoney(
            start, n, slot, srcRevenueCurrency, srcRevenueMinor, revenueSums, revenueByCurrency,
            revenuePresent);
      }
    }

    private void flushPacked() {
      for (int m : measured) {
        long[] pk = packed[m];
        if (pk == null) {
          continue;
        }
        long[] s = sums[m];
        long[] p = present[m];
        for (int c = 0; c < pk.length; c++) {
          long x = pk[c];
          if (x != 0) {
            s[c] = Math.addExact(s[c], x >>> COUNT_BITS);
            p[c] += x & COUNT_MASK;
            pk[c] = 0;
          }
        }
      }
      rowsSinceFlush = 0;
    }

    private void addMoney(
        int start,
        int n,
        int[] slot,
        int[] currency,
        long[] minor,
        long[][] totals,
        long[][] byCurrency,
        long[] presentCount) {
      // Branch-free: a missing amount (currency -1) adds zero to currency 0's arrays.
      for (int i = 0; i < n; i++) {
        int cur = currency[start + i];
        int keep = ~(cur >> 31);
        long keepLong = keep;
        int c = slot[i];
        int k = cur & keep;
        totals[k][c] = Math.addExact(totals[k][c], minor[start + i] & keepLong);
        byCurrency[k][c] += keep & 1;
        presentCount[c] += keep & 1;
      }
    }

    private PerformanceBreakdown toBreakdown() {
      TreeMap<GroupKey, PerformanceSummary> groups = new TreeMap<>();
      int slots = slotTable == null ? capacity : slotTable.size();
      for (int c = 0; c < slots; c++) {
        if (groupCount[c] == 0) {
          continue;
        }
        long[] s = new long[Measure.COUNT];
        long[] p = new long[Measure.COUNT];
        for (int m : measured) {
          s[m] = sums[m][c];
          p[m] = present[m][c];
        }
        TreeMap<CurrencyUnit, Money> spend = new TreeMap<>();
        TreeMap<CurrencyUnit, Money> revenue = new TreeMap<>();
        for (int cur = 0; cur < currencies.length; cur++) {
          if (addsSpend && spendByCurrency[cur][c] > 0) {
            spend.put(currencies[cur], Money.ofMinor(currencies[cur], spendSums[cur][c]));
          }
          if (addsRevenue && revenueByCurrency[cur][c] > 0) {
            revenue.put(currencies[cur], Money.ofMinor(currencies[cur], revenueSums[cur][c]));
          }
        }
        long composite = slotTable == null ? c : slotTable.keyAt(c);
        groups.put(
            keyOf(composite),
            new PerformanceSummary(
                groupCount[c],
                s,
                p,
                spend,
                revenue,
                addsSpend ? spendPresent[c] : 0,
                addsRevenue ? revenuePresent[c] : 0,
                grouping.unmeasured()));
      }
      return new PerformanceBreakdown(grouping, groups);
    }

    private GroupKey keyOf(long composite) {
      GroupKey key = GroupKey.empty();
      long rest = composite;
      long[] parts = new long[dims.length];
      for (int d = dims.length - 1; d >= 0; d--) {
        parts[d] = rest % radix[d];
        rest /= radix[d];
      }
      for (int d = 0; d < dims.length; d++) {
        long part = parts[d];
        switch (dims[d]) {
          case PLATFORM:
            key = key.withPlatform(platforms[(int) part]);
            break;
          case FORMAT:
            key = key.withFormat(FORMATS[(int) part]);
            break;
          case PURPOSE:
            key = key.withPurpose(PURPOSES[(int) part]);
            break;
          case PAID:
            key = key.withPaid(PAID[(int) part]);
            break;
          case TIME_OF_WEEK:
            key = key.withTimeOfWeek(TimeOfWeek.ofIndex((int) part));
            break;
          case ACCOUNT:
            key = part == 0 ? key : key.withAccount(accountNames[(int) part]);
            break;
          case CAMPAIGN:
            key = part == 0 ? key : key.withCampaign(campaignNames[(int) part]);
            break;
          case PILLAR:
            key = part == 0 ? key : key.withPillar(pillarNames[(int) part]);
            break;
          case HASHTAG:
            key = part == 0 ? key : key.withHashtag(hashtagNames[(int) part]);
            break;
          case DAY:
            key = key.withDay(LocalDate.ofEpochDay(base[d] + part));
            break;
          case WEEK:
            key = key.withWeek(YearWeek.from(LocalDate.ofEpochDay((base[d] + part) * 7 - 3)));
            break;
          case MONTH:
            long months = base[d] + part;
            key =
                key.withMonth(
                    YearMonth.of((int) Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1));
            break;
          default:
            throw new AssertionError(dims[d]);
        }
      }
      return key;
    }
  }

  /** The number of the Monday-to-Sunday week holding an epoch day (epoch day 0 was a Thursday). */
  static long weekOf(long epochDay) {
    return Math.floorDiv(epochDay + 3, 7);
  }

  /**
   * Year × 12 + month − 1 of an epoch day, by Howard Hinnant's {@code civil_from_days} (proleptic
   * Gregorian calendar, as {@link LocalDate#ofEpochDay(long)}).
   */
  static long monthOf(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + month - 1;
  }

  /**
   * Adds records to an accumulator through the columnar kernel: the records are copied, a chunk at a
   * time, into columns holding only what the accumulator's grouping reads (its key parts and the
   * measures it adds up), and each chunk is summed like stored columns. No object is created per
   * record; the chunk's arrays and dictionaries are reused from chunk to chunk.
   */
  static final class RecordChunk {
    /** The most rows a chunk holds. */
    static final int ROWS = 1 << 16;

    /**
     * Rows summed at a time while the key plan holds from chunk to chunk: few enough that the
     * chunk's columns stay in a core's cache between being filled and being summed.
     */
    static final int CACHED_ROWS = 8192;

    private final Grouping grouping;
    private final boolean needTime;
    private final boolean needPlatform;
    private final boolean needFormat;
    private final boolean needPurpose;
    private final boolean needPaid;
    private final boolean needAccount;
    private final boolean needCampaign;
    private final boolean needPillar;
    private final boolean needHashtags;
    private final int[] measured;
    /** Bit m set when {@link #measured} holds m. */
    private final int measuredMask;
    /** The code of each well-known platform ({@link PerformanceRecord#platformSlot()}), or -1. */
    private final int[] platformOfSlot = new int[Platform.wellKnown().size()];
    private final boolean needSpend;
    private final boolean needRevenue;
    private final Fold fold = new Fold();

    /** The records of the rows added one at a time; empty until the first {@link #add}. */
    private PerformanceRecord[] rows = new PerformanceRecord[0];
    /**
     * The list whose records from index {@link #listFrom} are the rows, when they were copied by
     * {@link #addAll}; null when they were added one at a time and {@link #rows} holds them.
     */
    private @Nullable List<PerformanceRecord> list;
    private int listFrom;
    /** Whether a row's record keeps its counts wide, above what an {@code int} holds. */
    private boolean anyWide;
    /** The most rows the chunk can hold. */
    final int capacity;
    int size;
    /** Rows summed at a time: {@link #CACHED_ROWS}, more when groups are many per chunk. */
    private int limit;
    final List<Platform> platforms = new ArrayList<>();
    private final Map<Platform, Integer> platformIndex = new HashMap<>();
    final List<CurrencyUnit> currencies = new ArrayList<>();
    private final Map<CurrencyUnit, Integer> currencyIndex = new HashMap<>();
    final Labels accounts = new Labels();
    final Labels campaigns = new Labels();
    final Labels pillars = new Labels();
    final Labels hashtags = new Labels();
    final int[] platform;
    final long[] epochSecond;
    final byte[] format;
    final byte[] purpose;
    final byte[] paid;
    final long[][] counts = new long[Measure.COUNT][];
    final long[] maxCount = new long[Measure.COUNT];
    final int[] spendCurrency;
    final long[] spendMinor;
    final int[] revenueCurrency;
    final long[] revenueMinor;
    final int[] account;
    final int[] campaign;
    final int[] pillar;
    final int[] hashtagStart;
    int[] hashtagCodes = new int[0];

    RecordChunk(Grouping grouping, int capacity) {
      this.grouping = grouping;
      needTime = grouping.zone().isPresent();
      needPlatform = grouping.uses(Dimension.PLATFORM);
      needFormat = grouping.uses(Dimension.FORMAT);
      needPurpose = grouping.uses(Dimension.PURPOSE);
      needPaid = grouping.uses(Dimension.PAID);
      needAccount = grouping.uses(Dimension.ACCOUNT);
      needCampaign = grouping.uses(Dimension.CAMPAIGN);
      needPillar = grouping.uses(Dimension.PILLAR);
      needHashtags = grouping.uses(Dimension.HASHTAG);
      long skip = grouping.unmeasured();
      int[] kept = new int[Measure.COUNT];
      int k = 0;
      for (int m = 0; m < Measure.COUNT; m++) {
        counts[m] = new long[0];
        if (Projection.measures(skip, m)) {
          kept[k++] = m;
          counts[m] = new long[capacity];
        }
      }
      measured = Arrays.copyOf(kept, k);
      int mask = 0;
      for (int m : measured) {
        mask |= 1 << m;
      }
      measuredMask = mask;
      Arrays.fill(platformOfSlot, -1);
      needSpend = Projection.measures(skip, MoneyMeasure.SPEND);
      needRevenue = Projection.measures(skip, MoneyMeasure.REVENUE);
      this.capacity = capacity;
      limit = Math.min(capacity, CACHED_ROWS);
      platform = new int[needPlatform ? capacity : 0];
      epochSecond = new long[needTime ? capacity : 0];
      format = new byte[needFormat ? capacity : 0];
      purpose = new byte[needPurpose ? capacity : 0];
      paid = new byte[needPaid ? capacity : 0];
      spendCurrency = new int[needSpend ? capacity : 0];
      spendMinor = new long[needSpend ? capacity : 0];
      revenueCurrency = new int[needRevenue ? capacity : 0];
      revenueMinor = new long[needRevenue ? capacity : 0];
      account = new int[needAccount ? capacity : 0];
      campaign = new int[needCampaign ? capacity : 0];
      pillar = new int[needPillar ? capacity : 0];
      hashtagStart = new int[needHashtags ? capacity + 1 : 0];
    }

    /** Whether the chunk is full. */
    boolean isFull() {
      return size == limit;
    }

    /** Copies a record's fields into the next row; not after {@link #addAll} before a flush. */
    void add(PerformanceRecord record) {
      if (rows.length == 0) {
        rows = new PerformanceRecord[capacity];
      }
      int row = size;
      rows[row] = record;
      copy(record, row);
      size++;
    }

    /**
     * Copies the records of a list from an index into the rows of an empty chunk, as many as fit.
     * The chunk keeps the list rather than each record: storing a reference per row would cost
     * a garbage collector's write barrier and clearing the array afterwards.
     *
     * @return how many records were copied
     */
    int addAll(List<PerformanceRecord> from, int index) {
      int n = Math.min(limit, from.size() - index);
      list = from;
      listFrom = index;
      for (int row = 0; row < n; row++) {
        copy(from.get(index + row), row);
      }
      size = n;
      return n;
    }

    /** The record of a row. */
    PerformanceRecord record(int row) {
      return list != null ? list.get(listFrom + row) : rows[row];
    }

    /** The records of the rows, in row order. */
    List<PerformanceRecord> records() {
      return list != null
          ? list.subList(listFrom, listFrom + size)
          : Arrays.asList(rows).subList(0, size);
    }

    /** Copies a record's fields into a row. */
    private void copy(PerformanceRecord record, int row) {
      if (needPlatform) {
        int slot = record.platformSlot();
        int code = slot >= 0 ? platformOfSlot[slot] : -1;
        if (code < 0) {
          code = platformCode(record.platform());
          if (slot >= 0) {
            platformOfSlot[slot] = code;
          }
        }
        platform[row] = code;
      }
      if (needTime) {
        epochSecond[row] = record.epochSecond();
      }
      if (needFormat) {
        format[row] = (byte) record.formatOrdinal();
      }
      if (needPurpose) {
        purpose[row] = (byte) record.purposeOrdinal();
      }
      if (needPaid) {
        paid[row] = (byte) record.paidOrdinal();
      }
      anyWide |= record.copyCounts(measuredMask, counts, row);
      if (needSpend) {
        Money spend = record.rawSpend();
        spendCurrency[row] = spend == null ? -1 : currency(spend.getCurrencyUnit());
        spendMinor[row] = spend == null ? 0 : spend.getAmountMinorLong();
      }
      if (needRevenue) {
        Money revenue = record.rawRevenue();
        revenueCurrency[row] = revenue == null ? -1 : currency(revenue.getCurrencyUnit());
        revenueMinor[row] = revenue == null ? 0 : revenue.getAmountMinorLong();
      }
      if (needAccount) {
        account[row] = accounts.code(record.rawAccount());
      }
      if (needCampaign) {
        campaign[row] = campaigns.code(record.rawCampaign());
      }
      if (needPillar) {
        pillar[row] = pillars.code(record.rawPillar());
      }
      if (needHashtags) {
        List<String> tags = record.hashtags();
        int first = hashtagStart[row];
        if (first + tags.size() > hashtagCodes.length) {
          hashtagCodes =
              Arrays.copyOf(hashtagCodes, Math.max(first + tags.size(), 2 * first + 16));
        }
        for (int t = 0; t < tags.size(); t++) {
          hashtagCodes[first + t] = hashtags.code(tags.get(t));
        }
        hashtagStart[row + 1] = first + tags.size();
      }
    }

    private int platformCode(Platform p) {
      // Platforms are few: a scan by identity beats hashing for the common, shared instances.
      for (int i = 0; i < platforms.size(); i++) {
        if (platforms.get(i) == p) {
          return i;
        }
      }
      Integer known = platformIndex.get(p);
      if (known != null) {
        return known;
      }
      platforms.add(p);
      platformIndex.put(p, platforms.size() - 1);
      return platforms.size() - 1;
    }

    private int currency(CurrencyUnit unit) {
      Integer known = currencyIndex.get(unit);
      if (known != null) {
        return known;
      }
      currencies.add(unit);
      currencyIndex.put(unit, currencies.size() - 1);
      return currencies.size() - 1;
    }

    /** Sums the rows added since the last flush into an accumulator, and empties the chunk. */
    void flushInto(BreakdownAccumulator into) {
      if (size == 0) {
        return;
      }
      // The largest counts, found here in a loop the JIT can vectorise rather than per record. A
      // record holds every count but watch time in an int unless it says it is wide, and the kernel
      // only asks whether a count can overflow a sum or be packed with its present count: the int
      // bound answers both as the true maximum would, without reading the column.
      for (int m : measured) {
        if (anyWide || m == Measure.VIDEO_WATCH_TIME.ordinal()) {
          long[] column = counts[m];
          long max = 0;
          for (int row = 0; row < size; row++) {
            max = Math.max(max, column[row]);
          }
          maxCount[m] = max;
        } else {
          maxCount[m] = Integer.MAX_VALUE;
        }
      }
      PerformanceColumns columns = new PerformanceColumns(this);
      int keysMade = columns.new Aggregation(grouping, 0, size).runInto(into, fold);
      if (keysMade * 16L > size) {
        // Group keys rebuilt for many of the rows (the plan changed, or groups are many): larger
        // chunks spread that cost over more rows.
        limit = Math.min(capacity, limit * 4);
      }
      if (list == null) {
        Arrays.fill(rows, 0, size, null);
      }
      list = null;
      anyWide = false;
      Arrays.fill(maxCount, 0);
      size = 0;
    }
  }

  /**
   * Remembers, from one chunk to the next, which accumulator each dense group slot feeds, while the
   * key plan (radices and bases of the key parts) stays the same; dictionaries only grow, so an
   * unchanged plan decodes a slot to the same key.
   */
  static final class Fold {
    private long[] radix = new long[0];
    private long[] base = new long[0];
    private PerformanceAccumulator[] bySlot = new PerformanceAccumulator[0];

    /** The slots' accumulators for a plan, cleared when the plan changed; empty for sparse slots. */
    PerformanceAccumulator[] plan(long[] newRadix, long[] newBase, int denseSlots) {
      if (!Arrays.equals(radix, newRadix)
          || !Arrays.equals(base, newBase)
          || bySlot.length != denseSlots) {
        radix = newRadix.clone();
        base = newBase.clone();
        bySlot = new PerformanceAccumulator[denseSlots];
      }
      return bySlot;
    }
  }

  /** A dictionary of labels: code 0 stands for "none", codes from 1 for labels as first seen. */
  private static final class Labels {
    private final List<String> names = new ArrayList<>(List.of(""));
    private final Map<String, Integer> codes = new HashMap<>();

    int code(Optional<String> label) {
      return code(label.orElse(null));
    }

    int code(@Nullable String label) {
      if (label == null) {
        return 0;
      }
      Integer known = codes.get(label);
      if (known != null) {
        return known;
      }
      names.add(label);
      codes.put(label, names.size() - 1);
      return names.size() - 1;
    }

    String[] names() {
      return names.toArray(new String[0]);
    }
  }

  /**
   * Builds {@link PerformanceColumns} row by row. Not thread-safe; {@link #build()} hands the
   * arrays over, so the builder must not be used afterwards.
   */
  public static final class Builder {
    private int size;
    private int capacity;
    private final List<Platform> platforms = new ArrayList<>();
    private final Map<Platform, Integer> platformIndex = new HashMap<>();
    private final List<CurrencyUnit> currencies = new ArrayList<>();
    private final Map<CurrencyUnit, Integer> currencyIndex = new HashMap<>();
    private int[] platform;
    private long[] epochSecond;
    private int[] nanos;
    private boolean anyNanos;
    private byte[] format;
    private byte[] purpose;
    private byte[] paid;
    private final long[][] counts = new long[Measure.COUNT][];
    private final long[] maxCount = new long[Measure.COUNT];
    private int[] spendCurrency;
    private long[] spendMinor;
    private int[] revenueCurrency;
    private long[] revenueMinor;
    private String[] postIds;
    private boolean anyPostId;
    private String[] permalinks;
    private boolean anyPermalink;
    private long[] averageWatchMillis;
    private boolean anyAverageWatch;
    private final Labels accounts = new Labels();
    private final Labels campaigns = new Labels();
    private final Labels pillars = new Labels();
    private final Labels hashtags = new Labels();
    private int[] account;
    private int[] campaign;
    private int[] pillar;
    private int[] hashtagStart;
    private int[] hashtagCodes = new int[16];
    private boolean built;

    Builder(int capacity) {
      this.capacity = capacity;
      platform = new int[capacity];
      epochSecond = new long[capacity];
      nanos = new int[capacity];
      format = new byte[capacity];
      purpose = new byte[capacity];
      paid = new byte[capacity];
      for (int m = 0; m < Measure.COUNT; m++) {
        counts[m] = new long[capacity];
      }
      spendCurrency = new int[capacity];
      spendMinor = new long[capacity];
      revenueCurrency = new int[capacity];
      revenueMinor = new long[capacity];
      postIds = new String[capacity];
      permalinks = new String[capacity];
      averageWatchMillis = new long[capacity];
      account = new int[capacity];
      campaign = new int[capacity];
      pillar = new int[capacity];
      hashtagStart = new int[capacity + 1];
    }

    /**
     * Appends a record as the next row.
     *
     * @param record the record
     * @return this builder
     * @throws IllegalStateException if {@link #build()} was called
     * @throws ArithmeticException if an amount has more minor units than a long holds
     */
    public Builder add(PerformanceRecord record) {
      Checks.notNull(record, "record");
      if (built) {
        throw new IllegalStateException("PerformanceColumns.Builder was already built");
      }
      if (size == capacity) {
        grow();
      }
      int row = size;
      platform[row] = platformIndex.computeIfAbsent(record.platform(), p -> {
        platforms.add(p);
        return platforms.size() - 1;
      });
      epochSecond[row] = record.epochSecond();
      nanos[row] = record.nano();
      anyNanos |= record.nano() != 0;
      format[row] = (byte) record.formatOrdinal();
      purpose[row] = (byte) record.purposeOrdinal();
      paid[row] = (byte) record.paidOrdinal();
      for (int m = 0; m < Measure.COUNT; m++) {
        long v = record.rawCount(m);
        counts[m][row] = v;
        maxCount[m] = Math.max(maxCount[m], v);
      }
      spendCurrency[row] = -1;
      record.spend().ifPresent(money -> {
        spendCurrency[row] = currency(money.getCurrencyUnit());
        spendMinor[row] = money.getAmountMinorLong();
      });
      revenueCurrency[row] = -1;
      record.revenue().ifPresent(money -> {
        revenueCurrency[row] = currency(money.getCurrencyUnit());
        revenueMinor[row] = money.getAmountMinorLong();
      });
      if (record.postId().isPresent()) {
        postIds[row] = record.postId().get();
        anyPostId = true;
      }
      if (record.permalink().isPresent()) {
        permalinks[row] = record.permalink().get();
        anyPermalink = true;
      }
      averageWatchMillis[row] = record.rawAverageVideoWatchMillis();
      anyAverageWatch |= averageWatchMillis[row] != PerformanceRecord.MISSING;
      account[row] = accounts.code(record.account());
      campaign[row] = campaigns.code(record.campaign());
      pillar[row] = pillars.code(record.pillar());
      List<String> tags = record.hashtags();
      int first = hashtagStart[row];
      if (first + tags.size() > hashtagCodes.length) {
        hashtagCodes = Arrays.copyOf(hashtagCodes, Math.max(first + tags.size(), first * 2));
      }
      for (int t = 0; t < tags.size(); t++) {
        hashtagCodes[first + t] = hashtags.code(Optional.of(tags.get(t)));
      }
      hashtagStart[row + 1] = first + tags.size();
      size++;
      return this;
    }

    private int currency(CurrencyUnit unit) {
      return currencyIndex.computeIfAbsent(unit, u -> {
        currencies.add(u);
        return currencies.size() - 1;
      });
    }

    private void grow() {
      int n = capacity > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE - 8 : capacity * 2;
      if (n <= capacity) {
        throw new IllegalStateException("PerformanceColumns holds at most " + capacity + " rows");
      }
      platform = Arrays.copyOf(platform, n);
      epochSecond = Arrays.copyOf(epochSecond, n);
      nanos = Arrays.copyOf(nanos, n);
      format = Arrays.copyOf(format, n);
      purpose = Arrays.copyOf(purpose, n);
      paid = Arrays.copyOf(paid, n);
      for (int m = 0; m < Measure.COUNT; m++) {
        counts[m] = Arrays.copyOf(counts[m], n);
      }
      spendCurrency = Arrays.copyOf(spendCurrency, n);
      spendMinor = Arrays.copyOf(spendMinor, n);
      revenueCurrency = Arrays.copyOf(revenueCurrency, n);
      revenueMinor = Arrays.copyOf(revenueMinor, n);
      postIds = Arrays.copyOf(postIds, n);
      permalinks = Arrays.copyOf(permalinks, n);
      averageWatchMillis = Arrays.copyOf(averageWatchMillis, n);
      account = Arrays.copyOf(account, n);
      campaign = Arrays.copyOf(campaign, n);
      pillar = Arrays.copyOf(pillar, n);
      hashtagStart = Arrays.copyOf(hashtagStart, n + 1);
      capacity = n;
    }

    /**
     * Returns the number of rows added so far.
     *
     * @return the row count
     */
    public int size() {
      return size;
    }

    /**
     * Builds the columns. The builder cannot be used afterwards.
     *
     * @return the columns
     * @throws IllegalStateException if already built
     */
    public PerformanceColumns build() {
      if (built) {
        throw new IllegalStateException("PerformanceColumns.Builder was already built");
      }
      built = true;
      return new PerformanceColumns(this);
    }
  }
}
