package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One named, typed value of a {@link Finding}'s message: the {@code reach} of {@code
 * PLATFORM_LOW_REACH}, the {@code total} of {@code BUDGET_OVER_TOTAL}.
 *
 * <p>Messages and hints refer to arguments by name ({@code {reach}}), never by position, and the
 * {@linkplain Kind kind} of a value says how it is shown: a {@link Kind#PERCENT} of {@code 0.125}
 * reads {@code 13%} unless the text asks for another format. Adapters that serialise findings
 * (JSON, CSV) read the raw values: {@link #name()}, {@link #kind()} and {@link #value()}, whose Java
 * class the kind fixes.
 *
 * <p>Names are lower camel case ({@code [a-z][A-Za-z0-9]*}) and unique within a finding. This class
 * is immutable and thread-safe; it is serialised through a proxy that re-runs the factories' checks.
 *
 * @serial exclude
 */
public final class FindingArgument implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an argument's value is, and so how a message shows it and which class holds it. */
  public enum Kind {
    /** Text shown as it is: a name, a platform, a list already joined. Held as a {@link String}. */
    TEXT,
    /** A whole number, shown with grouping ({@code 1,234}). Held as a {@link Long}. */
    INTEGER,
    /**
     * A decimal number, shown with up to three fraction digits ({@code 2.5}). Held as a {@link
     * BigDecimal}.
     */
    DECIMAL,
    /**
     * A fraction shown as a percentage ({@code 0.125} reads {@code 13%}). Held as a {@link Double},
     * the fraction itself (not the percentage).
     */
    PERCENT,
    /** An amount of money, shown as {@code USD 1200.00}. Held as a Joda-Money {@link Money}. */
    MONEY,
    /** A calendar date, shown in ISO-8601 ({@code 2026-03-01}). Held as a {@link LocalDate}. */
    DATE
  }

  private final String name;
  private final Kind kind;
  private final Object value;

  private FindingArgument(String name, Kind kind, Object value) {
    this.name = checkName(name);
    this.kind = kind;
    this.value = value;
  }

  /**
   * Obtains a text argument.
   *
   * @param name the argument's name, lower camel case
   * @param value the text
   * @return the argument
   * @throws NullPointerException if the name or the value is null
   * @throws IllegalArgumentException if the name is not lower camel case
   */
  public static FindingArgument text(String name, String value) {
    return new FindingArgument(name, Kind.TEXT, Checks.notNull(value, name));
  }

  /**
   * Obtains a whole-number argument.
   *
   * @param name the argument's name, lower camel case
   * @param value the number
   * @return the argument
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is not lower camel case
   */
  public static FindingArgument integer(String name, long value) {
    return new FindingArgument(name, Kind.INTEGER, value);
  }

  /** The most digits a decimal argument may have before, and after, its point. */
  static final int MAX_DECIMAL_DIGITS = 1000;

  /**
   * Obtains a decimal argument. Its scale is kept ({@code 2.50} is not {@code 2.5}). A message shows
   * the number in full, so it may have at most 1,000 digits before and 1,000 after its point
   * (every finite {@code double} fits: {@code Double.MAX_VALUE} has 309 before, {@code
   * Double.MIN_VALUE} 325 after).
   *
   * @param name the argument's name, lower camel case
   * @param value the number
   * @return the argument
   * @throws NullPointerException if the name or the value is null
   * @throws IllegalArgumentException if the name is not lower camel case or the value has more than
   *     1,000 digits before or after its point ({@code 1E+5000})
   */
  public static FindingArgument decimal(String name, BigDecimal value) {
    Checks.notNull(value, name);
    // Computed from precision and scale, never by expanding the number, so 1E+999999999 is cheap
    // to refuse.
    long before = (long) value.precision() - value.scale();
    if (before > MAX_DECIMAL_DIGITS || value.scale() > MAX_DECIMAL_DIGITS) {
      throw new IllegalArgumentException(
          name
              + " must have at most "
              + MAX_DECIMAL_DIGITS
              + " digits before and after its point (a message shows it in full): "
              + value);
    }
    return new FindingArgument(name, Kind.DECIMAL, value);
  }

  /**
   * Obtains a decimal argument from a {@code double}, kept as its shortest decimal form ({@link
   * BigDecimal#valueOf(double)}: {@code 0.1} stays {@code 0.1}).
   *
   * @param name the argument's name, lower camel case
   * @param value the number, finite
   * @return the argument
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is not lower camel case or the value is NaN or
   *     infinite
   */
  public static FindingArgument decimal(String name, double value) {
    return decimal(name, BigDecimal.valueOf(Checks.finite(value, name)));
  }

  /**
   * Obtains a percentage argument from a fraction ({@code 0.125} for 12.5 %).
   *
   * @param name the argument's name, lower camel case
   * @param fraction the fraction, finite (it may be negative or above 1)
   * @return the argument
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is not lower camel case or the fraction is NaN or
   *     infinite
   */
  public static FindingArgument percent(String name, double fraction) {
    return new FindingArgument(name, Kind.PERCENT, Checks.finite(fraction, name));
  }

  /**
   * Obtains an amount-of-money argument.
   *
   * @param name the argument's name, lower camel case
   * @param value the amount
   * @return the argument
   * @throws NullPointerException if the name or the value is null
   * @throws IllegalArgumentException if the name is not lower camel case
   */
  public static FindingArgument money(String name, Money value) {
    return new FindingArgument(name, Kind.MONEY, Checks.notNull(value, name));
  }

  /**
   * Obtains a date argument.
   *
   * @param name the argument's name, lower camel case
   * @param value the date
   * @return the argument
   * @throws NullPointerException if the name or the value is null
   * @throws IllegalArgumentException if the name is not lower camel case
   */
  public static FindingArgument date(String name, LocalDate value) {
    return new FindingArgument(name, Kind.DATE, Checks.notNull(value, name));
  }

  /**
   * Returns the argument's name, by which messages refer to it.
   *
   * @return the name, lower camel case
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the value is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the raw value: a {@link String} for {@link Kind#TEXT}, a {@link Long} for {@link
   * Kind#INTEGER}, a {@link BigDecimal} for {@link Kind#DECIMAL}, a {@link Double} fraction for
   * {@link Kind#PERCENT}, a {@link Money} for {@link Kind#MONEY} and a {@link LocalDate} for {@link
   * Kind#DATE}.
   *
   * @return the value, never null
   */
  public Object value() {
    return value;
  }

  /**
   * Returns the value as {@link java.text.MessageFormat} takes it when a message shows it: numbers
   * as numbers (so a text may ask for its own number format; a percent as its exact decimal), money
   * and dates as their text.
   */
  Object formattable() {
    switch (kind) {
      case MONEY:
      case DATE:
        return value.toString();
      case PERCENT:
        // A percent format multiplies by 100: as a double, Double.MAX_VALUE would show as ∞%; the
        // exact decimal of the fraction never overflows (and -0.0 shows as 0%).
        return BigDecimal.valueOf((Double) value);
      default:
        return value;
    }
  }

  private static String checkName(String name) {
    Checks.notNull(name, "name");
    if (!isName(name)) {
      throw new IllegalArgumentException(
          "name must be lower camel case ([a-z][A-Za-z0-9]*): \"" + name + "\"");
    }
    return name;
  }

  static boolean isName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether another object is an argument with the same name, kind and value. Decimals are
   * compared with {@link BigDecimal#equals}, so {@code 2.5} and {@code 2.50} differ.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof FindingArgument a
        && name.equals(a.name)
        && kind == a.kind
        && value.equals(a.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, value);
  }

  /**
   * Returns {@code name=value}, such as {@code reach=0.125} or {@code total=USD 1200.00}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return name + "=" + value;
  }

  // A serialisation proxy (Effective Java, item 90): the stream holds a Proxy, and whatever is read
  // back, a proxy or this class itself from a hand-made stream, goes through the factories' checks,
  // so it can never make an argument whose value does not match its kind.
  private Object writeReplace() {
    return new Proxy(name, kind, value);
  }

  private Object readResolve() {
    return new Proxy(name, kind, value).readResolve();
  }

  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The name. */
    private final String name;

    /** The kind. */
    private final Kind kind;

    /** The value, of the kind's class. */
    private final Object value;

    Proxy(String name, Kind kind, Object value) {
      this.name = name;
      this.kind = kind;
      this.value = value;
    }

    Object readResolve() {
      Checks.notNull(kind, "kind");
      Checks.notNull(value, "value");
      Class<?> expected = EXPECTED[kind.ordinal()];
      if (!expected.isInstance(value)) {
        throw new IllegalArgumentException(
            kind + " argument " + name + " must hold a " + expected.getSimpleName() + ": " + value);
      }
      switch (kind) {
        case TEXT:
          return text(name, (String) value);
        case INTEGER:
          return integer(name, (Long) value);
        case DECIMAL:
          return decimal(name, (BigDecimal) value);
        case PERCENT:
          return percent(name, (Double) value);
        case MONEY:
          return money(name, (Money) value);
        default:
          return date(name, (LocalDate) value);
      }
    }
  }

  /** The class of each kind's value, by ordinal. */
  private static final Class<?>[] EXPECTED = {
    String.class, Long.class, BigDecimal.class, Double.class, Money.class, LocalDate.class
  };
}
