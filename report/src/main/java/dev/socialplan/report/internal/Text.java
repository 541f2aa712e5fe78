package dev.socialplan.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.joda.money.Money;

/**
 * The review's texts in one language: labels and sentences from the {@code review} resource bundle
 * (English, Traditional Chinese), numbers, money and dates formatted for the locale.
 *
 * <p>A locale without a bundle of its own gets English, whatever the JVM's default locale (the
 * bundle is loaded without the default-locale fallback). Not thread-safe (it keeps formatters);
 * make one per rendering.
 */
public final class Text {
  /** The bundle's base name. */
  public static final String BUNDLE = "dev.socialplan.report.review";

  private final ResourceBundle bundle;
  private final Locale locale;
  private final NumberFormat number;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;

  private Text(Locale requested) {
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            requested,
            Text.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    this.number = NumberFormat.getNumberInstance(locale);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
  }

  /**
   * Returns the texts for a locale.
   *
   * @param locale the requested locale
   * @return the texts, in the locale's language if it has a bundle, else English
   */
  public static Text of(Locale locale) {
    return new Text(locale);
  }

  /**
   * Returns the locale the texts are in.
   *
   * @return {@link Locale#ENGLISH} or a locale with a bundle of its own
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the page's {@code lang} attribute.
   *
   * @return a BCP 47 tag ({@code en}, {@code zh-TW})
   */
  public String lang() {
    return locale.toLanguageTag();
  }

  /**
   * Returns a text of the bundle.
   *
   * @param key the key
   * @return the text
   * @throws MissingResourceException if the bundle has no such key
   */
  public String t(String key) {
    return bundle.getString(key);
  }

  /**
   * Returns a text of the bundle if it has the key.
   *
   * @param key the key
   * @return the text, or empty
   */
  public Optional<String> find(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /**
   * Returns a pattern of the bundle filled in ({@link MessageFormat}, in this locale).
   *
   * @param key the pattern's key
   * @param arguments the arguments, already formatted where the pattern expects text
   * @return the text
   */
  public String f(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /**
   * Returns the label of an enum constant: the key {@code prefix.NAME}.
   *
   * @param prefix the key prefix
   * @param value the constant
   * @return the label
   */
  public String label(String prefix, Enum<?> value) {
    return t(prefix + "." + value.name());
  }

  /**
   * Returns a text with its first letter in upper case, for a label that starts a sentence.
   *
   * @param text the text
   * @return the text, its first code point upper-cased in this locale
   */
  public String capitalised(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    int length = Character.charCount(first);
    return text.substring(0, length).toUpperCase(locale) + text.substring(length);
  }

  /**
   * Formats a number with a fixed count of decimals.
   *
   * @param value the number, finite
   * @param decimals the decimals
   * @return the text
   */
  public String number(double value, int decimals) {
    number.setMinimumFractionDigits(decimals);
    number.setMaximumFractionDigits(decimals);
    return number.format(value);
  }

  /**
   * Formats a decimal with at most the given decimals, without trailing zeros.
   *
   * @param value the number
   * @param maxDecimals the most decimals
   * @return the text
   */
  public String decimal(BigDecimal value, int maxDecimals) {
    BigDecimal scaled = value.setScale(maxDecimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    number.setMinimumFractionDigits(Math.max(0, scaled.scale()));
    number.setMaximumFractionDigits(Math.max(0, scaled.scale()));
    return number.format(scaled);
  }

  /**
   * Formats a count.
   *
   * @param value the count
   * @return the text, with grouping
   */
  public String integer(long value) {
    number.setMinimumFractionDigits(0);
    number.setMaximumFractionDigits(0);
    return number.format(value);
  }

  /**
   * Formats a fraction as a percentage.
   *
   * @param fraction the fraction (0.25 for 25 %)
   * @param decimals the decimals of the percentage
   * @return the text
   */
  public String percent(double fraction, int decimals) {
    NumberFormat percent = NumberFormat.getPercentInstance(locale);
    percent.setMinimumFractionDigits(decimals);
    percent.setMaximumFractionDigits(decimals);
    return percent.format(fraction);
  }

  /**
   * Formats an amount of money in its currency, without decimals when it is whole.
   *
   * @param money the amount
   * @return the text
   */
  public String money(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency currency = Currency.getInstance(money.getCurrencyUnit().getCode());
    format.setCurrency(currency);
    int decimals =
        money.getAmount().stripTrailingZeros().scale() <= 0 ? 0 : money.getCurrencyUnit().getDecimalPlaces();
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(money.getAmount());
  }

  /**
   * Formats a date (medium style of the locale: "Mar 2, 2026", "2026年3月2日").
   *
   * @param value the date
   * @return the text
   */
  public String date(LocalDate value) {
    return date.format(value);
  }

  /**
   * Formats a date and time of day.
   *
   * @param value the date-time
   * @return the date as {@link #date(LocalDate)} and the time as {@code HH:mm}
   */
  public String dateTime(ZonedDateTime value) {
    return date.format(value) + " " + time.format(value);
  }

  /**
   * Formats a time of day.
   *
   * @param value the date-time
   * @return {@code HH:mm}
   */
  public String time(ZonedDateTime value) {
    return time.format(value);
  }

  /**
   * Returns a weekday's short name ("Mon", "週一").
   *
   * @param day the weekday
   * @return the name
   */
  public String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, locale);
  }

  /**
   * Returns a month's title ("March 2026", "2026年3月").
   *
   * @param month the month
   * @return the title
   */
  public String month(YearMonth month) {
    return f("calendar.month", month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale), String.valueOf(month.getYear()));
  }
}
