/**
 * Content calendars (method step 7): the immutable, time-ordered {@link
 * dev.socialplan.calendar.ContentCalendar} of {@link dev.socialplan.calendar.ScheduledPost}s, free-slot
 * search against posting schedules, and recurring posts.
 *
 * <p>Subpackages hold posting schedules ({@code schedule}), the approval workflow ({@code approval})
 * and iCalendar export ({@code ical}).
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
