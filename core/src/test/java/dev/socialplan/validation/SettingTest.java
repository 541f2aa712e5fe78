package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingTest {
  static final Setting<Double> TOLERANCE =
      Setting.of(
          "test.tolerance",
          Double.class,
          0.25,
          "how far above the historical rate a target may be",
          v -> v >= 0 && v <= 10,
          "between 0 and 10");

  static final Setting<Integer> MAX =
      Setting.of(
          "test.maxCompetitors", Integer.class, 5, "closest competitors to list", n -> n >= 1,
          "at least 1");

  static final Setting<String> LABEL = Setting.of("test.label", String.class, "x", "a label");

  @Test
  void keepsItsParts() {
    assertThat(TOLERANCE.name()).isEqualTo("test.tolerance");
    assertThat(TOLERANCE.type()).isEqualTo(Double.class);
    assertThat(TOLERANCE.defaultValue()).isEqualTo(0.25);
    assertThat(TOLERANCE.description()).isEqualTo("how far above the historical rate a target may be");
    assertThat(TOLERANCE.constraintDescription()).isEqualTo("between 0 and 10");
    assertThat(LABEL.constraintDescription()).isEqualTo("any value");
    assertThat(TOLERANCE).hasToString("test.tolerance (default 0.25)");
  }

  @Test
  void checksTypeAndConstraint() {
    assertThat(TOLERANCE.check(1.5)).isEqualTo(1.5);
    assertThatThrownBy(() -> TOLERANCE.check(11.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.tolerance must be between 0 and 10: 11.0");
    assertThatThrownBy(() -> TOLERANCE.check("high"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.tolerance must be a Double: high is a String");
  }

  @Test
  void refusesADefaultOutsideItsConstraint() {
    assertThatThrownBy(
            () -> Setting.of("t", Integer.class, 0, "d", n -> n >= 1, "at least 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t must be at least 1: 0");
  }

  @Test
  void isAKeyComparedByIdentity() {
    Setting<String> twin = Setting.of("test.label", String.class, "x", "a label");
    assertThat(twin).isNotEqualTo(LABEL);
    ValidationSettings settings = ValidationSettings.standard().with(twin, "y");
    assertThat(settings.get(twin)).isEqualTo("y");
    assertThat(settings.get(LABEL)).isEqualTo("x");
  }

  @Test
  void constrainedSettingChecksItsValues() {
    Setting<Integer> atLeastTwo =
        Setting.of("test.min", Integer.class, 2, "a minimum", n -> n >= 2, "at least 2");
    assertThat(atLeastTwo.check(3)).isEqualTo(3);
    assertThatThrownBy(() -> atLeastTwo.check(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.min must be at least 2: 1");
  }
}
