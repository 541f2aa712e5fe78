package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a rule may read besides its subject: the settings and, when the caller gave one, the clock.
 * Rules read nothing else, so they stay pure functions of the subject and the context.
 *
 * <p>Without a clock, rules that need "today" (a deadline already past) make no such check; they
 * never read the system clock.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationContext {
  private static final ValidationContext DEFAULTS =
      new ValidationContext(ValidationSettings.standard(), null);

  private final ValidationSettings settings;
  private final Clock clock;

  private ValidationContext(ValidationSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Returns a context with default settings and no clock.
   *
   * @return the context
   */
  public static ValidationContext standard() {
    return DEFAULTS;
  }

  /**
   * Obtains a context with settings and no clock.
   *
   * @param settings the settings
   * @return the context
   */
  public static ValidationContext of(ValidationSettings settings) {
    return new ValidationContext(Checks.notNull(settings, "settings"), null);
  }

  /**
   * Obtains a context with settings and a clock.
   *
   * @param settings the settings
   * @param clock the clock giving "now" (a fixed clock in tests)
   * @return the context
   */
  public static ValidationContext of(ValidationSettings settings, Clock clock) {
    return new ValidationContext(
        Checks.notNull(settings, "settings"), Checks.notNull(clock, "clock"));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ValidationSettings settings() {
    return settings;
  }

  /**
   * Returns a setting's value (the override, or its default).
   *
   * @param setting the setting
   * @param <T> the value type
   * @return the value
   */
  public <T> T setting(Setting<T> setting) {
    return settings.get(setting);
  }

  /**
   * Returns the clock, if the caller gave one.
   *
   * @return the clock
   */
  public Optional<Clock> clock() {
    return Optional.ofNullable(clock);
  }

  /**
   * Returns today's date in a time zone (usually the plan's), if the caller gave a clock.
   *
   * <p>A clock outside the years {@code LocalDate} covers (an {@link java.time.Instant#MIN} or
   * {@link java.time.Instant#MAX} clock, which a test might use for "long ago" or "never") gives
   * {@link LocalDate#MIN} or {@link LocalDate#MAX} rather than an exception.
   *
   * @param zone the time zone
   * @return today in that zone, or empty without a clock
   */
  public Optional<LocalDate> today(ZoneId zone) {
    Checks.notNull(zone, "zone");
    if (clock == null) {
      return Optional.empty();
    }
    java.time.Instant now = clock.instant();
    if (now.isBefore(EARLIEST)) {
      return Optional.of(LocalDate.MIN);
    }
    if (now.isAfter(LATEST)) {
      return Optional.of(LocalDate.MAX);
    }
    return Optional.of(LocalDate.ofInstant(now, zone));
  }

  /** The first instant that is on or after {@link LocalDate#MIN} in every zone (offsets ≤ 18 h). */
  private static final java.time.Instant EARLIEST =
      LocalDate.MIN.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

  /** The last instant that is on or before {@link LocalDate#MAX} in every zone (offsets ≤ 18 h). */
  private static final java.time.Instant LATEST =
      LocalDate.MAX.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

  @Override
  public String toString() {
    return "ValidationContext{" + settings + (clock == null ? "" : ", " + clock) + "}";
  }
}
