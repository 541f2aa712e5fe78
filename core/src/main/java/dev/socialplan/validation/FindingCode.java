package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.plan.MethodStep;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The descriptor of one kind of finding: a stable code such as {@code BUDGET_OVER_TOTAL}, its default
 * severity, the step of the method it belongs to, and where its localised message and hint come from.
 *
 * <p>Rules declare their codes as constants and list them in {@link Rule#codes()}:
 *
 * <pre>{@code
 * public static final FindingCode BUDGET_OVER_TOTAL =
 *     FindingCode.of("BUDGET_OVER_TOTAL", Severity.ERROR, MethodStep.BUDGET, MessageBundle.CORE);
 * }</pre>
 *
 * <p>Codes are UPPER_SNAKE ({@code [A-Z][A-Z0-9]*(_[A-Z0-9]+)*}) and unique across everything that is
 * validated together: a {@link RuleSet} refuses two different descriptors with the same code. A code
 * never changes meaning once released; users may match on it.
 *
 * <p>Messages come either from a {@link MessageBundle} (keys {@code CODE.message} and {@code
 * CODE.hint}; {@link #of} checks that the base bundle has both) or from literal patterns given to
 * {@link #literal}, for quick custom rules that need one language only. Either way they are {@link
 * MessageFormat} patterns whose arguments are named rather than numbered: {@code {platform} reaches
 * {reach} of the audience}, {@code {reach,number,#.#%}}, {@code {periodDays,choice,1#day|7#week}}.
 * An element without a format shows its {@link FindingArgument} the way the argument's kind says
 * (a percentage as {@code 13%}). The names the base-language texts use are the code's {@link
 * #argumentNames()}: every finding of the code carries them.
 *
 * <p>Two descriptors are equal when all their parts are equal. Immutable and thread-safe.
 */
public final class FindingCode implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The code, UPPER_SNAKE. */
  private final String name;

  /** The severity of its findings unless the settings override it. */
  private final Severity severity;

  /** The step of the method its findings belong to. */
  private final MethodStep step;

  /** The bundle holding the message and hint; null when the texts are literal. */
  private final MessageBundle bundle;

  /** The literal message pattern; null when a bundle is used. */
  private final String messagePattern;

  /** The literal hint pattern; null when a bundle is used. */
  private final String hintPattern;

  /** The names the base-language message and hint refer to, in order of first use. */
  private final List<String> argumentNames;

  private FindingCode(
      String name,
      Severity severity,
      MethodStep step,
      MessageBundle bundle,
      String messagePattern,
      String hintPattern) {
    this.name = name;
    this.severity = severity;
    this.step = step;
    this.bundle = bundle;
    this.messagePattern = messagePattern;
    this.hintPattern = hintPattern;
    Set<String> names = new LinkedHashSet<>();
    boolean literal = bundle == null;
    names.addAll(
        MessageTemplate.names(
            messagePattern(Locale.ROOT), literal ? "messagePattern" : messageKey(name)));
    names.addAll(
        MessageTemplate.names(hintPattern(Locale.ROOT), literal ? "hintPattern" : hintKey(name)));
    this.argumentNames = List.copyOf(new ArrayList<>(names));
  }

  /**
   * Obtains a code whose message and hint are in a resource bundle under the keys {@code
   * CODE.message} and {@code CODE.hint}.
   *
   * @param name the code, UPPER_SNAKE
   * @param severity the default severity of its findings
   * @param step the step of the method its findings belong to
   * @param bundle the bundle holding the texts
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not UPPER_SNAKE, the base bundle lacks the
   *     message or the hint, or either is not a valid pattern with named arguments
   * @throws java.util.MissingResourceException if the base bundle cannot be found
   */
  public static FindingCode of(
      String name, Severity severity, MethodStep step, MessageBundle bundle) {
    Checks.notNull(name, "name");
    Checks.notNull(severity, "severity");
    Checks.notNull(step, "step");
    Checks.notNull(bundle, "bundle");
    checkName(name);
    for (String key : new String[] {messageKey(name), hintKey(name)}) {
      if (bundle.text(key, Locale.ROOT).isEmpty()) {
        throw new IllegalArgumentException(
            "bundle " + bundle.baseName() + " has no key \"" + key + "\" for code " + name);
      }
    }
    return new FindingCode(name, severity, step, bundle, null, null);
  }

  /**
   * Obtains a code with literal message and hint patterns, the same in every locale.
   *
   * @param name the code, UPPER_SNAKE
   * @param severity the default severity of its findings
   * @param step the step of the method its findings belong to
   * @param messagePattern the message, a {@link MessageFormat} pattern over the finding's named
   *     arguments ({@code "{handle} has no mission statement."})
   * @param hintPattern the hint, a pattern like the message
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is not UPPER_SNAKE, a pattern is blank, numbers
   *     its arguments ({@code {0}}) or is not a valid {@link MessageFormat} pattern
   */
  public static FindingCode literal(
      String name, Severity severity, MethodStep step, String messagePattern, String hintPattern) {
    Checks.notNull(name, "name");
    Checks.notNull(severity, "severity");
    Checks.notNull(step, "step");
    Checks.notNull(messagePattern, "messagePattern");
    Checks.notNull(hintPattern, "hintPattern");
    checkName(name);
    Checks.nonBlank(messagePattern, "messagePattern");
    Checks.nonBlank(hintPattern, "hintPattern");
    return new FindingCode(name, severity, step, null, messagePattern, hintPattern);
  }

  /**
   * Returns the code.
   *
   * @return the code, such as {@code "BUDGET_OVER_TOTAL"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the default severity of findings with this code ({@link ValidationSettings} may override
   * it).
   *
   * @return the default severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the step of the method findings with this code belong to.
   *
   * @return the step
   */
  public MethodStep step() {
    return step;
  }

  /**
   * Returns the names of the arguments the code's base-language message and hint refer to: every
   * finding of this code carries an argument of each name.
   *
   * @return the names, in order of first use, unmodifiable
   */
  public List<String> argumentNames() {
    return argumentNames;
  }

  /**
   * Returns the bundle holding this code's texts.
   *
   * @return the bundle, or empty when the texts are literal
   */
  public Optional<MessageBundle> bundle() {
    return Optional.ofNullable(bundle);
  }

  /**
   * Returns the message pattern in a locale.
   *
   * @param locale the locale; never the JVM default behind the caller's back
   * @return the pattern of the message, with named arguments
   */
  public String messagePattern(Locale locale) {
    return bundle == null ? messagePattern : pattern(messageKey(name), locale);
  }

  /**
   * Returns the hint pattern in a locale.
   *
   * @param locale the locale; never the JVM default behind the caller's back
   * @return the pattern of the hint, with named arguments
   */
  public String hintPattern(Locale locale) {
    return bundle == null ? hintPattern : pattern(hintKey(name), locale);
  }

  /**
   * Returns the bundle key of a code's message.
   *
   * @param code the code
   * @return {@code code + ".message"}
   */
  public static String messageKey(String code) {
    return Checks.notNull(code, "code") + ".message";
  }

  /**
   * Returns the bundle key of a code's hint.
   *
   * @param code the code
   * @return {@code code + ".hint"}
   */
  public static String hintKey(String code) {
    return Checks.notNull(code, "code") + ".hint";
  }

  private String pattern(String key, Locale locale) {
    Checks.notNull(locale, "locale");
    // The base bundle was checked to hold the key, and the lookup falls back to it.
    return bundle.text(key, locale).orElseThrow();
  }

  private static void checkName(String name) {
    Checks.notNull(name, "name");
    if (!UPPER_SNAKE.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be UPPER_SNAKE: \"" + name + "\"");
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FindingCode)) {
      return false;
    }
    FindingCode that = (FindingCode) obj;
    return name.equals(that.name)
        && severity == that.severity
        && step == that.step
        && Objects.equals(bundle, that.bundle)
        && Objects.equals(messagePattern, that.messagePattern)
        && Objects.equals(hintPattern, that.hintPattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, severity, step, bundle, messagePattern, hintPattern);
  }

  /**
   * Returns the code.
   *
   * @return the code, such as {@code "BUDGET_OVER_TOTAL"}
   */
  @Override
  public String toString() {
    return name;
  }

  /**
   * Rebuilds a deserialised code through {@link #of(String, Severity, MethodStep, MessageBundle)} or
   * {@link #literal(String, Severity, MethodStep, String, String)}, so a tampered stream cannot carry
   * a malformed name, a missing text or an invalid pattern.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(
        () ->
            bundle != null
                ? of(name, severity, step, bundle)
                : literal(name, severity, step, messagePattern, hintPattern));
  }
}
