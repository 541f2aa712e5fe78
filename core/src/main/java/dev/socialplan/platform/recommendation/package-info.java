/**
 * The platform recommender (method step 3): ranks the platforms of a {@link
 * dev.socialplan.platform.PlatformCatalog} for an audience and the plan's priorities, from the
 * catalog's data, each score with its explanation. Start at {@link
 * dev.socialplan.platform.recommendation.PlatformRecommender}.
 *
 * <p>A subpackage of {@code platform} so that it may read the audience ({@code
 * dev.socialplan.audience}), the goals ({@code dev.socialplan.goal}) and the plan while {@code
 * platform} itself depends on none of them. It uses {@link dev.socialplan.validation.MessageBundle}
 * for its localised explanations, and the platform rules ({@code dev.socialplan.platform.rules}) use
 * its {@link dev.socialplan.platform.recommendation.AudienceReachEstimate} for the low-reach
 * finding: so it sits above {@code validation} and below the {@code *.rules} packages.
 */
@NullMarked
@ValueStyle
package dev.socialplan.platform.recommendation;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
