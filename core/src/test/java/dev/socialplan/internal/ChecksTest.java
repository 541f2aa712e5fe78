package dev.socialplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void messagesNameTheFieldAndTheValue() {
    assertThatThrownBy(() -> Checks.nonNegative(-3L, "followers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followers must not be negative: -3");
    assertThatThrownBy(() -> Checks.nonNegative(-1, "posts"))
        .hasMessage("posts must not be negative: -1");
    assertThatThrownBy(() -> Checks.nonNegative(-0.5, "weight"))
        .hasMessage("weight must not be negative: -0.5");
    assertThatThrownBy(() -> Checks.fraction(1.5, "share")).hasMessage("share must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> Checks.inRange(9, 0, 8, "step")).hasMessage("step must be between 0 and 8: 9");
    assertThatThrownBy(() -> Checks.nonBlank("\t", "name")).hasMessage("name must not be blank: \"\t\"");
    assertThatThrownBy(() -> Checks.notNull(null, "owner"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("owner must not be null");
    assertThatThrownBy(() -> Checks.noNullElements(Arrays.asList("a", null), "tags"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tags[1] must not be null");
  }

  @Test
  void returnsValidValuesUnchanged() {
    assertThat(Checks.nonNegative(0L, "n")).isZero();
    assertThat(Checks.nonNegative(5L, "n")).isEqualTo(5L);
    assertThat(Checks.nonNegative(0, "n")).isZero();
    assertThat(Checks.nonNegative(2, "n")).isEqualTo(2);
    assertThat(Checks.nonNegative(0.0, "n")).isZero();
    assertThat(Checks.nonNegative(2.5, "n")).isEqualTo(2.5);
    assertThat(Checks.fraction(1.0, "f")).isEqualTo(1.0);
    assertThat(Checks.fraction(0.0, "f")).isZero();
    assertThat(Checks.inRange(8, 0, 8, "s")).isEqualTo(8);
    assertThat(Checks.inRange(0, 0, 8, "s")).isZero();
    assertThat(Checks.notNull("owner", "o")).isEqualTo("owner");
    assertThat(Checks.finite(-2.5, "x")).isEqualTo(-2.5);
    assertThat(Checks.nonBlank(" a ", "s")).isEqualTo(" a ");
    assertThat(Checks.noNullElements(List.of("a"), "l")).containsExactly("a");
  }

  /** Before the fix names of no-break spaces or zero-width characters were accepted as non-blank. */
  @Test
  void blankMeansNoVisibleCharacterInUnicode() {
    for (String blank :
        new String[] {
          "", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u3000", "\u200B", "\u2060", "\uFEFF",
          "\u200E\u200F", "\u00A0\u200B ", "\u2028\u2029", "\u180E"
        }) {
      assertThat(Checks.isBlank(blank)).as("U+%04X…", blank.isEmpty() ? 0 : (int) blank.charAt(0)).isTrue();
      assertThatThrownBy(() -> Checks.nonBlank(blank, "brand"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("brand must not be blank: \"" + blank + "\"");
    }
    for (String visible : new String[] {"a", "\u00A0a", "\u200Bx\u200B", "\uD83D\uDE00", "\u00AD-"}) {
      assertThat(Checks.isBlank(visible)).as(visible).isFalse();
      assertThat(Checks.nonBlank(visible, "brand")).isSameAs(visible);
    }
  }
}
