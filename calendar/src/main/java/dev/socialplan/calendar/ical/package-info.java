/**
 * iCalendar export: a content calendar as RFC 5545 text, one {@code VEVENT} per post, for
 * any calendar application to show.
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar.ical;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
