package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A small, named, pure function from a subject (and a {@link ValidationContext}) to {@link
 * Finding}s, which declares the codes it can emit and the settings it reads.
 *
 * <p>The library's rules are written with exactly this API, and so are users' own:
 *
 * <pre>{@code
 * static final FindingCode NO_HASHTAG_PILLAR = FindingCode.literal(
 *     "ACME_PILLAR_WITHOUT_KEYWORDS", Severity.WARNING, MethodStep.CONTENT,
 *     "Pillar \"{pillar}\" has no keywords.", "Add the keywords people search for.");
 *
 * static final Rule<StrategyPlan> PILLARS_HAVE_KEYWORDS = Rule.of(
 *     "acme.pillarsHaveKeywords", List.of(NO_HASHTAG_PILLAR),
 *     (plan, context) -> ... list of Finding.of(NO_HASHTAG_PILLAR, "content.pillars[0]",
 *         FindingArgument.text("pillar", name)) ...);
 *
 * RuleSet<StrategyPlan> rules = PlanRules.standard().with(PILLARS_HAVE_KEYWORDS);
 * }</pre>
 *
 * <p>A rule must be pure and thread-safe: the same subject and context always give the same
 * findings, it keeps no state between calls and reads no clock or file. It returns every finding it
 * sees (never stops at the first) and emits only the codes it {@linkplain #codes() declares}; a
 * {@link RuleSet} refuses anything else. It must not throw for a subject that could be constructed:
 * everything a planner can get wrong is a finding.
 *
 * @param <T> the type of subject the rule checks
 */
public interface Rule<T> {

  /**
   * Returns the rule's name, unique within a rule set, such as {@code "goal.smart"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns every code the rule can emit.
   *
   * @return the codes, not empty
   */
  Set<FindingCode> codes();

  /**
   * Returns the settings the rule reads, for the rule catalogue.
   *
   * @return the settings; empty by default
   */
  default Set<Setting<?>> settings() {
    return Set.of();
  }

  /**
   * Checks a subject.
   *
   * @param subject the subject
   * @param context the settings and the optional clock
   * @return every finding, in any order; empty when the subject passes
   */
  List<Finding> check(T subject, ValidationContext context);

  /**
   * Obtains a rule from a function.
   *
   * @param name the rule's name, not blank
   * @param codes every code the function can emit, not empty
   * @param check the pure function from subject and context to findings
   * @param <T> the subject type
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or no code is given
   */
  static <T> Rule<T> of(
      String name,
      Collection<FindingCode> codes,
      BiFunction<? super T, ValidationContext, ? extends Collection<Finding>> check) {
    return of(name, codes, Set.of(), check);
  }

  /**
   * Obtains a rule from a function that reads settings.
   *
   * @param name the rule's name, not blank
   * @param codes every code the function can emit, not empty
   * @param settings every setting the function reads
   * @param check the pure function from subject and context to findings
   * @param <T> the subject type
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or no code is given
   */
  static <T> Rule<T> of(
      String name,
      Collection<FindingCode> codes,
      Collection<? extends Setting<?>> settings,
      BiFunction<? super T, ValidationContext, ? extends Collection<Finding>> check) {
    Checks.notNull(name, "name");
    Checks.noNullElements(codes, "codes");
    Checks.noNullElements(settings, "settings");
    Checks.notNull(check, "check");
    Checks.nonBlank(name, "name");
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("codes must not be empty for rule " + name);
    }
    return new FunctionRule<>(name, Set.copyOf(codes), Set.copyOf(settings), check);
  }
}
