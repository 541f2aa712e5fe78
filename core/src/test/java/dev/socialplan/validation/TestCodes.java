package dev.socialplan.validation;

import dev.socialplan.plan.MethodStep;

/** Named finding codes shared by the engine's tests. */
final class TestCodes {
  private TestCodes() {}

  static final MessageBundle BUNDLE =
      MessageBundle.of("dev.socialplan.validation.testmessages", TestCodes.class);

  static final FindingCode OVER_TOTAL =
      FindingCode.of("TEST_OVER_TOTAL", Severity.ERROR, MethodStep.BUDGET, BUNDLE);

  static final FindingCode NO_GOALS =
      FindingCode.of("TEST_NO_GOALS", Severity.WARNING, MethodStep.GOALS, BUNDLE);

  static final FindingCode TOO_MANY =
      FindingCode.literal(
          "TEST_TOO_MANY",
          Severity.INFO,
          MethodStep.COMPETITORS,
          "{listed} competitors listed; the method asks for {maximum}.",
          "Keep the {maximum} closest.");
}
