package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataSourceTest {

  @Test
  void onlyAssumptionIsNotData() {
    assertThat(DataSource.ANALYTICS.isData()).isTrue();
    assertThat(DataSource.SURVEY.isData()).isTrue();
    assertThat(DataSource.ASSUMPTION.isData()).isFalse();
  }
}
