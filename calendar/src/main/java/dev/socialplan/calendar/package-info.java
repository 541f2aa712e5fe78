/**
 * Content calendars (method step 7): posting schedules, the scheduler, approval, calendar rules and iCalendar export.
 */
@NullMarked
package dev.socialplan.calendar;

import org.jspecify.annotations.NullMarked;
