package dev.socialplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written shortcut for common forms reads exactly what the formatters read. */
class DateTimeStylePropertiesTest {
  private static final List<DateTimeStyle> STYLES =
      List.of(
          DateTimeStyle.standard(ZoneId.of("America/New_York")),
          DateTimeStyle.standard(ZoneOffset.UTC),
          DateTimeStyle.standard(ZoneId.of("Australia/Lord_Howe")),
          DateTimeStyle.of(ZoneOffset.UTC, "yyyy-MM-dd HH:mm Z"));

  private static Gen<String> pick(String... options) {
    return Generate.pick(List.of(options));
  }

  /** Texts near the shortcut's forms: valid ones, impossible dates, odd offsets and fractions. */
  static Gen<String> texts() {
    Gen<String> year = pick("2025", "2024", "1970", "0999", "9999", "20x5", "202");
    Gen<String> month = pick("01", "02", "03", "11", "12", "13", "00", "1");
    Gen<String> day = pick("01", "09", "28", "29", "30", "31", "32");
    Gen<String> sep = pick("T", " ", "t", "_");
    Gen<String> hour = pick("00", "01", "02", "09", "23", "24", "9");
    Gen<String> minute = pick("00", "30", "59", "60");
    Gen<String> second = pick("", ":00", ":59", ":60", ":5");
    Gen<String> fraction = pick("", "", ".123", ".123456", ".123456789", ".1", ".1234");
    Gen<String> offset = pick("", "", "Z", "+08:00", "-05:30", "+14:00", "+19:00", " +0000",
        " -0500", " +05:30", " +0830", "+0800", " Z", "z");
    return year.zip(month, day, sep, hour, (y, mo, d, s, h) -> y + "-" + mo + "-" + d + s + h)
        .zip(minute, second, fraction, offset, (p, mi, se, f, o) -> p + ":" + mi + se + f + o);
  }

  @Test
  void theShortcutAgreesWithTheFormatters() {
    qt().withExamples(5_000)
        .forAll(texts(), Generate.range(0, STYLES.size() - 1))
        .checkAssert((text, i) -> {
          DateTimeStyle style = STYLES.get(i);
          assertThat(style.parse(text)).as("%s in %s", text, style)
              .isEqualTo(style.withoutShortcut().parse(text));
        });
  }
}
