package dev.socialplan.examples;

import dev.socialplan.goal.Target;
import dev.socialplan.metric.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import org.joda.money.Money;

/** How the report shows numbers, money, rates and dates: always in English notation. */
final class Figures {
  private Figures() {}

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  /** A count with thousands separators: {@code 12,345}. */
  static String count(long n) {
    return new DecimalFormat("#,##0", SYMBOLS).format(n);
  }

  /** A follower count in short form: {@code 1K}, {@code 100K}, {@code 1M}. */
  static String compact(long n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return n / 1_000_000 + "M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return n / 1_000 + "K";
    }
    return count(n);
  }

  /** A number with thousands separators and up to {@code decimals} decimals. */
  static String number(double x, int decimals) {
    String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return new DecimalFormat(pattern, SYMBOLS).format(x);
  }

  /** A number with a sign: {@code +412} or {@code −35}. */
  static String signed(BigDecimal x, int decimals) {
    String digits = number(x.abs().setScale(decimals, RoundingMode.HALF_EVEN).doubleValue(), decimals);
    return (x.signum() < 0 ? "−" : "+") + digits;
  }

  /** A fraction as a percentage with {@code decimals} decimals: {@code 13.80%}. */
  static String percent(double fraction, int decimals) {
    return number(fraction * 100, decimals) + "%";
  }

  /** A rate as a percentage, or "undefined" with the reason the library gives (zero denominator). */
  static String percent(Ratio ratio, int decimals) {
    OptionalDouble value = ratio.value();
    return value.isPresent() ? percent(value.getAsDouble(), decimals) : "undefined";
  }

  /** Money with its currency code and thousands separators: {@code TWD 150,000}. */
  static String money(Money money) {
    BigDecimal amount = money.getAmount();
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    int decimals = whole ? 0 : money.getCurrencyUnit().getDecimalPlaces();
    String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return money.getCurrencyUnit().getCode() + " " + new DecimalFormat(pattern, SYMBOLS).format(amount);
  }

  /** A date with its weekday: {@code Mon 2 Mar 2026}. */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** A date without the year: {@code Mon 2 Mar}. */
  static String shortDate(LocalDate date) {
    return SHORT_DATE.format(date);
  }

  /** A weekday's short English name: {@code Mon}. */
  static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /** A goal's baseline or target in its unit: a count, a percentage or money. */
  static String target(Target target) {
    if (target instanceof Target.Count) {
      return count(((Target.Count) target).value());
    }
    if (target instanceof Target.Rate) {
      return percent(((Target.Rate) target).value(), 1);
    }
    if (target instanceof Target.Amount) {
      return money(((Target.Amount) target).value());
    }
    return number(target.magnitude().doubleValue(), 2);
  }

  /** A change per month in a target's unit: {@code +400}, {@code +0.22 pts}, {@code +TWD 20,000}. */
  static String pace(Target unitOf, BigDecimal perMonth) {
    if (unitOf instanceof Target.Rate) {
      return signed(perMonth.movePointRight(2), 2) + " pts";
    }
    if (unitOf instanceof Target.Amount) {
      String currency = ((Target.Amount) unitOf).value().getCurrencyUnit().getCode();
      String digits = signed(perMonth, 0);
      return digits.charAt(0) + currency + " " + digits.substring(1);
    }
    return signed(perMonth, 0);
  }

  /** A plural: {@code 1 post}, {@code 2 posts}. */
  static String plural(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }
}
