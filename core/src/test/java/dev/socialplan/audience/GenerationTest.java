package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class GenerationTest {

  @Test
  void pewBirthYears() {
    assertThat(Generation.SILENT.firstBirthYear()).isEqualTo(Year.of(1928));
    assertThat(Generation.SILENT.lastBirthYear()).isEqualTo(Year.of(1945));
    assertThat(Generation.BOOMERS.firstBirthYear()).isEqualTo(Year.of(1946));
    assertThat(Generation.BOOMERS.lastBirthYear()).isEqualTo(Year.of(1964));
    assertThat(Generation.GEN_X.firstBirthYear()).isEqualTo(Year.of(1965));
    assertThat(Generation.GEN_X.lastBirthYear()).isEqualTo(Year.of(1980));
    assertThat(Generation.MILLENNIALS.firstBirthYear()).isEqualTo(Year.of(1981));
    assertThat(Generation.MILLENNIALS.lastBirthYear()).isEqualTo(Year.of(1996));
    assertThat(Generation.GEN_Z.firstBirthYear()).isEqualTo(Year.of(1997));
    assertThat(Generation.GEN_Z.lastBirthYear()).isEqualTo(Year.of(2012));
  }

  @Test
  void cohortsAreContiguous() {
    Generation[] all = Generation.values();
    for (int i = 1; i < all.length; i++) {
      assertThat(all[i].birthDates().getStart()).isEqualTo(all[i - 1].birthDates().getEnd());
    }
    assertThat(Generation.GEN_X.birthDates())
        .isEqualTo(LocalDateRange.of(LocalDate.of(1965, 1, 1), LocalDate.of(1981, 1, 1)));
  }

  @Test
  void boundaryYears() {
    assertThat(Generation.forBirthYear(1927)).isEmpty();
    assertThat(Generation.forBirthYear(1928)).contains(Generation.SILENT);
    assertThat(Generation.forBirthYear(1945)).contains(Generation.SILENT);
    assertThat(Generation.forBirthYear(1946)).contains(Generation.BOOMERS);
    assertThat(Generation.forBirthYear(1964)).contains(Generation.BOOMERS);
    assertThat(Generation.forBirthYear(1965)).contains(Generation.GEN_X);
    assertThat(Generation.forBirthYear(1980)).contains(Generation.GEN_X);
    assertThat(Generation.forBirthYear(1981)).contains(Generation.MILLENNIALS);
    assertThat(Generation.forBirthYear(1996)).contains(Generation.MILLENNIALS);
    assertThat(Generation.forBirthYear(1997)).contains(Generation.GEN_Z);
    assertThat(Generation.forBirthYear(2012)).contains(Generation.GEN_Z);
    assertThat(Generation.forBirthYear(2013)).isEmpty();
    assertThat(Generation.forBirthDate(LocalDate.of(1996, 12, 31))).contains(Generation.MILLENNIALS);
    assertThat(Generation.forBirthDate(LocalDate.of(1997, 1, 1))).contains(Generation.GEN_Z);
  }

  @Test
  void socialMediaSharesQuotedInTheArticle() {
    assertThat(Generation.MILLENNIALS.socialMediaShare()).contains(Ratio.ofPercent(90.4));
    assertThat(Generation.GEN_X.socialMediaShare()).contains(Ratio.ofPercent(77.5));
    assertThat(Generation.BOOMERS.socialMediaShare()).contains(Ratio.ofPercent(48.2));
    assertThat(Generation.MILLENNIALS.socialMediaShare().orElseThrow().value().getAsDouble())
        .isEqualTo(0.904);
    assertThat(Generation.SILENT.socialMediaShare()).isEmpty();
    assertThat(Generation.GEN_Z.socialMediaShare()).isEmpty();
  }
}
