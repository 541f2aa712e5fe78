package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.plan.MethodStep;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingCodeTest {
  @Test
  void bundledCodeKeepsItsPartsAndLooksUpTexts() {
    FindingCode code = TestCodes.OVER_TOTAL;
    assertThat(code.name()).isEqualTo("TEST_OVER_TOTAL");
    assertThat(code.severity()).isEqualTo(Severity.ERROR);
    assertThat(code.step()).isEqualTo(MethodStep.BUDGET);
    assertThat(code.bundle()).contains(TestCodes.BUNDLE);
    assertThat(code.messagePattern(Locale.ENGLISH))
        .isEqualTo("Allocations of {allocated} exceed the total of {total}.");
    assertThat(code.argumentNames()).containsExactly("allocated", "total");
    assertThat(TestCodes.NO_GOALS.argumentNames()).isEmpty();
    assertThat(code.hintPattern(Locale.TAIWAN)).isEqualTo("降低分配金額或提高總預算。");
    assertThat(code).hasToString("TEST_OVER_TOTAL");
  }

  @Test
  void literalCodeIsTheSameInEveryLocale() {
    assertThat(TestCodes.TOO_MANY.bundle()).isEmpty();
    assertThat(TestCodes.TOO_MANY.messagePattern(Locale.TAIWAN))
        .isEqualTo(TestCodes.TOO_MANY.messagePattern(Locale.ENGLISH))
        .isEqualTo("{listed} competitors listed; the method asks for {maximum}.");
    // The hint's names count too, in order of first use across message and hint.
    assertThat(
            FindingCode.literal("A", Severity.INFO, MethodStep.GOALS, "{b} and {a}", "{c}, {a}")
                .argumentNames())
        .containsExactly("b", "a", "c");
  }

  @Test
  void keysFollowTheConvention() {
    assertThat(FindingCode.messageKey("A_B")).isEqualTo("A_B.message");
    assertThat(FindingCode.hintKey("A_B")).isEqualTo("A_B.hint");
  }

  @Test
  void refusesCodesThatAreNotUpperSnake() {
    for (String bad : new String[] {"overTotal", "OVER__TOTAL", "_OVER", "OVER_", "1OVER", ""}) {
      assertThatThrownBy(
              () -> FindingCode.literal(bad, Severity.ERROR, MethodStep.BUDGET, "m", "h"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must be UPPER_SNAKE: \"" + bad + "\"");
    }
  }

  @Test
  void refusesBundledCodesThatAreNotUpperSnakeBeforeLookingUpTheirTexts() {
    assertThatThrownBy(
            () ->
                FindingCode.of("test_no_goals", Severity.ERROR, MethodStep.GOALS, TestCodes.BUNDLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be UPPER_SNAKE: \"test_no_goals\"");
  }

  @Test
  void refusesBundleWithoutTheKeys() {
    assertThatThrownBy(
            () -> FindingCode.of("TEST_UNKNOWN", Severity.ERROR, MethodStep.GOALS, TestCodes.BUNDLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "bundle dev.socialplan.validation.testmessages has no key \"TEST_UNKNOWN.message\""
                + " for code TEST_UNKNOWN");
  }

  @Test
  void refusesBadLiteralPatterns() {
    assertThatThrownBy(
            () -> FindingCode.literal("A", Severity.INFO, MethodStep.GOALS, "{count", "hint"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("messagePattern is not a valid MessageFormat pattern");
    assertThatThrownBy(
            () -> FindingCode.literal("A", Severity.INFO, MethodStep.GOALS, "m", "Keep {1}."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hintPattern must name its arguments ({reach}, not {0}): \"Keep {1}.\"");
    assertThatThrownBy(() -> FindingCode.literal("A", Severity.INFO, MethodStep.GOALS, "m", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hintPattern must not be blank: \" \"");
  }

  @Test
  void equalWhenAllPartsAreEqual() {
    FindingCode same =
        FindingCode.of("TEST_OVER_TOTAL", Severity.ERROR, MethodStep.BUDGET, TestCodes.BUNDLE);
    FindingCode otherSeverity =
        FindingCode.of("TEST_OVER_TOTAL", Severity.WARNING, MethodStep.BUDGET, TestCodes.BUNDLE);
    assertThat(same).isEqualTo(TestCodes.OVER_TOTAL).hasSameHashCodeAs(TestCodes.OVER_TOTAL);
    assertThat(otherSeverity)
        .isNotEqualTo(TestCodes.OVER_TOTAL)
        .doesNotHaveSameHashCodeAs(TestCodes.OVER_TOTAL);
    assertThat(TestCodes.OVER_TOTAL).isNotEqualTo("TEST_OVER_TOTAL");
    new EqualsTester()
        .addEqualityGroup(same, TestCodes.OVER_TOTAL)
        .addEqualityGroup(otherSeverity)
        .addEqualityGroup(TestCodes.NO_GOALS)
        .addEqualityGroup(TestCodes.TOO_MANY)
        .testEquals();
  }
}
