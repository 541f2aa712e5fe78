package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A composable, reusable set of rules over one subject type, with its settings: the standard set of
 * a module, minus codes, plus custom rules, with thresholds and severity overrides.
 *
 * <pre>{@code
 * RuleSet<StrategyPlan> rules = PlanRules.standard()
 *     .without("COMPETITION_TOO_MANY")
 *     .with(myRule)
 *     .withSettings(ValidationSettings.standard().with(GoalRules.ACHIEVABLE_TOLERANCE, 0.5));
 * ValidationReport report = rules.validate(plan, clock);
 * }</pre>
 *
 * <p>Every operation returns a new set; a set is immutable and thread-safe, and one instance can
 * validate any number of subjects concurrently (rules are pure).
 *
 * <p>Codes are unique: a set refuses two different {@link FindingCode} descriptors with the same
 * code, and two rules with the same name. During validation every rule runs (a rule whose codes are
 * all removed is skipped), every finding a rule returns is kept (the set never stops at the first),
 * findings with removed codes are dropped, and severity overrides of the settings are applied. A
 * rule that returns a code it did not declare is a programming error and raises {@link
 * IllegalStateException}, as does a rule that throws (the exception names the rule).
 *
 * @param <T> the type of subject validated
 */
public final class RuleSet<T> {
  private final List<Rule<? super T>> rules;
  private final Set<String> removedCodes;
  private final ValidationSettings settings;

  private RuleSet(
      List<Rule<? super T>> rules, Set<String> removedCodes, ValidationSettings settings) {
    this.rules = rules;
    this.removedCodes = removedCodes;
    this.settings = settings;
  }

  /**
   * Returns a set without rules.
   *
   * @param <T> the subject type
   * @return the empty set
   */
  public static <T> RuleSet<T> empty() {
    return new RuleSet<>(List.of(), Set.of(), ValidationSettings.standard());
  }

  /**
   * Obtains a set of rules with default settings.
   *
   * @param rules the rules
   * @param <T> the subject type
   * @return the set
   * @throws IllegalArgumentException if two rules share a name or two descriptors share a code
   */
  public static <T> RuleSet<T> of(Collection<? extends Rule<? super T>> rules) {
    return RuleSet.<T>empty().with(rules);
  }

  /**
   * Returns a copy with more rules.
   *
   * @param more the rules to add
   * @return the new set
   * @throws IllegalArgumentException if a name or a code clashes with the set's
   */
  public RuleSet<T> with(Collection<? extends Rule<? super T>> more) {
    Checks.noNullElements(more, "rules");
    List<Rule<? super T>> all = new ArrayList<>(rules);
    all.addAll(more);
    checkUnique(all);
    return new RuleSet<>(List.<Rule<? super T>>copyOf(all), removedCodes, settings);
  }

  /**
   * Returns a copy with one more rule.
   *
   * @param rule the rule to add
   * @return the new set
   * @throws IllegalArgumentException if its name or a code clashes with the set's
   */
  public RuleSet<T> with(Rule<? super T> rule) {
    return with(List.of(Checks.notNull(rule, "rule")));
  }

  /**
   * Returns a copy with every rule of another set added (its removed codes and settings are not
   * taken over).
   *
   * @param other the other set
   * @return the new set
   * @throws IllegalArgumentException if a name or a code clashes
   */
  public RuleSet<T> withAll(RuleSet<? super T> other) {
    Checks.notNull(other, "other");
    List<Rule<? super T>> more = new ArrayList<>(other.rules);
    return with(more);
  }

  /**
   * Returns a copy that no longer reports some codes.
   *
   * @param codes the codes to remove, such as {@code "COMPETITION_TOO_MANY"}
   * @return the new set
   * @throws IllegalArgumentException if a code is not emitted by any rule of the set (a typo)
   */
  public RuleSet<T> without(String... codes) {
    Checks.notNull(codes, "codes");
    Set<String> known = new HashSet<>();
    rules.forEach(r -> r.codes().forEach(c -> known.add(c.name())));
    Set<String> removed = new HashSet<>(removedCodes);
    for (String code : Arrays.asList(codes)) {
      Checks.notNull(code, "codes[]");
      if (!known.contains(code)) {
        throw new IllegalArgumentException("no rule of this set emits code " + code);
      }
      removed.add(code);
    }
    return new RuleSet<>(rules, Set.copyOf(removed), settings);
  }

  /**
   * Returns a copy that no longer reports some codes.
   *
   * @param codes the codes to remove
   * @return the new set
   * @throws IllegalArgumentException if a code is not emitted by any rule of the set
   */
  public RuleSet<T> without(FindingCode... codes) {
    Checks.notNull(codes, "codes");
    return without(Arrays.stream(codes).map(FindingCode::name).toArray(String[]::new));
  }

  /**
   * Returns a copy without a rule (and so without the codes only it emits).
   *
   * @param name the rule's name
   * @return the new set
   * @throws IllegalArgumentException if no rule has that name
   */
  public RuleSet<T> withoutRule(String name) {
    Checks.notNull(name, "name");
    List<Rule<? super T>> kept = new ArrayList<>(rules);
    if (!kept.removeIf(r -> r.name().equals(name))) {
      throw new IllegalArgumentException("no rule of this set is named " + name);
    }
    return new RuleSet<>(List.<Rule<? super T>>copyOf(kept), removedCodes, settings);
  }

  /**
   * Returns a copy with other settings (thresholds and severity overrides).
   *
   * @param newSettings the settings
   * @return the new set
   */
  public RuleSet<T> withSettings(ValidationSettings newSettings) {
    return new RuleSet<>(rules, removedCodes, Checks.notNull(newSettings, "settings"));
  }

  /**
   * Returns a copy in which one setting has a value (the other settings are kept).
   *
   * @param setting the setting
   * @param value the value
   * @param <V> the value type
   * @return the new set
   * @throws IllegalArgumentException if the value breaks the setting's constraint
   */
  public <V> RuleSet<T> withSetting(Setting<V> setting, V value) {
    return withSettings(settings.with(setting, value));
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public ValidationSettings settings() {
    return settings;
  }

  /**
   * Returns the rules, in the order they were added.
   *
   * @return the rules, unmodifiable
   */
  public List<Rule<? super T>> rules() {
    return rules;
  }

  /**
   * Returns every code the set can report (codes removed with {@link #without} excluded), sorted by
   * code: the set's registry, from which the rule catalogue is checked.
   *
   * @return the codes, unmodifiable, in code order
   */
  public List<FindingCode> codes() {
    Map<String, FindingCode> byName = new TreeMap<>();
    for (Rule<? super T> rule : rules) {
      for (FindingCode code : rule.codes()) {
        if (!removedCodes.contains(code.name())) {
          byName.put(code.name(), code);
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * Returns every setting the set's rules read, sorted by name.
   *
   * @return the settings, unmodifiable
   */
  public List<Setting<?>> allSettings() {
    Set<Setting<?>> all = new LinkedHashSet<>();
    rules.forEach(r -> all.addAll(r.settings()));
    List<Setting<?>> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Setting::name));
    return List.copyOf(sorted);
  }

  /**
   * Validates a subject without a clock: checks that need "today" are not made.
   *
   * @param subject the subject
   * @return every finding of every rule
   * @throws IllegalStateException if a rule fails or emits a code it did not declare
   */
  public ValidationReport validate(T subject) {
    return validate(subject, ValidationContext.of(settings));
  }

  /**
   * Validates a subject with a clock giving "today" (deadlines already past).
   *
   * @param subject the subject
   * @param clock the clock
   * @return every finding of every rule
   * @throws IllegalStateException if a rule fails or emits a code it did not declare
   */
  public ValidationReport validate(T subject, Clock clock) {
    return validate(subject, ValidationContext.of(settings, clock));
  }

  private ValidationReport validate(T subject, ValidationContext context) {
    Checks.notNull(subject, "subject");
    List<Finding> all = new ArrayList<>();
    for (Rule<? super T> rule : rules) {
      if (!removedCodes.isEmpty() && removedCodes.containsAll(names(rule.codes()))) {
        continue;
      }
      List<Finding> found;
      try {
        found = rule.check(subject, context);
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule " + rule.name() + " failed: " + e, e);
      }
      for (Finding f : found) {
        if (!rule.codes().contains(f.code())) {
          throw new IllegalStateException(
              "rule " + rule.name() + " emitted undeclared code " + f.code().name());
        }
        if (!removedCodes.contains(f.code().name())) {
          all.add(f.withSeverity(settings.severityOf(f.code())));
        }
      }
    }
    return ValidationReport.of(all);
  }

  private static Set<String> names(Set<FindingCode> codes) {
    Set<String> names = new HashSet<>();
    codes.forEach(c -> names.add(c.name()));
    return names;
  }

  private static void checkUnique(List<? extends Rule<?>> rules) {
    Set<String> names = new HashSet<>();
    Map<String, FindingCode> codes = new HashMap<>();
    for (Rule<?> rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("two rules are named " + rule.name());
      }
      for (FindingCode code : rule.codes()) {
        FindingCode previous = codes.putIfAbsent(code.name(), code);
        if (previous != null && !previous.equals(code)) {
          throw new IllegalArgumentException(
              "two different descriptors use code " + code.name() + " (rule " + rule.name() + ")");
        }
      }
    }
  }

  /**
   * Returns the rule names and the settings: {@code RuleSet[goal.smart, budget.total]
   * ValidationSettings{}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    rules.forEach(r -> names.add(r.name()));
    return "RuleSet" + names + (removedCodes.isEmpty() ? "" : " without " + new java.util.TreeSet<>(removedCodes)) + " " + settings;
  }
}
