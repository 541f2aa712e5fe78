package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A purpose-driven campaign (the strategy guide's trend 8): the brand supports a cause. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021)
 * warns that audiences want leadership and real change, not opportunism, and that brands must know
 * which sensitive issues do not fit them: so such a campaign must pass approval and should say how
 * it follows from the brand's mission. A campaign without approval or without a link to the mission
 * is constructible; the rules report it.
 *
 * <p>Obtain one with {@link #of(String, String)} or {@link #builder()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PurposeDrivenCampaign implements Tactic {

  PurposeDrivenCampaign() {}

  /**
   * Returns the cause the campaign supports ({@code "support for single parents"}).
   *
   * @return the cause, not blank
   */
  public abstract String cause();

  /**
   * Returns how the campaign follows from the brand's mission statement, in the planner's words.
   *
   * @return the link to the mission, not blank
   */
  public abstract Optional<String> missionLink();

  /**
   * Returns where the campaign stands in its approval.
   *
   * @return the status; {@link ApprovalStatus#NOT_SUBMITTED} unless set
   */
  @Value.Default
  public ApprovalStatus approval() {
    return ApprovalStatus.NOT_SUBMITTED;
  }

  /**
   * Returns who approved or rejected the campaign, or who is asked to.
   *
   * @return the approver, not blank
   */
  public abstract Optional<String> approver();

  /**
   * Returns the platforms the campaign runs on.
   *
   * @return the platforms, in the order given
   */
  @Override
  public abstract Set<Platform> platforms();

  /**
   * Obtains a campaign not yet submitted for approval.
   *
   * @param name the name, not blank
   * @param cause the cause, not blank
   * @return the campaign
   * @throws IllegalArgumentException if the name or the cause is blank
   */
  public static PurposeDrivenCampaign of(String name, String cause) {
    return builder().name(name).cause(cause).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy approved by the given approver.
   *
   * @param approver who approved it, not blank
   * @return the approved campaign
   * @throws IllegalArgumentException if the approver is blank
   */
  public PurposeDrivenCampaign approvedBy(String approver) {
    return builder().from(this).approval(ApprovalStatus.APPROVED).approver(approver).build();
  }

  /**
   * Returns a copy with a link to the brand's mission.
   *
   * @param missionLink how the campaign follows from the mission, not blank
   * @return the new campaign
   * @throws IllegalArgumentException if the link is blank
   */
  public abstract PurposeDrivenCampaign withMissionLink(String missionLink);

  /**
   * Tells whether the campaign has been approved.
   *
   * @return true when the status is {@link ApprovalStatus#APPROVED}
   */
  public boolean isApproved() {
    return approval() == ApprovalStatus.APPROVED;
  }

  /**
   * Returns {@link TacticKind#PURPOSE_DRIVEN}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.PURPOSE_DRIVEN;
  }

  @Value.Check
  void check() {
    TacticChecks.common(this);
    Checks.nonBlank(cause(), "cause");
    missionLink().ifPresent(m -> Checks.nonBlank(m, "missionLink"));
    approver().ifPresent(a -> Checks.nonBlank(a, "approver"));
  }

  /** Builds a {@link PurposeDrivenCampaign}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePurposeDrivenCampaign.Builder {
    Builder() {}
  }
}
