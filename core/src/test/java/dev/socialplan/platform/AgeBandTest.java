package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgeBandTest {
  @Test
  void bandsOfPewSurveys() {
    assertThat(AgeBand.forAge(17)).isEmpty();
    assertThat(AgeBand.forAge(18)).contains(AgeBand.AGE_18_29);
    assertThat(AgeBand.forAge(29)).contains(AgeBand.AGE_18_29);
    assertThat(AgeBand.forAge(30)).contains(AgeBand.AGE_30_49);
    assertThat(AgeBand.forAge(64)).contains(AgeBand.AGE_50_64);
    assertThat(AgeBand.forAge(65)).contains(AgeBand.AGE_65_PLUS);
    assertThat(AgeBand.forAge(104)).contains(AgeBand.AGE_65_PLUS);
  }

  @Test
  void boundsAndLabels() {
    assertThat(AgeBand.AGE_30_49.minAge()).isEqualTo(30);
    assertThat(AgeBand.AGE_30_49.maxAge()).hasValue(49);
    assertThat(AgeBand.AGE_65_PLUS.maxAge()).isEmpty();
    assertThat(AgeBand.AGE_18_29).hasToString("18–29");
    assertThat(AgeBand.AGE_65_PLUS).hasToString("65+");
  }

  @Test
  void yearsOfARangeInEachBand() {
    assertThat(AgeBand.AGE_18_29.overlapYears(20, 29)).isEqualTo(10);
    assertThat(AgeBand.AGE_30_49.overlapYears(20, 29)).isZero();
    assertThat(AgeBand.AGE_50_64.overlapYears(50, 80)).isEqualTo(15);
    assertThat(AgeBand.AGE_65_PLUS.overlapYears(50, 80)).isEqualTo(16);
    assertThat(AgeBand.AGE_18_29.overlapYears(0, 17)).isZero();
    assertThat(AgeBand.AGE_18_29.overlapYears(29, 29)).isEqualTo(1);
    assertThatThrownBy(() -> AgeBand.AGE_18_29.overlapYears(30, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toAge must not be below fromAge (30): 20");
  }
}
