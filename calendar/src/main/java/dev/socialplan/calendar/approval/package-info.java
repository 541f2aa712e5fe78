/**
 * The approval workflow of a post: approval policies of one to three tiers, each approved by
 * any one or by all of its approvers, and an immutable workflow state whose transition functions
 * return new states with an audit trail.
 *
 * <p>Time is always passed in (an {@link java.time.Instant} or a {@link java.time.Clock}); the
 * workflow never reads the system clock.
 */
@NullMarked
@ValueStyle
package dev.socialplan.calendar.approval;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
