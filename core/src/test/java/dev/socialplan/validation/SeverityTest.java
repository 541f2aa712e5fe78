package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void declarationOrderIsSeriousnessOrder() {
    // Reports sort by the natural order: it must agree with isAtLeast for every pair.
    for (Severity a : Severity.values()) {
      for (Severity b : Severity.values()) {
        assertThat(a.isAtLeast(b)).as("%s at least %s", a, b).isEqualTo(a.compareTo(b) <= 0);
      }
    }
  }

  @Test
  void isAtLeastComparesSeriousness() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
  }

  @Test
  void everySeverityHasALabelInBothLanguages() {
    for (Severity s : Severity.values()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TAIWAN}) {
        assertThat(MessageBundle.CORE.text("severity." + s.name(), locale))
            .as("%s in %s", s, locale)
            .hasValueSatisfying(label -> assertThat(label).isNotBlank());
      }
    }
    assertThat(MessageBundle.CORE.text("severity.WARNING", Locale.TAIWAN))
        .isNotEqualTo(MessageBundle.CORE.text("severity.WARNING", Locale.ENGLISH));
  }
}
