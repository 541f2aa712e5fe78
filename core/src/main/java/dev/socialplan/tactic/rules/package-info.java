/**
 * The tactics' rules (method step 6, the strategy guide's eight trends): live streams,
 * shops and AR effects only where the platform supports them, live streams announced in advance,
 * influencers within the campaign's tiers, user-generated content reposted only with the creator's
 * permission, purpose-driven campaigns approved and linked to the brand's mission, short videos
 * within each platform's limits and recommended frequency. Rules over a whole {@link
 * dev.socialplan.plan.StrategyPlan}, written with the {@link dev.socialplan.validation} engine's
 * public API.
 */
@NullMarked
@ValueStyle
package dev.socialplan.tactic.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
