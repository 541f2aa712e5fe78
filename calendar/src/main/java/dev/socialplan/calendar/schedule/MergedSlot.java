package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Local slots of a {@link PostingSchedule} that resolve to one instant and so count as one slot:
 * on a day the clocks spring forward, a slot in the gap moves forward by its length (02:30 becomes
 * 03:30 in New York) and lands on a slot that already exists there. {@link
 * PostingSchedule#mergedSlots(org.threeten.extra.Interval)} lists them, so a planner can see that
 * the day has one slot fewer than its pattern says.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param slot the one slot they became, as {@link PostingSchedule#candidateSlots} returns it
 * @param localTimes the local slots of the pattern that resolved to it, ascending, at least two
 */
public record MergedSlot(ZonedDateTime slot, List<LocalDateTime> localTimes) {

  /**
   * Validates the parts and copies the list.
   *
   * @param slot the slot they became
   * @param localTimes the local slots, at least two, distinct
   * @throws IllegalArgumentException if fewer than two local times are given
   */
  public MergedSlot {
    Checks.notNull(slot, "slot");
    Checks.notNull(localTimes, "localTimes");
    localTimes = List.copyOf(localTimes);
    if (localTimes.size() < 2) {
      throw new IllegalArgumentException(
          "localTimes must hold at least two local slots: " + localTimes);
    }
  }
}
