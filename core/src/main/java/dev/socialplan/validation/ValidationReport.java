package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import dev.socialplan.plan.MethodStep;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every finding of a validation run, in a deterministic order.
 *
 * <p>{@link #findings()} are in reading order: by step of the method, then by path (numbers compared
 * as numbers, so {@code goals[2]} comes before {@code goals[10]}), then severity, code and
 * arguments. The order depends only on the findings, never on the order the rules ran in, so equal
 * sets of findings give equal reports. {@link #whatToDoNext()} gives the same findings ordered for
 * action: errors first, then by step of the method, then by path.
 *
 * <p>Reports {@linkplain #merge(ValidationReport) merge} associatively and commutatively, with
 * {@link #empty()} as identity: merging keeps every finding of both (a finding reported twice stays
 * twice). Filters ({@link #onlySeverity}, {@link #onlyCode}, {@link #onlyUnder}, {@link #onlyStep},
 * {@link #filter}) return smaller reports.
 *
 * <p>Immutable, thread-safe and serialisable.
 */
public final class ValidationReport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** The findings in reading order. */
  private final List<Finding> findings;

  private ValidationReport(List<Finding> sortedFindings) {
    this.findings = sortedFindings;
  }

  /**
   * Returns the report without findings: the identity of {@link #merge(ValidationReport)}.
   *
   * @return the empty report
   */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * Obtains a report of findings, in any order.
   *
   * @param findings the findings
   * @return the report
   * @throws NullPointerException if the collection or an element is null
   */
  public static ValidationReport of(Collection<Finding> findings) {
    Checks.noNullElements(findings, "findings");
    if (findings.isEmpty()) {
      return EMPTY;
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.DOCUMENT);
    return new ValidationReport(List.copyOf(sorted));
  }

  /**
   * Merges this report with another: every finding of both, in reading order. Associative and
   * commutative, with {@link #empty()} as identity.
   *
   * @param other the other report
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    Checks.notNull(other, "other");
    if (other.findings.isEmpty()) {
      return this;
    }
    if (findings.isEmpty()) {
      return other;
    }
    List<Finding> all = new ArrayList<>(findings.size() + other.findings.size());
    all.addAll(findings);
    all.addAll(other.findings);
    return of(all);
  }

  /**
   * Returns every finding in reading order: step of the method, path, severity, code.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether the report has no error. Warnings and infos do not make a plan invalid.
   *
   * @return true if no finding is an {@link Severity#ERROR}
   */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Tells whether the report has no finding at all.
   *
   * @return true if there is no finding
   */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the number of findings.
   *
   * @return the number of findings
   */
  public int size() {
    return findings.size();
  }

  /**
   * Returns the errors, in reading order.
   *
   * @return the findings whose severity is {@link Severity#ERROR}
   */
  public List<Finding> errors() {
    return onlySeverity(Severity.ERROR).findings;
  }

  /**
   * Returns the warnings, in reading order.
   *
   * @return the findings whose severity is {@link Severity#WARNING}
   */
  public List<Finding> warnings() {
    return onlySeverity(Severity.WARNING).findings;
  }

  /**
   * Returns the infos, in reading order.
   *
   * @return the findings whose severity is {@link Severity#INFO}
   */
  public List<Finding> infos() {
    return onlySeverity(Severity.INFO).findings;
  }

  /**
   * Returns the codes that occur in the report, sorted.
   *
   * @return the codes' names
   */
  public Set<String> codes() {
    return findings.stream()
        .map(f -> f.code().name())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Tells whether a code occurs in the report.
   *
   * @param code the code, such as {@code "BUDGET_OVER_TOTAL"}
   * @return true if some finding has that code
   */
  public boolean hasCode(String code) {
    Checks.notNull(code, "code");
    return findings.stream().anyMatch(f -> f.code().name().equals(code));
  }

  /**
   * Returns the report of the findings that satisfy a predicate.
   *
   * @param predicate the predicate
   * @return the smaller report
   */
  public ValidationReport filter(Predicate<? super Finding> predicate) {
    Checks.notNull(predicate, "predicate");
    List<Finding> kept = findings.stream().filter(predicate).collect(Collectors.toList());
    return kept.size() == findings.size()
        ? this
        : kept.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(kept));
  }

  /**
   * Returns the report of the findings of one severity.
   *
   * @param severity the severity
   * @return the smaller report
   */
  public ValidationReport onlySeverity(Severity severity) {
    Checks.notNull(severity, "severity");
    return filter(f -> f.severity() == severity);
  }

  /**
   * Returns the report of the findings with one code.
   *
   * @param code the code, such as {@code "BUDGET_OVER_TOTAL"}
   * @return the smaller report
   */
  public ValidationReport onlyCode(String code) {
    Checks.notNull(code, "code");
    return filter(f -> f.code().name().equals(code));
  }

  /**
   * Returns the report of the findings at a path or under it ({@code "goals[2]"} keeps {@code
   * goals[2]} and {@code goals[2].deadline}, not {@code goals[20]}).
   *
   * @param pathPrefix the path prefix; empty keeps every finding
   * @return the smaller report
   */
  public ValidationReport onlyUnder(String pathPrefix) {
    Checks.notNull(pathPrefix, "pathPrefix");
    return filter(f -> f.isUnder(pathPrefix));
  }

  /**
   * Returns the report of the findings that belong to one step of the method.
   *
   * @param step the step
   * @return the smaller report
   */
  public ValidationReport onlyStep(MethodStep step) {
    Checks.notNull(step, "step");
    return filter(f -> f.step() == step);
  }

  /**
   * Returns the findings in the order to act on them: errors first, then warnings, then infos; within
   * a severity by step of the method (goals before audience before platforms...), then by path. Each
   * finding carries its {@linkplain Finding#hint(Locale) hint}.
   *
   * @return the findings, unmodifiable
   */
  public List<Finding> whatToDoNext() {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.NEXT);
    return List.copyOf(sorted);
  }

  /**
   * Returns the {@linkplain #whatToDoNext() what-to-do-next list} as numbered text in a locale, one
   * finding per entry with its severity, step, path, message and hint:
   *
   * <pre>
   * 1. ERROR · Step 3 Platforms · platforms
   *    No platform is chosen.
   *    → Choose the platforms where your audience is ...
   * </pre>
   *
   * @param locale the language of the text
   * @return the text; a single line saying there is nothing to do when the report is empty
   */
  public String describe(Locale locale) {
    Checks.notNull(locale, "locale");
    MessageBundle labels = MessageBundle.CORE;
    if (findings.isEmpty()) {
      return labels.text("report.empty", locale).orElse("No findings.");
    }
    StringBuilder out = new StringBuilder();
    int n = 1;
    for (Finding f : whatToDoNext()) {
      String severity =
          labels.text("severity." + f.severity().name(), locale).orElse(f.severity().name());
      String step = labels.text("step." + f.step().name(), locale).orElse(f.step().name());
      out.append(n++)
          .append(". ")
          .append(severity)
          .append(" · ")
          .append(step)
          .append(" · ")
          .append(f.path())
          .append(" · ")
          .append(f.code().name())
          .append('\n')
          .append("   ")
          .append(f.message(locale))
          .append('\n')
          .append("   → ")
          .append(f.hint(locale))
          .append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationReport && findings.equals(((ValidationReport) obj).findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns a language-neutral summary followed by one finding per line: {@code ValidationReport{1
   * error, 2 warnings, 0 infos}} and then each finding's {@link Finding#toString()}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long i = findings.size() - e - w;
    StringBuilder out =
        new StringBuilder("ValidationReport{")
            .append(e)
            .append(e == 1 ? " error, " : " errors, ")
            .append(w)
            .append(w == 1 ? " warning, " : " warnings, ")
            .append(i)
            .append(i == 1 ? " info}" : " infos}");
    for (Finding f : findings) {
      out.append("\n  ").append(f);
    }
    return out.toString();
  }

  /**
   * Rebuilds a deserialised report through {@link #of(Collection)}: sorted, no null finding.
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(findings));
  }
}
