package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * When one platform, or one account on it, may post: a {@link SlotPattern} in the
 * schedule's own {@link ZoneId}, blackout dates, allowed windows, a minimum spacing between posts
 * and a maximum number of posts per day.
 *
 * <p>Expansion works in three layers, each available to a scheduler:
 *
 * <ol>
 *   <li>{@link #resolve(LocalDateTime)} turns a local slot into a {@link ZonedDateTime} under the
 *       daylight-saving policy below;
 *   <li>{@link #candidateSlots(Interval)} returns every resolved slot of the pattern in a period
 *       that is not blacked out and lies inside an allowed window, whether or not it can be used
 *       together with its neighbours;
 *   <li>{@link #slots(Interval)} thins the candidates greedily, in time order, so that consecutive
 *       slots are at least {@link #minimumSpacing()} apart and no local day holds more than {@link
 *       #maxPostsPerDay()}: the slots a queue would fill if every one were used.
 * </ol>
 *
 * <p><b>Daylight saving time.</b> A local slot inside a gap (clocks go forward) moves forward by the
 * length of the gap: 02:30 on a day New York springs from 02:00 to 03:00 becomes 03:30 EDT. A local
 * slot inside an overlap (clocks go back) takes the earlier offset: 01:30 on a day New York falls
 * back happens once, at 01:30 EDT. Blackouts, windows and the daily cap use the resolved local
 * date and time. Slots that resolve to the same instant count once; {@link
 * #mergedSlots(Interval)} says where that happened.
 *
 * <p><b>Refused at construction</b> (an {@link IllegalArgumentException} naming the field and
 * value): an empty blackout range, a negative minimum spacing, a minimum spacing longer than the
 * pattern's {@link SlotPattern#period() period}, a maximum of fewer than one post per day, and
 * {@linkplain #bindings() bindings} on a pattern that is not weekly, on a slot the pattern does not
 * have, or mixing pillars and purposes.
 * Zero-length windows are refused by {@link TimeWindow}, unparseable or unbounded rules by {@link
 * RecurrencePattern}. A schedule whose slots all fall outside its windows is constructible; rules
 * report it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostingSchedule {

  PostingSchedule() {}

  /**
   * Returns the platform this schedule posts to.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the account on the platform, when the schedule is for one account rather than for every
   * account on the platform.
   *
   * @return the account handle or id, not blank
   */
  public abstract Optional<String> account();

  /**
   * Returns the time zone in which slots, blackouts, windows and days are read.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns where the slots fall in local time.
   *
   * @return the pattern
   */
  public abstract SlotPattern pattern();

  /**
   * Returns the blacked-out dates: half-open local date ranges in which nothing is posted (a public
   * holiday, a quiet period after a crisis).
   *
   * @return the blackout ranges, each not empty
   */
  public abstract List<LocalDateRange> blackouts();

  /**
   * Returns the windows in which posting is allowed. Empty means every time is allowed; otherwise a
   * slot must lie in at least one window.
   *
   * @return the allowed windows
   */
  public abstract List<TimeWindow> allowedWindows();

  /**
   * Returns the minimum time between two posts of this schedule.
   *
   * @return the spacing, zero by default
   */
  @Value.Default
  public Duration minimumSpacing() {
    return Duration.ZERO;
  }

  /**
   * Returns the most posts allowed on one local day, if capped.
   *
   * @return the cap, at least 1
   */
  public abstract OptionalInt maxPostsPerDay();

  /**
   * Returns the weekly slots bound to one content pillar or one purpose: the scheduler fills such a
   * slot only with a draft of that pillar (or purpose) and reports it when it stays empty, the way
   * category-queue tools give each time slot a content category (see {@code docs/posts.md}). Slots
   * without a binding take any draft. The bindings of one schedule are all to pillars or all to
   * purposes, so each draft belongs to at most one bound category.
   *
   * @return the bindings by weekly slot, each a slot of the {@link WeeklySlots} pattern; empty by
   *     default
   */
  public abstract Map<WeeklySlot, SlotBinding> bindings();

  /**
   * Returns a copy with a weekly slot bound to a pillar or purpose.
   *
   * @param slot a slot of the schedule's weekly pattern
   * @param binding what the slot takes
   * @return the new schedule
   * @throws IllegalArgumentException if the slot is not one of the pattern's, or the binding's kind
   *     differs from the schedule's other bindings
   */
  public PostingSchedule withBinding(WeeklySlot slot, SlotBinding binding) {
    Checks.notNull(slot, "slot");
    Checks.notNull(binding, "binding");
    return builder().from(this).putBinding(slot, binding).build();
  }

  /**
   * Returns the binding of the weekly slot a resolved slot comes from: the slot whose local time,
   * {@linkplain #resolve(LocalDateTime) resolved} on the instant's local date (or the day before),
   * is the instant. When two bound weekly slots resolve to the same instant (a slot moved forward
   * by a daylight-saving gap onto another), the first in weekly order wins.
   *
   * @param slot an instant, normally one of the {@linkplain #candidateSlots(Interval) candidate
   *     slots}
   * @return the binding; empty when the slot is not bound (or not a slot of the pattern)
   */
  public Optional<SlotBinding> bindingAt(Instant slot) {
    Checks.notNull(slot, "slot");
    if (bindings().isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.ofInstant(slot, zone());
    for (LocalDate day : List.of(date, date.minusDays(1))) {
      for (WeeklySlot weekly : new java.util.TreeSet<>(bindings().keySet())) {
        if (weekly.day() == day.getDayOfWeek()
            && resolve(day.atTime(weekly.time())).toInstant().equals(slot)) {
          return Optional.of(bindings().get(weekly));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Obtains a schedule of weekly slots with no blackouts, windows, spacing or cap.
   *
   * @param platform the platform
   * @param zone the time zone
   * @param slots the weekly slots, at least one
   * @return the schedule
   * @throws IllegalArgumentException if there are no slots
   */
  public static PostingSchedule weekly(Platform platform, ZoneId zone, WeeklySlot... slots) {
    return builder().platform(platform).zone(zone).pattern(WeeklySlots.of(slots)).build();
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
   * Returns a copy with a blackout date added.
   *
   * @param date the date to black out
   * @return the new schedule
   */
  public PostingSchedule withBlackoutDate(LocalDate date) {
    Checks.notNull(date, "date");
    return builder().from(this).addBlackout(LocalDateRange.ofClosed(date, date)).build();
  }

  /**
   * Returns a copy with another minimum spacing.
   *
   * @param spacing the spacing, not negative, not longer than the pattern's period
   * @return the new schedule
   * @throws IllegalArgumentException if the spacing is negative or too long
   */
  public abstract PostingSchedule withMinimumSpacing(Duration spacing);

  /**
   * Returns a copy with another daily cap.
   *
   * @param max the most posts per local day, at least 1
   * @return the new schedule
   * @throws IllegalArgumentException if the cap is below 1
   */
  public abstract PostingSchedule withMaxPostsPerDay(int max);

  /**
   * Resolves a local date-time in the schedule's zone with {@link WallClock#resolve(LocalDateTime,
   * ZoneId)}: a time in a gap moves forward by the length of the gap, a time in an overlap takes the
   * earlier offset.
   *
   * @param local the local date-time
   * @return the zoned date-time
   */
  public ZonedDateTime resolve(LocalDateTime local) {
    return WallClock.resolve(local, zone());
  }

  /**
   * Tells whether a local date is blacked out.
   *
   * @param date the local date
   * @return true if a blackout range contains it
   */
  public boolean isBlackedOut(LocalDate date) {
    Checks.notNull(date, "date");
    for (LocalDateRange range : blackouts()) {
      if (range.contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a local date-time lies in an allowed window (always true without windows).
   *
   * @param local the local date-time
   * @return true if posting is allowed at that wall-clock time
   */
  public boolean isInAllowedWindow(LocalDateTime local) {
    Checks.notNull(local, "local");
    if (allowedWindows().isEmpty()) {
      return true;
    }
    DayOfWeek day = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    for (TimeWindow window : allowedWindows()) {
      if (window.contains(day, time)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether posting at an instant is allowed: its local date is not blacked out and its local
   * time lies in an allowed window. Slots, spacing and the cap are not considered.
   *
   * @param instant the instant
   * @return true if the instant is allowed
   */
  public boolean allows(Instant instant) {
    Checks.notNull(instant, "instant");
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone());
    return !isBlackedOut(local.toLocalDate()) && isInAllowedWindow(local);
  }

  /**
   * Returns the local day an instant falls on in the schedule's zone, as the half-open interval from
   * the start of that day to the start of the next (23 or 25 hours on transition days).
   *
   * @param instant the instant
   * @return the day containing it
   */
  public Interval dayOf(Instant instant) {
    Checks.notNull(instant, "instant");
    LocalDate date = LocalDate.ofInstant(instant, zone());
    return Interval.of(
        date.atStartOfDay(zone()).toInstant(), date.plusDays(1).atStartOfDay(zone()).toInstant());
  }

  /**
   * Returns every slot of the pattern in a period that is not blacked out and lies in an allowed
   * window, resolved in the schedule's zone, ascending and without duplicate instants. Spacing and
   * the daily cap are not applied.
   *
   * @param period the half-open period, bounded
   * @return the candidate slots
   * @throws IllegalArgumentException if the period is unbounded
   */
  public List<ZonedDateTime> candidateSlots(Interval period) {
    List<Resolved> resolved = resolvedSlots(period);
    List<ZonedDateTime> result = new ArrayList<>(resolved.size());
    for (Resolved slot : resolved) {
      if (result.isEmpty()
          || !result.get(result.size() - 1).toInstant().equals(slot.zoned.toInstant())) {
        result.add(slot.zoned);
      }
    }
    return result;
  }

  /**
   * Returns the local slots of a period that resolve to the same instant as another and so count
   * once among the {@linkplain #candidateSlots(Interval) candidates}: on a day the clocks spring
   * forward, a slot in the gap moves forward by the gap's length and can land on an existing slot.
   * Only slots that are candidates (not blacked out, in an allowed window) are considered.
   *
   * @param period the half-open period, bounded
   * @return each merge, ascending by instant; empty when every slot has an instant of its own
   * @throws IllegalArgumentException if the period is unbounded
   */
  public List<MergedSlot> mergedSlots(Interval period) {
    List<Resolved> resolved = resolvedSlots(period);
    List<MergedSlot> merged = new ArrayList<>();
    int i = 0;
    while (i < resolved.size()) {
      int j = i + 1;
      Instant instant = resolved.get(i).zoned.toInstant();
      while (j < resolved.size() && resolved.get(j).zoned.toInstant().equals(instant)) {
        j++;
      }
      if (j - i > 1) {
        // Slots with the same instant keep the pattern's order, which is ascending local time.
        List<LocalDateTime> locals = new ArrayList<>();
        for (int k = i; k < j; k++) {
          locals.add(resolved.get(k).local);
        }
        merged.add(new MergedSlot(resolved.get(i).zoned, locals));
      }
      i = j;
    }
    return merged;
  }

  /** A local slot of the pattern and what it resolved to. */
  private static final class Resolved {
    final LocalDateTime local;
    final ZonedDateTime zoned;

    Resolved(LocalDateTime local, ZonedDateTime zoned) {
      this.local = local;
      this.zoned = zoned;
    }
  }

  /**
   * Every local slot of the period that is a candidate, resolved, ascending by instant; slots with
   * the same instant keep the pattern's order, so the first of them is the one kept.
   */
  private List<Resolved> resolvedSlots(Interval period) {
    Checks.notNull(period, "period");
    if (period.isUnboundedStart() || period.isUnboundedEnd()) {
      throw new IllegalArgumentException("period must be bounded: " + period);
    }
    List<Resolved> result = new ArrayList<>();
    // A slot on the day before can be pushed into the period by a gap, and overlaps can pull a
    // slot of the last day back into it: widen by a day on each side, then filter by instant.
    LocalDate first = LocalDate.ofInstant(period.getStart(), zone()).minusDays(1);
    LocalDate last = LocalDate.ofInstant(period.getEnd(), zone()).plusDays(1);
    for (LocalDateTime local : pattern().localSlots(LocalDateRange.of(first, last), zone())) {
      ZonedDateTime slot = resolve(local);
      Instant instant = slot.toInstant();
      if (!period.contains(instant)
          || isBlackedOut(slot.toLocalDate())
          || !isInAllowedWindow(slot.toLocalDateTime())) {
        continue;
      }
      result.add(new Resolved(local, slot));
    }
    // A slot pushed forward by a gap can pass the next one. List.sort is stable (slots with the
    // same instant keep the pattern's order) and linear on a list already in order.
    result.sort(Comparator.comparing(r -> r.zoned.toInstant()));
    return result;
  }

  /**
   * Returns the slots in a period that a queue would fill if every slot were used: the {@linkplain
   * #candidateSlots(Interval) candidates}, taken in time order, skipping any closer than {@link
   * #minimumSpacing()} to the last slot taken and any on a local day that already holds {@link
   * #maxPostsPerDay()} slots.
   *
   * @param period the half-open period, bounded
   * @return the slots, ascending, pairwise at least the minimum spacing apart
   * @throws IllegalArgumentException if the period is unbounded
   */
  public List<ZonedDateTime> slots(Interval period) {
    List<ZonedDateTime> candidates = candidateSlots(period);
    List<ZonedDateTime> result = new ArrayList<>();
    Map<LocalDate, Integer> perDay = new HashMap<>();
    int cap = maxPostsPerDay().orElse(Integer.MAX_VALUE);
    Instant lastTaken = null;
    for (ZonedDateTime slot : candidates) {
      Instant instant = slot.toInstant();
      if (lastTaken != null
          && Duration.between(lastTaken, instant).compareTo(minimumSpacing()) < 0) {
        continue;
      }
      int used = perDay.getOrDefault(slot.toLocalDate(), 0);
      if (used >= cap) {
        continue;
      }
      perDay.put(slot.toLocalDate(), used + 1);
      lastTaken = instant;
      result.add(slot);
    }
    return result;
  }

  /**
   * Returns the slots on some local dates; see {@link #slots(Interval)}.
   *
   * @param dates the local dates, a bounded half-open range
   * @return the slots, ascending
   */
  public List<ZonedDateTime> slots(LocalDateRange dates) {
    Checks.notNull(dates, "dates");
    WeeklySlots.requireBounded(dates);
    return slots(
        Interval.of(
            dates.getStart().atStartOfDay(zone()).toInstant(),
            dates.getEnd().atStartOfDay(zone()).toInstant()));
  }

  @Value.Check
  void check() {
    account().ifPresent(a -> Checks.nonBlank(a, "account"));
    for (int i = 0; i < blackouts().size(); i++) {
      Checks.notNull(blackouts().get(i), "blackouts[" + i + "]");
      if (blackouts().get(i).isEmpty()) {
        throw new IllegalArgumentException(
            "blackouts[" + i + "] must not be empty: " + blackouts().get(i));
      }
    }
    if (minimumSpacing().isNegative()) {
      throw new IllegalArgumentException("minimumSpacing must not be negative: " + minimumSpacing());
    }
    if (minimumSpacing().compareTo(pattern().period()) > 0) {
      throw new IllegalArgumentException(
          "minimumSpacing must not be longer than the pattern's period "
              + pattern().period()
              + ": "
              + minimumSpacing());
    }
    if (maxPostsPerDay().isPresent() && maxPostsPerDay().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "maxPostsPerDay must be at least 1: " + maxPostsPerDay().getAsInt());
    }
    if (!bindings().isEmpty()) {
      if (!(pattern() instanceof WeeklySlots)) {
        throw new IllegalArgumentException(
            "bindings need a weekly pattern of slots, not " + pattern() + ": " + bindings());
      }
      List<WeeklySlot> slots = ((WeeklySlots) pattern()).slots();
      Boolean pillars = null;
      for (Map.Entry<WeeklySlot, SlotBinding> e : bindings().entrySet()) {
        if (!slots.contains(e.getKey())) {
          throw new IllegalArgumentException(
              "bindings[" + e.getKey() + "] is not a slot of the pattern " + pattern());
        }
        if (pillars != null && pillars != e.getValue().isPillar()) {
          throw new IllegalArgumentException(
              "bindings must all bind pillars or all bind purposes: bindings[" + e.getKey() + "] is "
                  + e.getValue() + " among " + bindings());
        }
        pillars = e.getValue().isPillar();
      }
    }
  }

  /** Builds a {@link PostingSchedule}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePostingSchedule.Builder {
    Builder() {}

    /**
     * Adds one blacked-out date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder addBlackoutDate(LocalDate date) {
      Checks.notNull(date, "date");
      addBlackout(LocalDateRange.ofClosed(date, date));
      return this;
    }
  }
}
