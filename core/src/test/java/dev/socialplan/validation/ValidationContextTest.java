package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ValidationContextTest {
  /** 2025-03-01T02:00Z: still 28 February in New York, already 1 March in Taipei. */
  private static final Clock FIXED = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);

  @Test
  void withoutClockThereIsNoToday() {
    ValidationContext context = ValidationContext.standard();
    assertThat(context.clock()).isEmpty();
    assertThat(context.today(ZoneId.of("Asia/Taipei"))).isEmpty();
    assertThat(context.settings()).isEqualTo(ValidationSettings.standard());
  }

  @Test
  void todayIsTakenInTheGivenZone() {
    ValidationContext context = ValidationContext.of(ValidationSettings.standard(), FIXED);
    assertThat(context.clock()).contains(FIXED);
    assertThat(context.today(ZoneId.of("Asia/Taipei"))).contains(LocalDate.of(2025, 3, 1));
    assertThat(context.today(ZoneId.of("America/New_York"))).contains(LocalDate.of(2025, 2, 28));
  }

  @Test
  void readsSettings() {
    ValidationContext context =
        ValidationContext.of(ValidationSettings.standard().with(SettingTest.TOLERANCE, 1.0));
    assertThat(context.setting(SettingTest.TOLERANCE)).isEqualTo(1.0);
    assertThat(context.setting(SettingTest.LABEL)).isEqualTo("x");
    assertThat(context.toString()).contains("test.tolerance=1.0");
  }

  @Test
  void toStringShowsTheClockOnlyWhenThereIsOne() {
    assertThat(ValidationContext.standard()).hasToString("ValidationContext{ValidationSettings{}}");
    assertThat(ValidationContext.of(ValidationSettings.standard(), FIXED))
        .hasToString("ValidationContext{ValidationSettings{}, " + FIXED + "}");
  }
}
