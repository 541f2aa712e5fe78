/**
 * Competitors (method step 4): the closest competitors' {@link dev.socialplan.competition.Handle
 * handles} and observed {@link dev.socialplan.competition.SocialPresence presence} per platform, and
 * the {@link dev.socialplan.competition.Swot SWOT} analysis of the brand and of each competitor.
 */
@NullMarked
@ValueStyle
package dev.socialplan.competition;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
