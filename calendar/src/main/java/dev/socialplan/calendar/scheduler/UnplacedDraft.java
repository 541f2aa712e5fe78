package dev.socialplan.calendar.scheduler;

import dev.socialplan.internal.Checks;

/**
 * A draft the scheduler could not place, why, and the details in an English sentence ("all 12 slots
 * of the schedule for instagram in [2026-03-02T00:00:00Z, 2026-03-09T00:00:00Z) are taken or blocked
 * by spacing or the daily cap").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param draft the draft
 * @param reason why it was not placed
 * @param explanation the reason with its numbers, in English, not blank
 */
public record UnplacedDraft(Draft draft, UnplacedReason reason, String explanation) {

  /**
   * Validates the parts.
   *
   * @param draft the draft
   * @param reason why it was not placed
   * @param explanation the reason with its numbers, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the explanation is blank
   */
  public UnplacedDraft {
    Checks.notNull(draft, "draft");
    Checks.notNull(reason, "reason");
    Checks.nonBlank(explanation, "explanation");
  }

  /**
   * Returns the draft's id, the reason and the explanation: {@code d-7 NO_FREE_SLOT: all 12 slots
   * ...}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return draft.id() + " " + reason + ": " + explanation;
  }
}
