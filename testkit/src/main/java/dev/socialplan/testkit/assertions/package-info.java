/**
 * AssertJ assertions for socialplan's validation reports, findings and content calendars, with failure messages that list what the report or calendar actually holds. Start from
 * {@link dev.socialplan.testkit.assertions.SocialplanAssertions}:
 *
 * <pre>{@code
 * import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
 *
 * assertThat(report).hasError("BUDGET_OVER_TOTAL").at("budget");
 * assertThat(calendar).hasPostsOn(Platform.INSTAGRAM, 24).hasNoPostsOn(Platform.X);
 * }</pre>
 */
@NullMarked
package dev.socialplan.testkit.assertions;

import org.jspecify.annotations.NullMarked;
