/**
 * Calendar rules: what a content calendar gets wrong, as findings of the validation
 * engine — spacing, daily caps, blackouts and allowed windows of its posting schedules; posting
 * frequency and silent gaps against each platform's recommendation; the content mix over rolling
 * windows; text, hashtags, mentions, media and video length against each platform's limits for the
 * format, counted the platform's way; identical text cross-posted; purpose-driven posts not approved;
 * user-generated content without permission; live streams not announced.
 *
 * <p>Validate a {@link dev.socialplan.calendar.rules.PlannedCalendar} (the calendar with its schedules,
 * platform catalog and mix target) with {@link dev.socialplan.calendar.rules.CalendarRules#standard()}.
 * Codes, messages (English and Traditional Chinese) and settings are listed in {@code docs/rules.md}.
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
