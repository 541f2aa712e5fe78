package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTest {
  @Test
  void ofKeepsNameCodesAndSettings() {
    assertThat(Draft.COMPETITORS.name()).isEqualTo("test.competitors");
    assertThat(Draft.COMPETITORS.codes()).containsExactly(TestCodes.TOO_MANY);
    assertThat(Draft.COMPETITORS.settings()).containsExactly(SettingTest.MAX);
    assertThat(Draft.GOALS.settings()).isEmpty();
    assertThat(Draft.GOALS).hasToString("Rule test.goals");
  }

  @Test
  void checkIsThePureFunction() {
    ValidationContext defaults = ValidationContext.standard();
    assertThat(Draft.COMPETITORS.check(Draft.BAD, defaults))
        .containsExactly(
            Finding.of(TestCodes.TOO_MANY, "competitors[5]", FindingArgument.integer("listed", 7), FindingArgument.integer("maximum", 5)),
            Finding.of(TestCodes.TOO_MANY, "competitors[6]", FindingArgument.integer("listed", 7), FindingArgument.integer("maximum", 5)));
    assertThat(Draft.COMPETITORS.check(Draft.GOOD, defaults)).isEmpty();
    ValidationContext strict =
        ValidationContext.of(ValidationSettings.standard().with(SettingTest.MAX, 6));
    assertThat(Draft.COMPETITORS.check(Draft.BAD, strict)).hasSize(1);
  }

  @Test
  void resultIsACopyTheFunctionCannotChangeLater() {
    List<Finding> shared = new ArrayList<>();
    Rule<Draft> leaky =
        Rule.of(
            "test.leaky",
            List.of(TestCodes.NO_GOALS),
            (d, c) -> {
              shared.add(Finding.of(TestCodes.NO_GOALS, "goals"));
              return shared;
            });
    List<Finding> first = leaky.check(Draft.BAD, ValidationContext.standard());
    leaky.check(Draft.BAD, ValidationContext.standard());
    assertThat(first).hasSize(1);
  }

  @Test
  void refusesRulesWithoutCodesOrName() {
    assertThatThrownBy(() -> Rule.<Draft>of("test.none", Set.of(), (d, c) -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codes must not be empty for rule test.none");
    assertThatThrownBy(() -> Rule.<Draft>of(" ", Set.of(TestCodes.NO_GOALS), (d, c) -> List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
  }
}
