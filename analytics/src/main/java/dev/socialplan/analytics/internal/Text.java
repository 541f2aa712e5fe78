package dev.socialplan.analytics.internal;

import dev.socialplan.internal.Checks;
import dev.socialplan.validation.MessageBundle;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sentence or phrase of the analytics message bundle with its arguments, written out in a locale
 * only when read. <strong>Not API.</strong>
 *
 * <p>The same mechanism as the validation findings' messages: a {@link MessageBundle} (base name
 * {@value #BASE_NAME}, English and Traditional Chinese, UTF-8), a key, and a {@link MessageFormat}
 * pattern filled with {@link Locale#ROOT} number formatting, so figures read the same in every
 * language and never depend on the JVM's default locale. An argument may itself be a {@code Text}
 * (a phrase such as "12 points" whose unit is translated); it is written out in the same locale.
 * Numbers are passed already formatted as strings by the callers, which choose their precision.
 *
 * <p>Immutable and thread-safe.
 */
public final class Text {
  /** The base name of the analytics message bundle. */
  public static final String BASE_NAME = "dev.socialplan.analytics.internal.messages";

  /** The analytics message bundle. */
  public static final MessageBundle BUNDLE = MessageBundle.of(BASE_NAME, Text.class);

  private static final Text EMPTY = new Text(Form.LITERAL, "", List.of(""));

  /** How the text is written out. */
  private enum Form {
    /** A bundle pattern filled with the arguments. */
    PATTERN,
    /** The single argument as it is: a number already formatted, a name. */
    LITERAL,
    /** The arguments joined with {@code list.separator}, the last with {@code list.lastSeparator}. */
    SERIES,
    /** The arguments joined with {@code list.separator}. */
    JOINED
  }

  private final Form form;
  private final String key;
  private final List<Object> arguments;

  private Text(Form form, String key, List<Object> arguments) {
    this.form = form;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Obtains a text.
   *
   * @param key the bundle key, which must exist in the base bundle
   * @param arguments the pattern's arguments: strings, numbers or texts
   * @return the text
   * @throws NullPointerException if the key or an argument is null
   * @throws IllegalArgumentException if the key is blank or the base bundle lacks it
   */
  public static Text of(String key, Object... arguments) {
    Checks.nonBlank(key, "key");
    if (!BUNDLE.text(key, Locale.ROOT).isPresent()) {
      throw new IllegalArgumentException("no such key in " + BASE_NAME + ": " + key);
    }
    for (int i = 0; i < arguments.length; i++) {
      Checks.notNull(arguments[i], "arguments[" + i + "]");
    }
    return new Text(Form.PATTERN, key, List.copyOf(Arrays.asList(arguments)));
  }

  /**
   * Obtains a text written out as it is in every language: a formatted number, a date, a name.
   *
   * @param value the text
   * @return the text
   * @throws NullPointerException if the value is null
   */
  public static Text literal(String value) {
    Checks.notNull(value, "value");
    return new Text(Form.LITERAL, "", List.of(value));
  }

  /**
   * Obtains a list read as a series: "a, b and c" in English, "a、b和c" in Chinese.
   *
   * @param items the items, in order
   * @return the text
   * @throws NullPointerException if the list or an item is null
   */
  public static Text series(List<Text> items) {
    return new Text(Form.SERIES, "", List.copyOf(items));
  }

  /**
   * Obtains a list joined with commas only: "a, b, c".
   *
   * @param items the items, in order
   * @return the text
   * @throws NullPointerException if the list or an item is null
   */
  public static Text joined(List<Text> items) {
    return new Text(Form.JOINED, "", List.copyOf(items));
  }

  /**
   * Returns the text that writes out as nothing, for an optional part of a sentence.
   *
   * @return the empty text
   */
  public static Text empty() {
    return EMPTY;
  }

  /**
   * Returns the bundle key.
   *
   * @return the key; empty for literals and lists
   */
  public String key() {
    return key;
  }

  /**
   * Returns every bundle key this text and the texts inside it use, for tests that check a
   * sentence in every language.
   *
   * @return the keys, outermost first
   */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    collectKeys(keys);
    return keys;
  }

  private void collectKeys(List<String> keys) {
    if (form == Form.PATTERN) {
      keys.add(key);
    } else if (form == Form.SERIES || form == Form.JOINED) {
      keys.add("list.separator");
      if (form == Form.SERIES && arguments.size() > 1) {
        keys.add("list.lastSeparator");
      }
    }
    for (Object a : arguments) {
      if (a instanceof Text t) {
        t.collectKeys(keys);
      }
    }
  }

  /**
   * Writes the text out in a locale.
   *
   * @param locale the language; a locale without its own bundle gets English
   * @return the text
   * @throws NullPointerException if the locale is null
   */
  public String format(Locale locale) {
    Checks.notNull(locale, "locale");
    switch (form) {
      case LITERAL:
        return (String) arguments.get(0);
      case SERIES:
      case JOINED:
        return list(locale);
      default:
        break;
    }
    String pattern = BUNDLE.text(key, locale).orElseThrow();
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      Object a = arguments.get(i);
      values[i] = a instanceof Text t ? t.format(locale) : a;
    }
    return new MessageFormat(pattern, Locale.ROOT).format(values);
  }

  private String list(Locale locale) {
    String separator = BUNDLE.text("list.separator", locale).orElseThrow();
    String last =
        form == Form.SERIES ? BUNDLE.text("list.lastSeparator", locale).orElseThrow() : separator;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arguments.size(); i++) {
      if (i > 0) {
        out.append(i == arguments.size() - 1 ? last : separator);
      }
      out.append(((Text) arguments.get(i)).format(locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Text that
        && form == that.form
        && key.equals(that.key)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, key, arguments);
  }

  /**
   * Returns the key and arguments, language-neutral: {@code progress.achieved[followers, 12,400]}.
   *
   * @return the readable form; a literal's own text
   */
  @Override
  public String toString() {
    if (form == Form.LITERAL) {
      return (String) arguments.get(0);
    }
    return key
        + arguments.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }
}
