package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;

/** The structural checks every tactic shares. */
final class TacticChecks {
  private TacticChecks() {}

  static void common(Tactic tactic) {
    Checks.nonBlank(tactic.name(), "name");
    tactic.allocationId().ifPresent(id -> Checks.nonBlank(id, "allocationId"));
    int i = 0;
    for (String goal : tactic.goalIds()) {
      Checks.nonBlank(goal, "goalIds[" + i++ + "]");
    }
  }
}
