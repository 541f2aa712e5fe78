package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimeStyleTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final DateTimeStyle STANDARD = DateTimeStyle.standard(NEW_YORK);

  @Test
  void readsTheStandardFormsInTheZoneUnlessAnOffsetIsGiven() {
    assertThat(STANDARD.parse("2019-01-31 23:32 +0000")).hasValue(Instant.parse("2019-01-31T23:32:00Z"));
    assertThat(STANDARD.parse("2025-03-04T09:30:00Z")).hasValue(Instant.parse("2025-03-04T09:30:00Z"));
    assertThat(STANDARD.parse("2025-03-04T09:30:00.123Z")).hasValue(Instant.parse("2025-03-04T09:30:00.123Z"));
    assertThat(STANDARD.parse("2025-03-04T09:30:00+08:00")).hasValue(Instant.parse("2025-03-04T01:30:00Z"));
    assertThat(STANDARD.parse("2025-03-04 09:30")).hasValue(Instant.parse("2025-03-04T14:30:00Z"));
    assertThat(STANDARD.parse("3/4/2025 9:30 PM")).hasValue(Instant.parse("2025-03-05T02:30:00Z"));
    assertThat(STANDARD.parse("4.3.2025 21:30")).hasValue(Instant.parse("2025-03-05T02:30:00Z"));
    assertThat(STANDARD.parse("2025/03/04 09:30:15")).hasValue(Instant.parse("2025-03-04T14:30:15Z"));
    assertThat(STANDARD.parse("2025-03-04")).hasValue(Instant.parse("2025-03-04T05:00:00Z"));
  }

  @Test
  void resolvesDaylightSavingGapsForwardAndOverlapsToTheEarlierOffset() {
    // 2025-03-09 02:30 does not exist in New York: moved forward by the hour of the gap.
    assertThat(STANDARD.parse("2025-03-09 02:30")).hasValue(Instant.parse("2025-03-09T07:30:00Z"));
    // 2025-11-02 01:30 happens twice: the earlier offset (-04:00).
    assertThat(STANDARD.parse("2025-11-02 01:30")).hasValue(Instant.parse("2025-11-02T05:30:00Z"));
  }

  @Test
  void refusesImpossibleOrUnknownForms() {
    assertThat(STANDARD.parse("2025-02-30 10:00")).isEmpty();
    assertThat(STANDARD.parse("yesterday")).isEmpty();
    assertThat(STANDARD.parse("2025-03-04 25:00")).isEmpty();
    assertThat(STANDARD.parse("")).isEmpty();
    DateTimeStyle custom = DateTimeStyle.of(ZoneOffset.UTC, "dd MMM yyyy HH:mm");
    assertThat(custom.parse("04 Mar 2025 09:30")).hasValue(Instant.parse("2025-03-04T09:30:00Z"));
    assertThat(custom.withZone(NEW_YORK).zone()).isEqualTo(NEW_YORK);
    assertThat(custom.patterns()).containsExactly("dd MMM yyyy HH:mm");
    assertThatThrownBy(() -> DateTimeStyle.of(ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DateTimeStyle.of(ZoneOffset.UTC, "yyyy-MM-dd {"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
