/**
 * The scheduler: fills a period of a content calendar from posting schedules and a
 * backlog of {@link dev.socialplan.calendar.scheduler.Draft}s, holding every schedule's spacing,
 * daily cap, blackouts and allowed windows, every campaign's window and, when asked, a content mix
 * over every rolling window of posts; it prefers higher-weighted times and higher-priority drafts and
 * reports every draft it could not place, with the reason.
 *
 * <p>Start with {@link dev.socialplan.calendar.scheduler.SchedulingRequest#builder()} and {@link
 * dev.socialplan.calendar.scheduler.Scheduler#schedule(SchedulingRequest)}; the algorithm and what it
 * guarantees are described on {@link dev.socialplan.calendar.scheduler.Scheduler}.
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar.scheduler;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
