package dev.socialplan.calendar.rules;

import dev.socialplan.validation.RuleSet;

/**
 * The standard validation of a content calendar (SPEC CAL-7): every rule of {@link CalendarRules}
 * in one {@link dev.socialplan.validation.RuleSet}, built with the same engine as the plan's rules.
 *
 * <pre>{@code
 * RuleSet<PlannedCalendar> rules = CalendarValidator.standard()
 *     .without("CALENDAR_TOO_FEW_POSTS")                        // never report a code
 *     .with(myOwnRule)                                          // add a custom rule
 *     .withSetting(CalendarRules.LIVE_ANNOUNCEMENT_LEAD, Duration.ofHours(48));
 * ValidationReport report = rules.validate(PlannedCalendar.of(calendar, schedules));
 * }</pre>
 *
 * <p>The returned set is immutable and thread-safe. Its {@link RuleSet#codes()} are the calendar's
 * code registry, which {@code docs/rules.md} documents; every code starts with {@code CALENDAR_}, so
 * none clashes with socialplan-core's.
 */
public final class CalendarValidator {
  private static final RuleSet<PlannedCalendar> STANDARD = CalendarRules.standard();

  private CalendarValidator() {}

  /**
   * Returns the standard rule set over planned calendars.
   *
   * @return every calendar rule, with default settings
   */
  public static RuleSet<PlannedCalendar> standard() {
    return STANDARD;
  }
}
