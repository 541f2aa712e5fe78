package dev.socialplan.calendar.schedule;

import dev.socialplan.internal.Checks;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * socialplan's one rule for turning a local (wall-clock) date-time into an instant in a zone, used by
 * schedules, recurring posts and the scheduler.
 *
 * <ul>
 *   <li>In a <b>gap</b> (clocks go forward) the local time does not exist: it moves forward by the
 *       length of the gap. 02:30 on 8 March 2026 in New York (02:00 EST → 03:00 EDT) becomes 03:30
 *       EDT; 02:15 on 4 October 2026 on Lord Howe Island (a 30-minute shift) becomes 02:45.
 *   <li>In an <b>overlap</b> (clocks go back) the local time happens twice: the earlier offset is
 *       used, so the slot happens once, at the first occurrence. 01:30 on 1 November 2026 in New
 *       York is 01:30 EDT (05:30 UTC), not 01:30 EST.
 * </ul>
 *
 * <p>This is also what {@link ZonedDateTime#ofLocal(LocalDateTime, ZoneId, ZoneOffset)} does with a null
 * preferred offset; it is written out here so that the policy is explicit and tested.
 */
public final class WallClock {
  private WallClock() {}

  /**
   * Resolves a local date-time in a zone: gaps move forward by their length, overlaps take the
   * earlier offset.
   *
   * @param local the local date-time
   * @param zone the zone
   * @return the zoned date-time
   */
  public static ZonedDateTime resolve(LocalDateTime local, ZoneId zone) {
    Checks.notNull(local, "local");
    Checks.notNull(zone, "zone");
    ZoneRules rules = zone.getRules();
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.size() == 1) {
      return ZonedDateTime.ofStrict(local, offsets.get(0), zone);
    }
    ZoneOffsetTransition transition = rules.getTransition(local);
    if (offsets.isEmpty()) {
      // Gap: shift by the gap's length, keeping the slot's distance from the transition.
      return ZonedDateTime.ofStrict(
          local.plus(transition.getDuration()), transition.getOffsetAfter(), zone);
    }
    // Overlap: the earlier of the two offsets is the one in force before the transition.
    return ZonedDateTime.ofStrict(local, transition.getOffsetBefore(), zone);
  }
}
