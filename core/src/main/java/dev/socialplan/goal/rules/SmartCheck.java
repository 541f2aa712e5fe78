package dev.socialplan.goal.rules;

import dev.socialplan.internal.Checks;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.MessageBundle;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict on one letter of a goal's SMART assessment, with its reason.
 *
 * <p>When the letter is not met, or cannot be judged in a way the planner should hear about, the
 * check carries the {@link Finding} the goal rules report, and the reason is that finding's message.
 * Otherwise the reason is a sentence of the core message bundle (keys {@code smart.*}) that says what
 * the verdict rests on. Immutable and thread-safe.
 */
public final class SmartCheck {
  private final SmartLetter letter;
  private final SmartVerdict verdict;
  private final String reasonKey;
  private final List<Object> arguments;
  private final Optional<Finding> finding;

  private SmartCheck(
      SmartLetter letter,
      SmartVerdict verdict,
      String reasonKey,
      List<Object> arguments,
      Optional<Finding> finding) {
    this.letter = letter;
    this.verdict = verdict;
    this.reasonKey = reasonKey;
    this.arguments = arguments;
    this.finding = finding;
  }

  static SmartCheck of(SmartLetter letter, SmartVerdict verdict, String reasonKey, Object... args) {
    return new SmartCheck(letter, verdict, reasonKey, List.of(args), Optional.empty());
  }

  static SmartCheck of(SmartLetter letter, SmartVerdict verdict, Finding finding) {
    Checks.notNull(finding, "finding");
    return new SmartCheck(letter, verdict, "", List.of(), Optional.of(finding));
  }

  /**
   * Returns the letter judged.
   *
   * @return the letter
   */
  public SmartLetter letter() {
    return letter;
  }

  /**
   * Returns the verdict.
   *
   * @return the verdict
   */
  public SmartVerdict verdict() {
    return verdict;
  }

  /**
   * Returns the finding the goal rules report for this letter, if any.
   *
   * @return the finding; present for every {@link SmartVerdict#NOT_MET}
   */
  public Optional<Finding> finding() {
    return finding;
  }

  /**
   * Returns the reason for the verdict in a locale.
   *
   * @param locale the language of the text
   * @return the reason, never blank
   */
  public String reason(Locale locale) {
    Checks.notNull(locale, "locale");
    if (finding.isPresent()) {
      return finding.get().message(locale);
    }
    String pattern = MessageBundle.CORE.text("smart." + reasonKey, locale).orElseThrow();
    return new MessageFormat(pattern, Locale.ROOT).format(arguments.toArray());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof SmartCheck)) {
      return false;
    }
    SmartCheck that = (SmartCheck) obj;
    return letter == that.letter
        && verdict == that.verdict
        && reasonKey.equals(that.reasonKey)
        && arguments.equals(that.arguments)
        && finding.equals(that.finding);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(letter, verdict, reasonKey, arguments, finding);
  }

  /**
   * Returns the letter, the verdict and the reason in English: {@code ACHIEVABLE MET: ...}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return letter + " " + verdict + ": " + reason(Locale.ENGLISH);
  }
}
