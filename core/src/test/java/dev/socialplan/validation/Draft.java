package dev.socialplan.validation;

import java.util.ArrayList;
import java.util.List;

/** A tiny subject for the engine's tests, with three rules over it. */
record Draft(int goals, long allocated, long total, int competitors) {

  static final Rule<Draft> GOALS =
      Rule.of(
          "test.goals",
          List.of(TestCodes.NO_GOALS),
          (d, c) -> d.goals() == 0 ? List.of(Finding.of(TestCodes.NO_GOALS, "goals")) : List.of());

  static final Rule<Draft> BUDGET =
      Rule.of(
          "test.budget",
          List.of(TestCodes.OVER_TOTAL),
          (d, c) ->
              d.allocated() > d.total()
                  ? List.of(
                      Finding.of(TestCodes.OVER_TOTAL, "budget.allocations", FindingArgument.decimal("allocated", d.allocated()), FindingArgument.integer("total", d.total())))
                  : List.of());

  static final Rule<Draft> COMPETITORS =
      Rule.of(
          "test.competitors",
          List.of(TestCodes.TOO_MANY),
          List.of(SettingTest.MAX),
          (d, c) -> {
            List<Finding> out = new ArrayList<>();
            int max = c.setting(SettingTest.MAX);
            for (int i = max; i < d.competitors(); i++) {
              out.add(Finding.of(TestCodes.TOO_MANY, "competitors[" + i + "]", FindingArgument.integer("listed", d.competitors()), FindingArgument.integer("maximum", max)));
            }
            return out;
          });

  static final RuleSet<Draft> STANDARD = RuleSet.of(List.of(GOALS, BUDGET, COMPETITORS));

  static final Draft BAD = new Draft(0, 120, 100, 7);
  static final Draft GOOD = new Draft(2, 100, 100, 5);
}
