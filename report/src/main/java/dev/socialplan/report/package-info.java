/**
 * A plan review as one self-contained HTML page ({@link dev.socialplan.report.PlanReview}): what a
 * caller has of a plan, its findings, the platform ranking, the calendar and its content mix, the
 * best times to post, goal progress, budget performance and experiments, with inline SVG charts, in
 * English or Traditional Chinese. See {@code docs/report.md}.
 */
@NullMarked
@ValueStyle
package dev.socialplan.report;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
