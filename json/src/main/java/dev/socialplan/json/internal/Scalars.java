package dev.socialplan.json.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearWeek;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The leaves of the format: text, numbers, booleans, enums by name, ISO-8601 dates, times,
 * zones, durations and periods, currencies, money and ranges.
 */
public final class Scalars {

  private Scalars() {}

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** Any text. */
  public static final Codec<String> STRING =
      new Codec<String>() {
        @Override
        public void write(String value, JsonGenerator out) {
          out.writeString(value);
        }

        @Override
        public String read(JsonParser in, Reading reading) {
          if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw Reading.wrongType(in, expected());
          }
          return in.getString();
        }

        @Override
        public String expected() {
          return "a string";
        }
      };

  /** true or false. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<Boolean>() {
        @Override
        public void write(Boolean value, JsonGenerator out) {
          out.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser in, Reading reading) {
          JsonToken token = in.currentToken();
          if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
          }
          if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
          }
          throw Reading.wrongType(in, expected());
        }

        @Override
        public String expected() {
          return "a boolean";
        }
      };

  /** A whole number within a 64-bit long (written 1e3 or 5.0 is accepted when whole). */
  public static final Codec<Long> LONG =
      new Codec<Long>() {
        @Override
        public void write(Long value, JsonGenerator out) {
          out.writeNumber(value.longValue());
        }

        @Override
        public Long read(JsonParser in, Reading reading) {
          return readLong(in, expected(), Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public String expected() {
          return "a whole number";
        }
      };

  /** A whole number within a 32-bit int. */
  public static final Codec<Integer> INT =
      new Codec<Integer>() {
        @Override
        public void write(Integer value, JsonGenerator out) {
          out.writeNumber(value.intValue());
        }

        @Override
        public Integer read(JsonParser in, Reading reading) {
          return (int) readLong(in, expected(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public String expected() {
          return "a whole number";
        }
      };

  static long readLong(JsonParser in, String expected, long min, long max) {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT
        && in.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long value = in.getLongValue();
      if (value < min || value > max) {
        throw Reading.refuse(in, "does not fit: must be between " + min + " and " + max);
      }
      return value;
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal decimal = in.getDecimalValue();
      if (decimal.stripTrailingZeros().scale() > 0) {
        throw Reading.refuse(in, "not a whole number");
      }
      if (decimal.compareTo(BigDecimal.valueOf(min)) < 0
          || decimal.compareTo(BigDecimal.valueOf(max)) > 0
          || decimal.compareTo(LONG_MIN) < 0
          || decimal.compareTo(LONG_MAX) > 0) {
        throw Reading.refuse(in, "does not fit: must be between " + min + " and " + max);
      }
      return decimal.longValueExact();
    }
    throw Reading.wrongType(in, expected);
  }

  /** A finite number (a JSON number; written in the shortest form that reads back exactly). */
  public static final Codec<Double> DOUBLE =
      new Codec<Double>() {
        @Override
        public void write(Double value, JsonGenerator out) {
          out.writeNumber(value.doubleValue());
        }

        @Override
        public Double read(JsonParser in, Reading reading) {
          JsonToken token = in.currentToken();
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw Reading.wrongType(in, expected());
          }
          double value = in.getDoubleValue();
          if (!Double.isFinite(value)) {
            throw Reading.refuse(in, "does not fit in a double");
          }
          return value;
        }

        @Override
        public String expected() {
          return "a number";
        }
      };

  /** An exact decimal, written as a string so its scale survives ("12.50"). */
  public static final Codec<BigDecimal> DECIMAL =
      new Codec<BigDecimal>() {
        @Override
        public void write(BigDecimal value, JsonGenerator out) {
          out.writeString(value.toPlainString());
        }

        @Override
        public BigDecimal read(JsonParser in, Reading reading) {
          return readDecimal(in, expected());
        }

        @Override
        public String expected() {
          return "a decimal number as a string (\"12.50\")";
        }
      };

  static BigDecimal readDecimal(JsonParser in, String expected) {
    JsonToken token = in.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return in.getDecimalValue();
    }
    if (token != JsonToken.VALUE_STRING) {
      throw Reading.wrongType(in, expected);
    }
    String text = in.getString();
    // A plain decimal only: no exponent, so "1e999999999" cannot make a huge number. The digit
    // bounds admit the exact value of any double (at most 309 integer and 1,074 fraction digits),
    // so every decimal the library computes, a projection's compound growth included, reads back.
    if (!text.matches("-?[0-9]{1,1100}(\\.[0-9]{1,1100})?")) {
      throw Reading.refuse(in, "not a plain decimal number (digits, an optional point; at most"
          + " 1,100 digits before and after it)");
    }
    return new BigDecimal(text);
  }

  /**
   * A value written as a string and parsed back by a function.
   *
   * @param expected what the text must be, for messages
   * @param format the text of a value
   * @param parse parses the text; IllegalArgumentException or DateTimeException refuse it
   * @param <T> the type
   * @return the codec
   */
  public static <T> Codec<T> text(
      String expected, Function<T, String> format, Function<String, T> parse) {
    return new Codec<T>() {
      @Override
      public void write(T value, JsonGenerator out) {
        out.writeString(format.apply(value));
      }

      @Override
      public T read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          throw Reading.wrongType(in, expected);
        }
        String text = in.getString();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException | IllformedLocaleException e) {
          throw Reading.refuse(in, "not " + expected + ": " + e.getMessage(), e);
        }
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  /**
   * An enum by its constant's name.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
      names.add(constant.name());
    }
    String expected = "one of " + String.join(", ", names);
    return new Codec<E>() {
      @Override
      public void write(E value, JsonGenerator out) {
        out.writeString(value.name());
      }

      @Override
      public E read(JsonParser in, Reading reading) {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          throw Reading.wrongType(in, "a string, " + expected);
        }
        E value = byName.get(in.getString());
        if (value == null) {
          throw Reading.refuse(
              in, "unknown " + type.getSimpleName() + " constant; expected " + expected);
        }
        return value;
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }

  /**
   * An enum key by its constant's name.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the key codec
   */
  public static <E extends Enum<E>> KeyCodec<E> enumKey(Class<E> type) {
    return KeyCodec.of(Enum::name, text -> Enum.valueOf(type, text), type.getSimpleName());
  }

  /** An instant, ISO-8601 in UTC ("2026-03-01T02:00:00Z"). */
  public static final Codec<Instant> INSTANT =
      text("an ISO-8601 instant (2026-03-01T02:00:00Z)", Instant::toString, Instant::parse);

  /** A date, ISO-8601 ("2026-03-01"). */
  public static final Codec<LocalDate> LOCAL_DATE =
      text("an ISO-8601 date (2026-03-01)", LocalDate::toString, LocalDate::parse);

  /** A time of day, ISO-8601 ("09:30"). */
  public static final Codec<LocalTime> LOCAL_TIME =
      text("an ISO-8601 time (09:30)", LocalTime::toString, LocalTime::parse);

  /** A date and time without zone, ISO-8601 ("2026-03-01T09:30"). */
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME =
      text(
          "an ISO-8601 local date-time (2026-03-01T09:30)",
          LocalDateTime::toString,
          LocalDateTime::parse);

  /** A date-time with offset and region ("2026-03-01T09:30+08:00[Asia/Taipei]"). */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME =
      text(
          "an ISO-8601 zoned date-time (2026-03-01T09:30+08:00[Asia/Taipei])",
          ZonedDateTime::toString,
          ZonedDateTime::parse);

  /** A time-zone id ("Asia/Taipei", "UTC", "+08:00"). */
  public static final Codec<ZoneId> ZONE_ID =
      text("a time-zone id (Asia/Taipei)", ZoneId::getId, ZoneId::of);

  /** A duration, ISO-8601 ("PT1H30M"). */
  public static final Codec<Duration> DURATION =
      text("an ISO-8601 duration (PT1H30M)", Duration::toString, Duration::parse);

  /** A period, ISO-8601 ("P1M"). */
  public static final Codec<Period> PERIOD =
      text("an ISO-8601 period (P1M)", Period::toString, Period::parse);

  /** A month, ISO-8601 ("2026-03"). */
  public static final Codec<YearMonth> YEAR_MONTH =
      text("an ISO-8601 month (2026-03)", YearMonth::toString, YearMonth::parse);

  /** A week-based year and week, ISO-8601 ("2026-W09"). */
  public static final Codec<YearWeek> YEAR_WEEK =
      text("an ISO-8601 week (2026-W09)", YearWeek::toString, YearWeek::parse);

  /** A day of the week by name ("MONDAY"). */
  public static final Codec<DayOfWeek> DAY_OF_WEEK = enumOf(DayOfWeek.class);

  /** A locale as a BCP 47 language tag ("zh-TW"). */
  public static final Codec<Locale> LOCALE =
      text(
          "a BCP 47 language tag (zh-TW)",
          Locale::toLanguageTag,
          tag -> new Locale.Builder().setLanguageTag(tag).build());

  /** A currency by its ISO 4217 code ("TWD"). */
  public static final Codec<CurrencyUnit> CURRENCY =
      text("an ISO 4217 currency code (TWD)", CurrencyUnit::getCode, CurrencyUnit::of);

  /** A currency key. */
  public static final KeyCodec<CurrencyUnit> CURRENCY_KEY =
      KeyCodec.of(CurrencyUnit::getCode, CurrencyUnit::of, "an ISO 4217 currency code");

  /** An amount of money: {"amount": "150000.00", "currency": "TWD"}. */
  public static final ObjectCodec<Money> MONEY =
      ObjectCodec.define(
          "Money",
          t -> {
            var amount = t.req("amount", DECIMAL, Money::getAmount);
            var currency = t.req("currency", CURRENCY, Money::getCurrencyUnit);
            // Money.of refuses more decimals than the currency has (ArithmeticException):
            // rounding silently would change the amount.
            return v -> Money.of(v.get(currency), v.get(amount));
          });

  /** A half-open date range: {"start": "2026-01-01", "end": "2026-04-01"}, end excluded. */
  public static final ObjectCodec<LocalDateRange> LOCAL_DATE_RANGE =
      ObjectCodec.define(
          "LocalDateRange",
          t -> {
            var start = t.req("start", LOCAL_DATE, LocalDateRange::getStart);
            var end = t.req("end", LOCAL_DATE, LocalDateRange::getEnd);
            return v -> LocalDateRange.of(v.get(start), v.get(end));
          });

  /** A half-open interval of instants: {"start": …, "end": …}, end excluded. */
  public static final ObjectCodec<Interval> INTERVAL =
      ObjectCodec.define(
          "Interval",
          t -> {
            var start = t.req("start", INSTANT, Interval::getStart);
            var end = t.req("end", INSTANT, Interval::getEnd);
            return v -> Interval.of(v.get(start), v.get(end));
          });

}
