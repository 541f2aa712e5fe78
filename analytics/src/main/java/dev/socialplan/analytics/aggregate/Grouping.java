package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.timing.TimeOfWeek;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.YearWeek;

/**
 * How a {@link PerformanceBreakdown} groups records: a set of {@link Dimension}s and, when a
 * dimension is time-based, the time zone in which the local weekday, hour, day, week and month are
 * taken (the account's zone, so "Tuesday 9:00" means 9:00 where the audience is).
 *
 * <p>{@code Grouping.by(zone, Dimension.PLATFORM, Dimension.TIME_OF_WEEK)} groups by platform ×
 * local weekday × hour. Weeks are ISO-8601 weeks (Monday to Sunday, numbered in the week-based year;
 * threeten-extra {@link YearWeek}). Days that a daylight-saving change makes 23 or 25 hours long
 * are one group each; the skipped or repeated hour is simply emptier or fuller.
 *
 * <p>Account, campaign, pillar and hashtag combine with the other dimensions: {@code
 * Grouping.by(zone, Dimension.ACCOUNT, Dimension.TIME_OF_WEEK)} gives each account its own 168
 * weekday-hours. Posts without an account (campaign, pillar, hashtag) form one group whose key has
 * that part empty. Grouped by {@link Dimension#HASHTAG}, a post with several hashtags counts in the
 * group of each ({@link #keysOf}), so the groups overlap.
 *
 * <p>A grouping also says which measures its summaries add up: every {@link Measure} and both
 * {@link MoneyMeasure}s by default, or only those named by {@link #withMeasures} and {@link
 * #withAmounts}. A breakdown that needs three counts then reads and adds three columns instead of
 * all of them (docs/performance.md, "Aggregation"); its summaries refuse questions about the
 * measures left out ({@link PerformanceSummary#measures()}), rather than answer them with zeros.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Grouping implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Grouping NONE = new Grouping(EnumSet.noneOf(Dimension.class), null, 0L);

  /** The dimensions grouped by. */
  private final EnumSet<Dimension> dimensions;

  /** The zone for time-based dimensions, or null when none is used. */
  private final @Nullable ZoneId zone;

  /**
   * The measures left out, one bit per measure: bit {@code m} for {@link Measure} ordinal {@code
   * m}, then spend and revenue ({@link Projection}). Zero, the value a stream written before
   * projections carries, means every measure.
   */
  private final long unmeasured;

  private Grouping(EnumSet<Dimension> dimensions, @Nullable ZoneId zone, long unmeasured) {
    this.dimensions = dimensions;
    this.zone = zone;
    this.unmeasured = unmeasured;
  }

  /**
   * Returns the grouping with no dimension: every record in one group, keyed {@link
   * GroupKey#empty()}.
   *
   * @return the grouping of everything together
   */
  public static Grouping none() {
    return NONE;
  }

  /**
   * Obtains a grouping by dimensions that are not time-based.
   *
   * @param dimensions platform, format, purpose, paid status, account, campaign, pillar or hashtag,
   *     in any order
   * @return the grouping
   * @throws IllegalArgumentException if a dimension is time-based (it needs a zone)
   */
  public static Grouping by(Dimension... dimensions) {
    EnumSet<Dimension> set = set(dimensions);
    for (Dimension d : set) {
      if (d.isTimeBased()) {
        throw new IllegalArgumentException(
            "dimensions need a time zone to group by " + d + ": use Grouping.by(zone, ...)");
      }
    }
    return set.isEmpty() ? NONE : new Grouping(set, null, 0L);
  }

  /**
   * Obtains a grouping by any dimensions, the time-based ones in a zone.
   *
   * @param zone the zone in which local times are taken
   * @param dimensions the dimensions, in any order
   * @return the grouping
   */
  public static Grouping by(ZoneId zone, Dimension... dimensions) {
    Checks.notNull(zone, "zone");
    EnumSet<Dimension> set = set(dimensions);
    boolean timeBased = set.stream().anyMatch(Dimension::isTimeBased);
    return new Grouping(set, timeBased ? zone : null, 0L);
  }

  /**
   * Returns this grouping with its summaries adding up only some counts. The amounts are unchanged
   * (see {@link #withAmounts}). {@code Grouping.by(zone, PLATFORM, TIME_OF_WEEK)
   * .withMeasures(EnumSet.of(IMPRESSIONS, REACH)).withAmounts(Set.of())} asks for two sums and
   * nothing else.
   *
   * @param measures the counts to add up, possibly none (the summaries then count records only)
   * @return the grouping with those measures
   */
  public Grouping withMeasures(Set<Measure> measures) {
    Checks.noNullElements(measures, "measures");
    long kept = unmeasured & Projection.AMOUNT_BITS;
    long left = Projection.MEASURE_BITS;
    for (Measure m : measures) {
      left &= ~Projection.bit(m);
    }
    return new Grouping(dimensions, zone, kept | left);
  }

  /**
   * Returns this grouping with its summaries adding up only some amounts of money. The counts are
   * unchanged (see {@link #withMeasures}).
   *
   * @param amounts the amounts to add up: spend, revenue, both or none
   * @return the grouping with those amounts
   */
  public Grouping withAmounts(Set<MoneyMeasure> amounts) {
    Checks.noNullElements(amounts, "amounts");
    long kept = unmeasured & Projection.MEASURE_BITS;
    long left = Projection.AMOUNT_BITS;
    for (MoneyMeasure m : amounts) {
      left &= ~Projection.bit(m);
    }
    return new Grouping(dimensions, zone, kept | left);
  }

  /**
   * Returns the counts the summaries add up.
   *
   * @return the measures, unmodifiable, in declaration order; every measure unless {@link
   *     #withMeasures} chose
   */
  public Set<Measure> measures() {
    return Projection.measures(unmeasured);
  }

  /**
   * Returns the amounts of money the summaries add up.
   *
   * @return spend, revenue, both or neither, unmodifiable; both unless {@link #withAmounts} chose
   */
  public Set<MoneyMeasure> amounts() {
    return Projection.amounts(unmeasured);
  }

  /** The measures left out, as {@link Projection} bits. */
  long unmeasured() {
    return unmeasured;
  }

  private static EnumSet<Dimension> set(Dimension... dimensions) {
    Checks.notNull(dimensions, "dimensions");
    EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
    for (int i = 0; i < dimensions.length; i++) {
      set.add(Checks.notNull(dimensions[i], "dimensions[" + i + "]"));
    }
    return set;
  }

  /**
   * Returns the dimensions.
   *
   * @return the dimensions, unmodifiable, in declaration order
   */
  public Set<Dimension> dimensions() {
    return Collections.unmodifiableSet(dimensions);
  }

  /**
   * Tells whether the grouping uses a dimension.
   *
   * @param dimension the dimension
   * @return true if records are grouped by it
   */
  public boolean uses(Dimension dimension) {
    return dimensions.contains(Checks.notNull(dimension, "dimension"));
  }

  /**
   * Returns the zone of the time-based dimensions.
   *
   * @return the zone, or empty when no time-based dimension is used
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Returns the key of the group a record belongs to.
   *
   * @param record the record
   * @return its group key
   * @throws IllegalArgumentException if the grouping is by {@link Dimension#HASHTAG} and the record
   *     has more than one hashtag, so belongs to several groups: use {@link #keysOf}
   */
  public GroupKey keyOf(PerformanceRecord record) {
    Checks.notNull(record, "record");
    List<String> tags = record.hashtags();
    if (dimensions.contains(Dimension.HASHTAG) && tags.size() > 1) {
      throw new IllegalArgumentException(
          "a record with " + tags.size() + " hashtags belongs to " + tags.size()
              + " groups of " + this + ": use keysOf(record)");
    }
    return keyOf(record, tags.isEmpty() ? null : tags.get(0));
  }

  /**
   * Returns the keys of the groups a record belongs to: one key, or, when the grouping is by
   * {@link Dimension#HASHTAG}, one per hashtag of the record (a post counts in the group of each of
   * its hashtags; a post without hashtags in the group without one).
   *
   * @param record the record
   * @return its group keys, not empty, in the order of its hashtags
   */
  public List<GroupKey> keysOf(PerformanceRecord record) {
    Checks.notNull(record, "record");
    List<String> tags = record.hashtags();
    if (!dimensions.contains(Dimension.HASHTAG) || tags.size() <= 1) {
      return List.of(keyOf(record, tags.isEmpty() ? null : tags.get(0)));
    }
    List<GroupKey> keys = new ArrayList<>(tags.size());
    for (String tag : tags) {
      keys.add(keyOf(record, tag));
    }
    return keys;
  }

  private GroupKey keyOf(PerformanceRecord record, @Nullable String hashtag) {
    ZonedDateTime local = zone == null ? null : record.publishedAt().atZone(zone);
    LocalDate date = local == null ? null : local.toLocalDate();
    return new GroupKey(
        dimensions.contains(Dimension.PLATFORM) ? record.platform() : null,
        dimensions.contains(Dimension.FORMAT) ? record.format() : null,
        dimensions.contains(Dimension.PURPOSE) ? record.purpose() : null,
        dimensions.contains(Dimension.PAID) ? record.paid() : null,
        dimensions.contains(Dimension.ACCOUNT) ? record.account().orElse(null) : null,
        dimensions.contains(Dimension.CAMPAIGN) ? record.campaign().orElse(null) : null,
        dimensions.contains(Dimension.PILLAR) ? record.pillar().orElse(null) : null,
        dimensions.contains(Dimension.HASHTAG) ? hashtag : null,
        local != null && dimensions.contains(Dimension.TIME_OF_WEEK)
            ? TimeOfWeek.from(local)
            : null,
        date != null && dimensions.contains(Dimension.DAY) ? date : null,
        date != null && dimensions.contains(Dimension.WEEK) ? YearWeek.from(date) : null,
        date != null && dimensions.contains(Dimension.MONTH) ? YearMonth.from(date) : null);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Grouping
        && dimensions.equals(((Grouping) obj).dimensions)
        && java.util.Objects.equals(zone, ((Grouping) obj).zone)
        && unmeasured == ((Grouping) obj).unmeasured;
  }

  @Override
  public int hashCode() {
    return (dimensions.hashCode() * 31 + java.util.Objects.hashCode(zone)) * 31
        + Long.hashCode(unmeasured);
  }

  /**
   * Returns a readable form such as {@code Grouping[PLATFORM, TIME_OF_WEEK] in Europe/Paris}, with
   * the measures and amounts when only some are added up ({@code ... measuring [IMPRESSIONS,
   * REACH] and []}).
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "Grouping" + dimensions + (zone == null ? "" : " in " + zone)
        + (unmeasured == 0 ? "" : " measuring " + measures() + " and " + amounts());
  }

  /**
   * Tells whether a key could have been made by this grouping: it has a part for each of the
   * grouping's dimensions that every record has (platform, format, purpose, paid status and, with
   * the zone, the time-based ones), possibly none for account, campaign, pillar and hashtag (the
   * group of records without one), and no part for a dimension the grouping does not use.
   */
  boolean fits(GroupKey key) {
    return dimensions.contains(Dimension.PLATFORM) == key.platform().isPresent()
        && dimensions.contains(Dimension.FORMAT) == key.format().isPresent()
        && dimensions.contains(Dimension.PURPOSE) == key.purpose().isPresent()
        && dimensions.contains(Dimension.PAID) == key.paid().isPresent()
        && (dimensions.contains(Dimension.ACCOUNT) || key.account().isEmpty())
        && (dimensions.contains(Dimension.CAMPAIGN) || key.campaign().isEmpty())
        && (dimensions.contains(Dimension.PILLAR) || key.pillar().isEmpty())
        && (dimensions.contains(Dimension.HASHTAG) || key.hashtag().isEmpty())
        && dimensions.contains(Dimension.TIME_OF_WEEK) == key.timeOfWeek().isPresent()
        && dimensions.contains(Dimension.DAY) == key.day().isPresent()
        && dimensions.contains(Dimension.WEEK) == key.week().isPresent()
        && dimensions.contains(Dimension.MONTH) == key.month().isPresent();
  }

  /**
   * Rebuilds a deserialised grouping through {@link #by(Dimension...)} or {@link #by(ZoneId,
   * Dimension...)}: no null dimension, a zone exactly when a dimension is time-based.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(
        () -> {
          Dimension[] parts = dimensions.toArray(new Dimension[0]);
          Grouping g = zone == null ? by(parts) : by(zone, parts);
          if ((unmeasured & ~(Projection.MEASURE_BITS | Projection.AMOUNT_BITS)) != 0) {
            throw new IllegalArgumentException(
                "unmeasured names no measure: " + Long.toHexString(unmeasured));
          }
          return unmeasured == 0
              ? g
              : g.withMeasures(Projection.measures(unmeasured))
                  .withAmounts(Projection.amounts(unmeasured));
        });
  }
}
