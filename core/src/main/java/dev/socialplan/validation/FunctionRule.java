package dev.socialplan.validation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** The rule {@link Rule#of} returns: a name, its codes and settings, and a function. */
final class FunctionRule<T> implements Rule<T> {
  private final String name;
  private final Set<FindingCode> codes;
  private final Set<Setting<?>> settings;
  private final BiFunction<? super T, ValidationContext, ? extends Collection<Finding>> check;

  FunctionRule(
      String name,
      Set<FindingCode> codes,
      Set<Setting<?>> settings,
      BiFunction<? super T, ValidationContext, ? extends Collection<Finding>> check) {
    this.name = name;
    this.codes = codes;
    this.settings = settings;
    this.check = check;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<FindingCode> codes() {
    return codes;
  }

  @Override
  public Set<Setting<?>> settings() {
    return settings;
  }

  @Override
  public List<Finding> check(T subject, ValidationContext context) {
    return List.copyOf(check.apply(subject, context));
  }

  @Override
  public String toString() {
    return "Rule " + name;
  }
}
