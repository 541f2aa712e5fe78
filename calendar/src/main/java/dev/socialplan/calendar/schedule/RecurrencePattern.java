package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.InstanceIterator;
import org.dmfs.rfc5545.RecurrenceSet;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recurrenceset.Difference;
import org.dmfs.rfc5545.recurrenceset.OfList;
import org.dmfs.rfc5545.recurrenceset.OfRule;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Slots given by an RFC 5545 recurrence rule ({@code RRULE}), a local start ({@code DTSTART}),
 * exception dates ({@code EXDATE}) and an optional horizon.
 *
 * <p>Expansion uses <a href="https://github.com/dmfs/lib-recur">dmfs lib-recur</a>, so {@code
 * COUNT}, {@code UNTIL}, {@code INTERVAL}, {@code BYDAY} (with ordinals, {@code 2TU}, {@code -1FR}),
 * {@code BYMONTHDAY}, {@code BYSETPOS} and the other parts follow RFC 5545 with real calendar
 * months: {@code FREQ=MONTHLY;BYMONTHDAY=31} skips months without a 31st, and {@code
 * FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29} occurs in leap years only. Rules are parsed strictly: an
 * unknown part or an out-of-range value is refused rather than ignored.
 *
 * <p>The rule is expanded in <em>local</em> (floating) time from {@link #start()}; the schedule then
 * resolves each local date-time in its zone (see the package documentation for daylight saving
 * time). As in RFC 5545 the start itself is an occurrence only if it matches the rule. An {@code
 * UNTIL} written as a local date-time is compared in local time, one written as a date includes
 * that whole local day, and one written in UTC
 * ({@code UNTIL=20261231T235959Z}, as RFC 5545 requires next to a {@code TZID}) is converted to the
 * schedule's zone first.
 *
 * <p>Every pattern is bounded: the rule has {@code COUNT} or {@code UNTIL}, or the pattern has a
 * {@link #horizon()}. A rule that cannot be parsed, an unbounded rule without a horizon and a rule
 * that never produces an occurrence ({@code FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30}) are refused at
 * construction with an {@link IllegalArgumentException} naming the field and value.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class RecurrencePattern implements SlotPattern {

  private static final String PREFIX = "RRULE:";

  RecurrencePattern() {}

  /**
   * Returns the recurrence rule, the value of an {@code RRULE} property without the {@code RRULE:}
   * name ({@code FREQ=WEEKLY;BYDAY=TU,TH;COUNT=20}).
   *
   * @return the rule text
   */
  public abstract String rule();

  /**
   * Returns the local start of the recurrence ({@code DTSTART}), in whole seconds.
   *
   * @return the start, in the schedule's local time
   */
  public abstract LocalDateTime start();

  /**
   * Returns the local date-times removed from the recurrence ({@code EXDATE}); each must match an
   * occurrence exactly to remove it. To remove whole days, use a schedule's blackouts.
   *
   * @return the exception dates, ascending
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDateTime> exceptionDates();

  /**
   * Returns the date (exclusive) at which expansion stops, required when the rule has neither
   * {@code COUNT} nor {@code UNTIL}.
   *
   * @return the horizon, if any
   */
  public abstract Optional<LocalDate> horizon();

  /**
   * Obtains a pattern from a rule and a local start. A leading {@code RRULE:} is removed.
   *
   * @param rule the recurrence rule, bounded by {@code COUNT} or {@code UNTIL}
   * @param start the local start ({@code DTSTART}), in whole seconds
   * @return the pattern
   * @throws IllegalArgumentException if the rule cannot be parsed, is unbounded or never occurs
   */
  public static RecurrencePattern of(String rule, LocalDateTime start) {
    return builder().rule(stripPrefix(rule)).start(start).build();
  }

  /**
   * Obtains a pattern from a rule, a local start and a horizon for an open-ended rule.
   *
   * @param rule the recurrence rule; a leading {@code RRULE:} is removed
   * @param start the local start ({@code DTSTART}), in whole seconds
   * @param horizon the date (exclusive) at which expansion stops
   * @return the pattern
   * @throws IllegalArgumentException if the rule cannot be parsed or never occurs, or the horizon is
   *     not after the start date
   */
  public static RecurrencePattern of(String rule, LocalDateTime start, LocalDate horizon) {
    return builder().rule(stripPrefix(rule)).start(start).horizon(horizon).build();
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
   * Returns a copy with one more exception date.
   *
   * @param exceptionDate the local date-time of the occurrence to remove
   * @return the new pattern
   */
  public RecurrencePattern withExceptionDate(LocalDateTime exceptionDate) {
    return builder().from(this).addExceptionDate(exceptionDate).build();
  }

  /**
   * Returns a copy with another horizon.
   *
   * @param horizon the date (exclusive) at which expansion stops
   * @return the new pattern
   * @throws IllegalArgumentException if the horizon is not after the start date
   */
  public abstract RecurrencePattern withHorizon(LocalDate horizon);

  /**
   * Returns the rule's {@code COUNT}, if it has one.
   *
   * @return the count
   */
  public OptionalInt count() {
    Integer count = parse(rule()).getCount();
    return count == null ? OptionalInt.empty() : OptionalInt.of(count);
  }

  /**
   * Returns every occurrence of the pattern, in local time (the pattern is bounded). An {@code
   * UNTIL} in UTC is compared in the given zone.
   *
   * @param zone the zone the occurrences will be resolved in
   * @return the local occurrences, ascending
   */
  public List<LocalDateTime> occurrences(ZoneId zone) {
    Checks.notNull(zone, "zone");
    return expand(start().toLocalDate(), horizon().orElse(LocalDate.MAX), zone);
  }

  @Override
  public List<LocalDateTime> localSlots(LocalDateRange dates, ZoneId zone) {
    Checks.notNull(dates, "dates");
    Checks.notNull(zone, "zone");
    WeeklySlots.requireBounded(dates);
    LocalDate end = dates.getEnd();
    if (horizon().isPresent() && horizon().get().isBefore(end)) {
      end = horizon().get();
    }
    return expand(dates.getStart(), end, zone);
  }

  private List<LocalDateTime> expand(LocalDate from, LocalDate until, ZoneId zone) {
    List<LocalDateTime> result = new ArrayList<>();
    InstanceIterator iterator = recurrenceSet(zone).iterator();
    // Skips the occurrences before the range without expanding them; the filter below would drop
    // them anyway, and an empty range stops at the first occurrence.
    if (from.isAfter(start().toLocalDate())) {
      iterator.fastForward(toDateTime(from.atStartOfDay()));
    }
    while (iterator.hasNext()) {
      LocalDateTime next = toLocal(iterator.next());
      if (!next.toLocalDate().isBefore(until)) {
        break;
      }
      if (!next.toLocalDate().isBefore(from)) {
        result.add(next);
      }
    }
    return result;
  }

  private RecurrenceSet recurrenceSet(ZoneId zone) {
    RecurrenceRule parsed = parse(rule());
    DateTime until = parsed.getUntil();
    if (until != null && until.isAllDay()) {
      // A DATE until next to a DATE-TIME start: the whole last day is included.
      parsed.setUntil(
          toDateTime(
              LocalDate.of(until.getYear(), until.getMonth() + 1, until.getDayOfMonth())
                  .atTime(LocalTime.of(23, 59, 59))));
    } else if (until != null && !until.isFloating()) {
      // An absolute UNTIL cannot be combined with a floating start in lib-recur: compare it in the
      // schedule's local time instead.
      parsed.setUntil(
          toDateTime(LocalDateTime.ofInstant(Instant.ofEpochMilli(until.getTimestamp()), zone)));
    }
    RecurrenceSet set = new OfRule(parsed, toDateTime(start()));
    if (!exceptionDates().isEmpty()) {
      List<DateTime> excluded = new ArrayList<>(exceptionDates().size());
      for (LocalDateTime date : exceptionDates()) {
        excluded.add(toDateTime(date));
      }
      set = new Difference(set, new OfList(excluded));
    }
    return set;
  }

  @Override
  public Duration period() {
    RecurrenceRule parsed = parse(rule());
    long interval = parsed.getInterval();
    switch (parsed.getFreq()) {
      case SECONDLY:
        return Duration.ofSeconds(interval);
      case MINUTELY:
        return Duration.ofMinutes(interval);
      case HOURLY:
        return Duration.ofHours(interval);
      case DAILY:
        return Duration.ofDays(interval);
      case WEEKLY:
        return Duration.ofDays(7 * interval);
      case MONTHLY:
        return Duration.ofDays(31 * interval);
      default:
        return Duration.ofDays(366 * interval);
    }
  }

  @Value.Check
  void check() {
    RecurrenceRule parsed = parse(rule());
    if (start().getNano() != 0) {
      throw new IllegalArgumentException("start must be a whole second: " + start());
    }
    for (LocalDateTime date : exceptionDates()) {
      if (date.getNano() != 0) {
        throw new IllegalArgumentException("exceptionDates must be whole seconds: " + date);
      }
    }
    if (parsed.isInfinite() && horizon().isEmpty()) {
      throw new IllegalArgumentException(
          "rule must have COUNT or UNTIL, or the pattern a horizon: \"" + rule() + "\"");
    }
    if (horizon().isPresent() && !horizon().get().isAfter(start().toLocalDate())) {
      throw new IllegalArgumentException(
          "horizon must be after the start date " + start().toLocalDate() + ": " + horizon().get());
    }
    try {
      recurrenceSet(ZoneOffset.UTC).iterator().hasNext();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule never produces an occurrence: \"" + rule() + "\" (" + e.getMessage() + ")", e);
    }
  }

  private static RecurrenceRule parse(String rule) {
    try {
      return new RecurrenceRule(rule, RecurrenceRule.RfcMode.RFC5545_STRICT);
    } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "rule must be an RFC 5545 recurrence rule: \"" + rule + "\" (" + e.getMessage() + ")", e);
    }
  }

  private static String stripPrefix(String rule) {
    Checks.notNull(rule, "rule");
    String stripped = rule.strip();
    return stripped.toUpperCase(Locale.ROOT).startsWith(PREFIX)
        ? stripped.substring(PREFIX.length())
        : stripped;
  }

  private static DateTime toDateTime(LocalDateTime local) {
    return new DateTime(
        local.getYear(),
        local.getMonthValue() - 1,
        local.getDayOfMonth(),
        local.getHour(),
        local.getMinute(),
        local.getSecond());
  }

  private static LocalDateTime toLocal(DateTime dateTime) {
    return LocalDateTime.of(
        dateTime.getYear(),
        dateTime.getMonth() + 1,
        dateTime.getDayOfMonth(),
        dateTime.getHours(),
        dateTime.getMinutes(),
        dateTime.getSeconds());
  }

  /** Builds a {@link RecurrencePattern}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableRecurrencePattern.Builder {
    Builder() {}
  }
}
