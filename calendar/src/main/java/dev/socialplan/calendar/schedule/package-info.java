/**
 * Posting schedules (method step 7): when a platform or account may post, in its own time zone —
 * weekly slots or an RFC 5545 recurrence rule, blackout dates, allowed windows, minimum spacing and
 * a daily cap — and the expansion of a schedule into concrete slots.
 *
 * <p><b>Daylight saving time.</b> Slots are defined in local time and resolved in the schedule's
 * zone by {@link dev.socialplan.calendar.schedule.WallClock}:
 * a slot that falls in a gap (clocks go forward) moves forward by the length of the gap; a slot that
 * falls in an overlap (clocks go back) takes the earlier offset, so it happens once, at the first of
 * the two wall-clock occurrences. No slot is dropped or doubled by a transition; two slots that
 * resolve to the same instant are one slot ({@link PostingSchedule#mergedSlots} lists them).
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
