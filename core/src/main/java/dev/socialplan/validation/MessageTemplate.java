package dev.socialplan.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The texts of findings: {@link MessageFormat} patterns whose arguments are named ({@code {reach}},
 * {@code {reach,number,#.#%}}) instead of numbered. A pattern is turned into a numbered one over a
 * finding's arguments just before formatting, so everything {@link MessageFormat} offers (number
 * formats, {@code choice}, quoting with {@code '}) keeps working.
 *
 * <p>An element without a format ({@code {reach}}) is shown the way its argument's {@linkplain
 * FindingArgument.Kind kind} says: a {@link FindingArgument.Kind#PERCENT} as {@code 13%}, numbers
 * with {@link Locale#ROOT} grouping ({@code 1,234.5}), money and dates as their text.
 */
final class MessageTemplate {
  private MessageTemplate() {}

  /**
   * Returns the names a pattern refers to, in the order they first appear.
   *
   * @param pattern the pattern
   * @param field what the pattern is, for the error message
   * @return the names
   * @throws IllegalArgumentException if the pattern numbers an argument ({@code {0}}) or is not a
   *     valid {@link MessageFormat} pattern once numbered
   */
  static Set<String> names(String pattern, String field) {
    Set<String> names = new LinkedHashSet<>();
    scan(pattern, field, names, null, null);
    List<String> order = new ArrayList<>(names);
    try {
      new MessageFormat(rewrite(pattern, field, order), Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          field + " is not a valid MessageFormat pattern: \"" + pattern + "\"", e);
    }
    return names;
  }

  /**
   * Formats a pattern over named arguments.
   *
   * @param pattern the pattern, whose names the arguments were checked to hold
   * @param arguments the arguments
   * @return the text
   */
  static String format(String pattern, List<FindingArgument> arguments) {
    List<String> order = new ArrayList<>(arguments.size());
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      FindingArgument a = arguments.get(i);
      order.add(a.name());
      values[i] = a.formattable();
    }
    StringBuilder out = new StringBuilder(pattern.length() + 16);
    scan(pattern, "pattern", null, out, arguments);
    return new MessageFormat(out.toString(), Locale.ROOT).format(values);
  }

  /**
   * Shows a pattern as a reader sees it: quotes unescaped, each element as its name in braces
   * ({@code {reach}}), whatever its format.
   *
   * @param pattern the pattern
   * @return the readable text
   */
  static String readable(String pattern) {
    List<String> order = new ArrayList<>(names(pattern, "pattern"));
    MessageFormat format = new MessageFormat(rewrite(pattern, "pattern", order), Locale.ROOT);
    // Without sub-formats, {0,number,percent} accepts the placeholder text like {0} does.
    format.setFormatsByArgumentIndex(new java.text.Format[order.size()]);
    Object[] placeholders = new Object[order.size()];
    for (int i = 0; i < placeholders.length; i++) {
      placeholders[i] = "{" + order.get(i) + "}";
    }
    return format.format(placeholders);
  }

  private static String rewrite(String pattern, String field, List<String> order) {
    List<FindingArgument> placeholders = new ArrayList<>(order.size());
    for (String name : order) {
      placeholders.add(FindingArgument.text(name, ""));
    }
    StringBuilder out = new StringBuilder();
    scan(pattern, field, null, out, placeholders);
    return out.toString();
  }

  /**
   * Walks a pattern the way {@link MessageFormat} reads it (a lone {@code '} quotes up to the next
   * one, {@code ''} is an apostrophe), collecting the names of argument elements and, when {@code
   * out} is given, copying the pattern with each name replaced by its index in {@code arguments}.
   */
  private static void scan(
      String pattern,
      String field,
      Set<String> names,
      StringBuilder out,
      List<FindingArgument> arguments) {
    boolean quoted = false;
    int n = pattern.length();
    int i = 0;
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < n && pattern.charAt(i + 1) == '\'') {
          append(out, "''");
          i += 2;
          continue;
        }
        quoted = !quoted;
        append(out, "'");
        i++;
        continue;
      }
      if (quoted || c != '{') {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int start = i + 1;
      while (start < n && pattern.charAt(start) == ' ') {
        start++;
      }
      int end = start;
      while (end < n && Character.isLetterOrDigit(pattern.charAt(end))) {
        end++;
      }
      String name = pattern.substring(start, end);
      if (!FindingArgument.isName(name)) {
        throw new IllegalArgumentException(
            field + " must name its arguments ({reach}, not {0}): \"" + pattern + "\"");
      }
      if (names != null) {
        names.add(name);
      }
      if (out != null) {
        int index = indexOf(arguments, name);
        if (index < 0) {
          throw new IllegalArgumentException(
              field + " refers to {" + name + "}, which the finding lacks: \"" + pattern + "\"");
        }
        out.append('{').append(index);
        int after = end;
        while (after < n && pattern.charAt(after) == ' ') {
          after++;
        }
        if (after < n
            && pattern.charAt(after) == '}'
            && arguments.get(index).kind() == FindingArgument.Kind.PERCENT) {
          out.append(",number,percent");
        }
      }
      i = end;
    }
  }

  private static void append(StringBuilder out, String s) {
    if (out != null) {
      out.append(s);
    }
  }

  private static int indexOf(List<FindingArgument> arguments, String name) {
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
