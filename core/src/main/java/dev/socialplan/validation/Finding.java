package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.plan.MethodStep;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a validation report: what kind of problem ({@link #code()}), how serious ({@link
 * #severity()}), where in the subject ({@link #path()}, such as {@code goals[2].deadline}), the
 * values that explain it ({@link #arguments()}), and, in any locale, the message and the hint that
 * tells the planner what to do.
 *
 * <p>A finding never lacks a code, a path or a message: the code's descriptor guarantees a message
 * and a hint in the base language, and the path is checked at construction.
 *
 * <h2>Paths</h2>
 *
 * <p>A path is one or more dot-separated segments, each a Java-like name followed by zero or more
 * bracketed keys: {@code budget}, {@code goals[2].deadline}, {@code budget.allocations[instagram]},
 * {@code audience.personas[0].painPoints}. Indices start at 0. {@link ValidationReport#onlyUnder}
 * filters by path prefix.
 *
 * <h2>Arguments</h2>
 *
 * <p>Arguments are named and typed ({@link FindingArgument}): {@code PLATFORM_LOW_REACH} carries
 * {@code platform} (text), {@code reach} and {@code minimum} (percentages) and {@code byPersona}
 * (text), and its message reads {@code {platform} reaches an estimated {reach} of the audience...}.
 * A finding must carry every argument its code's base-language message and hint refer to ({@link
 * FindingCode#argumentNames()}); it may carry more, which adapters serialise with the rest. Texts are
 * formatted with {@link Locale#ROOT} number formatting ({@code 1,234.5}), so the numbers read the
 * same in every language and never depend on the JVM's default locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kind of finding. */
  private final FindingCode code;

  /** The severity: the code's default unless the settings override it. */
  private final Severity severity;

  /** Where in the subject. */
  private final String path;

  /** The message arguments, names unique. */
  private final List<FindingArgument> arguments;

  private Finding(
      FindingCode code, Severity severity, String path, List<FindingArgument> arguments) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.arguments = arguments;
  }

  /**
   * Obtains a finding with the code's default severity.
   *
   * @param code the kind of finding
   * @param path where in the subject, such as {@code goals[2].deadline}
   * @param arguments the message arguments, names unique, including every name of {@link
   *     FindingCode#argumentNames()}
   * @return the finding
   * @throws NullPointerException if the code, the path or an argument is null
   * @throws IllegalArgumentException if the path is malformed, two arguments share a name, or an
   *     argument the code's texts refer to is missing
   */
  public static Finding of(FindingCode code, String path, FindingArgument... arguments) {
    Checks.notNull(arguments, "arguments");
    return of(code, path, Arrays.asList(arguments));
  }

  /**
   * Obtains a finding with the code's default severity and a list of arguments.
   *
   * @param code the kind of finding
   * @param path where in the subject, such as {@code goals[2].deadline}
   * @param arguments the message arguments, names unique, including every name of {@link
   *     FindingCode#argumentNames()}
   * @return the finding
   * @throws NullPointerException if the code, the path or an argument is null
   * @throws IllegalArgumentException if the path is malformed, two arguments share a name, or an
   *     argument the code's texts refer to is missing
   */
  public static Finding of(FindingCode code, String path, List<FindingArgument> arguments) {
    Checks.notNull(code, "code");
    Checks.notNull(path, "path");
    Checks.notNull(arguments, "arguments");
    String checkedPath = checkPath(path);
    List<FindingArgument> copy = List.copyOf(Checks.noNullElements(arguments, "arguments"));
    for (int i = 0; i < copy.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (copy.get(i).name().equals(copy.get(j).name())) {
          throw new IllegalArgumentException(
              "arguments of " + code.name() + " share the name " + copy.get(i).name());
        }
      }
    }
    for (String name : code.argumentNames()) {
      if (indexOf(copy, name) < 0) {
        throw new IllegalArgumentException(
            code.name() + " needs the argument " + name + " (its texts refer to "
                + code.argumentNames() + "): " + copy);
      }
    }
    return new Finding(code, code.severity(), checkedPath, copy);
  }

  /**
   * Returns a copy with another severity (used by rule sets to apply severity overrides).
   *
   * @param severity the new severity
   * @return the finding with that severity
   */
  public Finding withSeverity(Severity severity) {
    Checks.notNull(severity, "severity");
    return severity == this.severity ? this : new Finding(code, severity, path, arguments);
  }

  /**
   * Returns the kind of finding.
   *
   * @return the code's descriptor
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns where in the subject the finding is.
   *
   * @return the path, such as {@code goals[2].deadline}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the message arguments, in the order the rule gave them.
   *
   * @return the arguments, unmodifiable, names unique
   */
  public List<FindingArgument> arguments() {
    return arguments;
  }

  /**
   * Returns the argument of a name.
   *
   * @param name the argument's name, such as {@code "reach"}
   * @return the argument, or empty if the finding has none of that name
   */
  public Optional<FindingArgument> argument(String name) {
    Checks.notNull(name, "name");
    int i = indexOf(arguments, name);
    return i < 0 ? Optional.empty() : Optional.of(arguments.get(i));
  }

  private static int indexOf(List<FindingArgument> arguments, String name) {
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the step of the method the finding belongs to.
   *
   * @return the code's step
   */
  public MethodStep step() {
    return code.step();
  }

  /**
   * Returns the message in a locale, with the arguments filled in.
   *
   * @param locale the locale of the text; a locale without its own bundle gets the base language
   * @return the message, never blank
   */
  public String message(Locale locale) {
    return format(code.messagePattern(locale));
  }

  /**
   * Returns the hint (what to do about it) in a locale, with the arguments filled in.
   *
   * @param locale the locale of the text; a locale without its own bundle gets the base language
   * @return the hint, never blank
   */
  public String hint(Locale locale) {
    return format(code.hintPattern(locale));
  }

  private String format(String pattern) {
    return MessageTemplate.format(pattern, arguments);
  }

  /**
   * Tells whether this finding's path is the given path or lies under it: {@code goals[2].deadline}
   * lies under {@code goals[2]} and {@code goals}, not under {@code goals[20]} or {@code go}.
   *
   * @param prefix the path prefix; the empty prefix matches every path
   * @return true if the path equals the prefix or continues it with {@code '.'} or {@code '['}
   */
  public boolean isUnder(String prefix) {
    Checks.notNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return true;
    }
    if (!path.startsWith(prefix)) {
      return false;
    }
    if (path.length() == prefix.length()) {
      return true;
    }
    char next = path.charAt(prefix.length());
    return next == '.' || next == '[';
  }

  private static String checkPath(String path) {
    Checks.notNull(path, "path");
    if (!isPath(path)) {
      throw new IllegalArgumentException(
          "path must be dot-separated names with optional [keys], such as goals[2].deadline: \""
              + path
              + "\"");
    }
    return path;
  }

  /**
   * Tells whether a text is a path: {@code name([key])*(.name([key])*)*}, a name being {@code
   * [A-Za-z_][A-Za-z0-9_]*} and a key one or more characters other than brackets. A hand-written
   * scan rather than a regular expression, because every finding's path is checked and validation
   * is meant to take microseconds; {@code FindingTest} checks it against the regular
   * expression.
   */
  static boolean isPath(String path) {
    int n = path.length();
    int i = 0;
    while (true) {
      if (i >= n || !isNameStart(path.charAt(i))) {
        return false;
      }
      i++;
      while (i < n && isNamePart(path.charAt(i))) {
        i++;
      }
      while (i < n && path.charAt(i) == '[') {
        int j = i + 1;
        while (j < n && path.charAt(j) != ']' && path.charAt(j) != '[') {
          j++;
        }
        if (j >= n || path.charAt(j) != ']' || j == i + 1) {
          return false;
        }
        i = j + 1;
      }
      if (i == n) {
        return true;
      }
      if (path.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  private static boolean isNameStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) obj;
    return code.equals(that.code)
        && severity == that.severity
        && path.equals(that.path)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, arguments);
  }

  /**
   * Returns a language-neutral form for logs and tests: {@code WARNING GOAL_NOT_ACHIEVABLE at
   * goals[0].target [goal=Followers, pace=400, highest=20]}. Use {@link #message(Locale)} for
   * people.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return severity + " " + code.name() + " at " + path + (arguments.isEmpty() ? "" : " " + arguments);
  }

  /**
   * Rebuilds a deserialised finding through {@link #of(FindingCode, String, List)} and {@link
   * #withSeverity(Severity)}, so a tampered stream cannot carry a malformed path, a null part or a
   * NaN argument.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(code, path, arguments).withSeverity(severity));
  }
}
