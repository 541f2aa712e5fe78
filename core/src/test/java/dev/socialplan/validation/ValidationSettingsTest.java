package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ValidationSettingsTest {
  private static final ValidationSettings LOOSE =
      ValidationSettings.standard()
          .with(SettingTest.TOLERANCE, 0.5)
          .withSeverity(TestCodes.NO_GOALS, Severity.ERROR);

  @Test
  void defaultsGiveEachSettingsDefaultAndEachCodesSeverity() {
    ValidationSettings d = ValidationSettings.standard();
    assertThat(d.get(SettingTest.TOLERANCE)).isEqualTo(0.25);
    assertThat(d.isOverridden(SettingTest.TOLERANCE)).isFalse();
    assertThat(d.severityOf(TestCodes.NO_GOALS)).isEqualTo(Severity.WARNING);
    assertThat(d.severityOverride("TEST_NO_GOALS")).isEmpty();
  }

  @Test
  void overridesValuesAndSeverities() {
    assertThat(LOOSE.get(SettingTest.TOLERANCE)).isEqualTo(0.5);
    assertThat(LOOSE.isOverridden(SettingTest.TOLERANCE)).isTrue();
    assertThat(LOOSE.get(SettingTest.LABEL)).isEqualTo("x");
    assertThat(LOOSE.severityOf(TestCodes.NO_GOALS)).isEqualTo(Severity.ERROR);
    assertThat(LOOSE.severityOverride("TEST_NO_GOALS")).contains(Severity.ERROR);
    assertThat(LOOSE.severityOf(TestCodes.OVER_TOTAL)).isEqualTo(Severity.ERROR);
  }

  @Test
  void isImmutable() {
    ValidationSettings base = ValidationSettings.standard();
    base.with(SettingTest.TOLERANCE, 3.0);
    assertThat(base.get(SettingTest.TOLERANCE)).isEqualTo(0.25);
  }

  @Test
  void refusesValuesBreakingTheConstraint() {
    assertThatThrownBy(() -> ValidationSettings.standard().with(SettingTest.TOLERANCE, -1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.tolerance must be between 0 and 10: -1.0");
  }

  @Test
  void withAllLetsTheOtherWin() {
    ValidationSettings other =
        ValidationSettings.standard()
            .with(SettingTest.TOLERANCE, 2.0)
            .withSeverity("TEST_OVER_TOTAL", Severity.WARNING);
    ValidationSettings both = LOOSE.withAll(other);
    assertThat(both.get(SettingTest.TOLERANCE)).isEqualTo(2.0);
    assertThat(both.severityOf(TestCodes.NO_GOALS)).isEqualTo(Severity.ERROR);
    assertThat(both.severityOf(TestCodes.OVER_TOTAL)).isEqualTo(Severity.WARNING);
  }

  @Test
  void equalByValueWithSortedToString() {
    ValidationSettings same =
        ValidationSettings.standard()
            .withSeverity("TEST_NO_GOALS", Severity.ERROR)
            .with(SettingTest.TOLERANCE, 0.5);
    assertThat(same).isEqualTo(LOOSE).hasSameHashCodeAs(LOOSE);
    ValidationSettings byCode =
        ValidationSettings.standard()
            .withSeverity(TestCodes.NO_GOALS, Severity.ERROR)
            .with(SettingTest.TOLERANCE, 0.5);
    assertThat(byCode).isEqualTo(LOOSE);
    ValidationSettings otherValue = LOOSE.with(SettingTest.TOLERANCE, 0.75);
    ValidationSettings otherSeverity = LOOSE.withSeverity(TestCodes.NO_GOALS, Severity.INFO);
    assertThat(LOOSE)
        .isNotEqualTo(otherValue)
        .isNotEqualTo(otherSeverity)
        .isNotEqualTo(ValidationSettings.standard())
        .doesNotHaveSameHashCodeAs(otherValue)
        .doesNotHaveSameHashCodeAs(otherSeverity);
    assertThat(LOOSE)
        .hasToString("ValidationSettings{severity TEST_NO_GOALS=ERROR, test.tolerance=0.5}");
    new EqualsTester()
        .addEqualityGroup(same, LOOSE, byCode)
        .addEqualityGroup(otherValue)
        .addEqualityGroup(otherSeverity)
        .addEqualityGroup(ValidationSettings.standard())
        .testEquals();
  }
}
