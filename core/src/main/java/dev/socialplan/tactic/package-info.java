/**
 * Tactics (method step 6 and the strategy guide's eight trends): short-video programmes, community
 * programmes, influencer campaigns with configurable influencer tiers, live streams, user-generated
 * content with creator permission, social commerce, AR effects and purpose-driven campaigns.
 */
@NullMarked
@ValueStyle
package dev.socialplan.tactic;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
