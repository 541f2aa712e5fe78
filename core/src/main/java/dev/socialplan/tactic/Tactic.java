package dev.socialplan.tactic;

import dev.socialplan.platform.Platform;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A tactic of the content strategy: one of the strategy guide's eight trends, each a
 * value type of its own with its own rules.
 *
 * <p>Every tactic has a name, an optional campaign window (a half-open {@link LocalDateRange}), and
 * optional references to the budget allocation that pays for it and to the goals it serves, as
 * plain ids ({@code Allocation.id()} and the goals' ids), so that tactics stay independent of the
 * plan that holds them.
 *
 * <p>The interface is sealed: the eight kinds are {@link ShortVideoProgramme}, {@link
 * CommunityProgramme}, {@link InfluencerCampaign}, {@link LiveStream}, {@link UgcProgramme}, {@link
 * SocialCommerce}, {@link ArEffect} and {@link PurposeDrivenCampaign}; {@link #kind()} names them
 * for a {@code switch}. All are immutable and thread-safe.
 */
public sealed interface Tactic
    permits ShortVideoProgramme,
        CommunityProgramme,
        InfluencerCampaign,
        LiveStream,
        UgcProgramme,
        SocialCommerce,
        ArEffect,
        PurposeDrivenCampaign {

  /**
   * Returns the tactic's name, as shown in reports.
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the dates the tactic runs, half-open {@code [start, end)}, if it is a campaign with a
   * window; the calendar keeps the tactic's posts inside it.
   *
   * @return the campaign window
   */
  Optional<LocalDateRange> campaignWindow();

  /**
   * Returns the id of the budget allocation that pays for the tactic, if any.
   *
   * @return the allocation id, not blank
   */
  Optional<String> allocationId();

  /**
   * Returns the ids of the goals the tactic serves.
   *
   * @return the goal ids, none blank; empty when not linked
   */
  Set<String> goalIds();

  /**
   * Returns the kind of tactic.
   *
   * @return the kind
   */
  TacticKind kind();

  /**
   * Returns the platforms the tactic uses, for the rules that check platform capabilities and
   * budget allocations.
   *
   * @return the platforms, unmodifiable
   */
  Set<Platform> platforms();
}
