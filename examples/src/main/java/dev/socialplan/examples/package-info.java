/**
 * Runnable examples of the whole method, end to end. Not published.
 *
 * <ul>
 *   <li>{@link dev.socialplan.examples.ArticleStrategyReport}: the flagship, the strategy guide's
 *       scenario from plan to measurement, as a report a marketer reads;
 *   <li>{@link dev.socialplan.examples.FirstPlanExample}: from a bare brand to a complete plan, led
 *       by the validator (core);
 *   <li>{@link dev.socialplan.examples.CalendarExportExample}: a recurring post, the posting queue
 *       and an iCalendar export (calendar);
 *   <li>{@link dev.socialplan.examples.CampaignReviewExample}: share of voice, budget performance
 *       and a customer survey (analytics).
 * </ul>
 *
 * <p>Run one from the repository root with {@code mvn -B -ntp -q -pl examples -am package
 * -DskipTests -Preport}, adding {@code -Dexec.mainClass=dev.socialplan.examples.FirstPlanExample}
 * (or another) for the focused ones.
 */
@NullMarked
package dev.socialplan.examples;

import org.jspecify.annotations.NullMarked;
