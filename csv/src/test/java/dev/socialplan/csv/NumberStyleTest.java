package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NumberStyleTest {
  private static final NumberStyle STANDARD = NumberStyle.standard();
  private static final NumberStyle COMMA = NumberStyle.decimalComma();

  @Test
  void countsWithThousandsSeparatorsAndDecimalZeros() {
    assertThat(STANDARD.count("1234")).hasValue(1234);
    assertThat(STANDARD.count(" 1,234,567 ")).hasValue(1_234_567);
    assertThat(STANDARD.count("1 234")).hasValue(1234);
    assertThat(STANDARD.count("1\u00A0234")).hasValue(1234);
    assertThat(STANDARD.count("1\u202F234")).hasValue(1234);
    assertThat(STANDARD.count("1'234")).hasValue(1234);
    assertThat(STANDARD.count("2633.0")).hasValue(2633);
    assertThat(STANDARD.count("+7")).hasValue(7);
    assertThat(STANDARD.count("0")).hasValue(0);
    assertThat(STANDARD.count("9223372036854775807")).hasValue(Long.MAX_VALUE);
    assertThat(COMMA.count("1.234")).hasValue(1234);
    assertThat(COMMA.count("2633,00")).hasValue(2633);
  }

  @Test
  void refusesWhatIsNotACount() {
    for (String bad : new String[] {"", " ", "1,5", "12,34", "1,2345", ",123", "1.5", "-3", "12a",
        "1.", "9223372036854775808", "1e3", "1,,234", "١٢٣"}) {
      assertThat(STANDARD.count(bad)).as("\"%s\"", bad).isEmpty();
    }
    assertThat(COMMA.count("1,5")).isEmpty();
    assertThat(COMMA.count("1.5")).isEmpty();
    assertThat(STANDARD.parseCount("99999999999999999999")).isEqualTo(NumberStyle.TOO_LARGE);
  }

  @Test
  void fractionsPercentagesAndExponents() {
    assertThat(STANDARD.fraction("12.5%").getAsDouble()).isCloseTo(0.125, within(1e-15));
    assertThat(STANDARD.fraction("12.5 %").getAsDouble()).isCloseTo(0.125, within(1e-15));
    assertThat(STANDARD.fraction("7.358351729212656E-4").getAsDouble()).isEqualTo(7.358351729212656E-4);
    assertThat(STANDARD.fraction("1,234.5").getAsDouble()).isEqualTo(1234.5);
    assertThat(COMMA.fraction("1.234,5").getAsDouble()).isEqualTo(1234.5);
    assertThat(COMMA.fraction("3,5 %").getAsDouble()).isCloseTo(0.035, within(1e-15));
    assertThat(STANDARD.fraction("-0.5").getAsDouble()).isEqualTo(-0.5);
    assertThat(STANDARD.fraction("abc")).isEmpty();
    assertThat(STANDARD.fraction("1e999")).isEmpty();
    assertThat(STANDARD.fraction("%")).isEmpty();
    assertThat(STANDARD).isEqualTo(NumberStyle.standard()).isNotEqualTo(COMMA)
        .hasToString("NumberStyle[decimal '.']");
  }
}
