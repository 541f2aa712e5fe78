package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.util.function.Predicate;

/**
 * A typed, named threshold or parameter that rules read from the {@link ValidationSettings}, with its
 * default: for example the tolerance of the SMART "Achievable" check or the number of competitors
 * the method recommends. Rules declare their settings as constants and list them in {@link
 * Rule#settings()}; planners override them with {@link ValidationSettings#with(Setting, Object)}.
 *
 * <pre>{@code
 * public static final Setting<Integer> MAX_COMPETITORS =
 *     Setting.of("competition.maxCompetitors", Integer.class, 5,
 *         "how many closest competitors the method asks for", n -> n >= 1, "at least 1");
 * }</pre>
 *
 * <p>A setting is a key: two settings are equal only when they are the same object, so declare each
 * once, as a constant. Names are dotted lower camel case by convention and unique within a rule set.
 *
 * <p>Immutable and thread-safe (the constraint must be a pure predicate).
 *
 * @param <T> the value type
 */
public final class Setting<T> {
  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final String description;
  private final Predicate<? super T> constraint;
  private final String constraintDescription;

  private Setting(
      String name,
      Class<T> type,
      T defaultValue,
      String description,
      Predicate<? super T> constraint,
      String constraintDescription) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
    this.constraint = constraint;
    this.constraintDescription = constraintDescription;
  }

  /**
   * Obtains a setting that accepts any value of its type.
   *
   * @param name the name, such as {@code "goal.achievableTolerance"}, not blank
   * @param type the value type
   * @param defaultValue the value used when the settings do not override it
   * @param description what the setting controls, for the rule catalogue
   * @param <T> the value type
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or description is blank
   */
  public static <T> Setting<T> of(String name, Class<T> type, T defaultValue, String description) {
    return of(name, type, defaultValue, description, v -> true, "any value");
  }

  /**
   * Obtains a setting whose values must satisfy a constraint.
   *
   * @param name the name, such as {@code "goal.achievableTolerance"}, not blank
   * @param type the value type
   * @param defaultValue the value used when the settings do not override it; must satisfy the
   *     constraint
   * @param description what the setting controls, for the rule catalogue
   * @param constraint a pure predicate every value must satisfy
   * @param constraintDescription the constraint in words, such as {@code "between 0 and 1"}
   * @param <T> the value type
   * @return the setting
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name or description is blank or the default breaks the
   *     constraint
   */
  public static <T> Setting<T> of(
      String name,
      Class<T> type,
      T defaultValue,
      String description,
      Predicate<? super T> constraint,
      String constraintDescription) {
    // Every null is refused before any other rule, so null always gives a NullPointerException.
    Checks.notNull(name, "name");
    Checks.notNull(type, "type");
    Checks.notNull(defaultValue, "defaultValue");
    Checks.notNull(description, "description");
    Checks.notNull(constraint, "constraint");
    Checks.notNull(constraintDescription, "constraintDescription");
    Checks.nonBlank(name, "name");
    Checks.nonBlank(description, "description");
    Checks.nonBlank(constraintDescription, "constraintDescription");
    Setting<T> setting =
        new Setting<>(name, type, defaultValue, description, constraint, constraintDescription);
    setting.check(defaultValue);
    return setting;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the value type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the value used when the settings do not override it.
   *
   * @return the default value
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Returns what the setting controls.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the constraint on values, in words.
   *
   * @return the constraint's description, such as {@code "between 0 and 1"}
   */
  public String constraintDescription() {
    return constraintDescription;
  }

  /**
   * Checks a value against the type and the constraint.
   *
   * @param value the value
   * @return the value, cast to the setting's type
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is of another type or breaks the constraint
   */
  public T check(Object value) {
    Checks.notNull(value, name);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          name + " must be a " + type.getSimpleName() + ": " + value + " is a "
              + value.getClass().getSimpleName());
    }
    T typed = type.cast(value);
    if (!constraint.test(typed)) {
      throw new IllegalArgumentException(name + " must be " + constraintDescription + ": " + value);
    }
    return typed;
  }

  /**
   * Returns the name and default: {@code goal.achievableTolerance (default 0.25)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return name + " (default " + defaultValue + ")";
  }
}
