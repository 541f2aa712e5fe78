package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static final Locale TAIWAN = Locale.TAIWAN;

  @Test
  void readsEnglishAndTraditionalChinese() {
    assertThat(MessageBundle.CORE.text("severity.ERROR", Locale.ENGLISH)).contains("Error");
    assertThat(MessageBundle.CORE.text("severity.ERROR", TAIWAN)).contains("錯誤");
    assertThat(MessageBundle.CORE.text("severity.ERROR", Locale.forLanguageTag("zh-Hant-TW")))
        .contains("錯誤");
  }

  @Test
  void neverFallsBackToTheJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(TAIWAN);
      assertThat(MessageBundle.CORE.text("severity.ERROR", Locale.FRENCH)).contains("Error");
      assertThat(MessageBundle.CORE.text("severity.ERROR", Locale.ROOT)).contains("Error");
      assertThat(TestCodes.BUNDLE.text("TEST_NO_GOALS.message", Locale.GERMANY))
          .contains("The plan has no goal.");
      Locale.setDefault(Locale.US);
      assertThat(TestCodes.BUNDLE.text("TEST_NO_GOALS.message", TAIWAN)).contains("計畫沒有任何目標。");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void missingKeyIsEmpty() {
    assertThat(MessageBundle.CORE.text("NO_SUCH_CODE.message", Locale.ENGLISH)).isEmpty();
  }

  @Test
  void missingBundleThrows() {
    MessageBundle none = MessageBundle.of("dev.socialplan.validation.none", MessageBundleTest.class);
    assertThatThrownBy(() -> none.text("x", Locale.ENGLISH))
        .isInstanceOf(MissingResourceException.class);
  }

  @Test
  void refusesBlankBaseName() {
    assertThatThrownBy(() -> MessageBundle.of(" ", MessageBundleTest.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseName must not be blank: \" \"");
  }

  @Test
  void equalByValue() {
    assertThat(MessageBundle.of("dev.socialplan.validation.messages", MessageBundle.class))
        .isEqualTo(MessageBundle.CORE);
  }
}
