package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.internal.Checks;
import java.time.Instant;

/**
 * A slot bound to a pillar or purpose that the scheduler left empty, why, and the details in an
 * English sentence. Category-queue tools leave such a slot empty too when its category has nothing
 * left to post; the result says so instead of filling it with another pillar's post.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param channel the channel of the schedule the slot belongs to
 * @param time the slot's instant
 * @param binding what the slot takes
 * @param reason why it stayed empty
 * @param explanation the reason with its details, in English, not blank
 */
public record UnfilledSlot(
    Channel channel, Instant time, SlotBinding binding, UnfilledReason reason, String explanation) {

  /**
   * Validates the parts.
   *
   * @param channel the channel of the schedule the slot belongs to
   * @param time the slot's instant
   * @param binding what the slot takes
   * @param reason why it stayed empty
   * @param explanation the reason with its details, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the explanation is blank
   */
  public UnfilledSlot {
    Checks.notNull(channel, "channel");
    Checks.notNull(time, "time");
    Checks.notNull(binding, "binding");
    Checks.notNull(reason, "reason");
    Checks.nonBlank(explanation, "explanation");
  }

  /**
   * Returns the channel, time, binding and reason: {@code instagram 2026-03-04T01:00:00Z (pillar
   * Self-care) NO_DRAFT: ...}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return channel + " " + time + " (" + binding + ") " + reason + ": " + explanation;
  }
}
