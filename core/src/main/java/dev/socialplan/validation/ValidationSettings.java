package dev.socialplan.validation;

import dev.socialplan.internal.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The thresholds and severity overrides of a validation run, in one immutable value: every rule reads
 * its {@link Setting}s from here, and the rule set applies the severity overrides to every finding.
 *
 * <pre>{@code
 * ValidationSettings settings = ValidationSettings.standard()
 *     .with(GoalRules.ACHIEVABLE_TOLERANCE, 0.5)
 *     .withSeverity("BUDGET_PLATFORM_WITHOUT_ALLOCATION", Severity.ERROR);
 * }</pre>
 *
 * <p>A setting that is not overridden has its {@linkplain Setting#defaultValue() default}. The engine
 * knows nothing about the settings' meaning, so the calendar rules and users' rules configure
 * themselves through the same value.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationSettings {
  private static final ValidationSettings DEFAULTS = new ValidationSettings(Map.of(), Map.of());

  // Settings are keys compared by identity (Setting does not override equals).
  private final Map<Setting<?>, Object> values;
  private final Map<String, Severity> severities;

  private ValidationSettings(Map<Setting<?>, Object> values, Map<String, Severity> severities) {
    this.values = values;
    this.severities = severities;
  }

  /**
   * Returns the settings with every default and no severity override.
   *
   * @return the default settings
   */
  public static ValidationSettings standard() {
    return DEFAULTS;
  }

  /**
   * Returns a copy in which a setting has a value.
   *
   * @param setting the setting
   * @param value its value, of the setting's type and within its constraint
   * @param <T> the value type
   * @return the new settings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the value breaks the setting's constraint
   */
  public <T> ValidationSettings with(Setting<T> setting, T value) {
    Checks.notNull(setting, "setting");
    T checked = setting.check(value);
    Map<Setting<?>, Object> copy = new HashMap<>(values);
    copy.put(setting, checked);
    return new ValidationSettings(Map.copyOf(copy), severities);
  }

  /**
   * Returns a copy in which findings with a code get another severity.
   *
   * @param code the code, such as {@code "BUDGET_PLATFORM_WITHOUT_ALLOCATION"}
   * @param severity the severity its findings get
   * @return the new settings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the code is blank
   */
  public ValidationSettings withSeverity(String code, Severity severity) {
    Checks.nonBlank(code, "code");
    Checks.notNull(severity, "severity");
    Map<String, Severity> copy = new HashMap<>(severities);
    copy.put(code, severity);
    return new ValidationSettings(values, Map.copyOf(copy));
  }

  /**
   * Returns a copy in which findings with a code get another severity.
   *
   * @param code the code
   * @param severity the severity its findings get
   * @return the new settings
   * @throws NullPointerException if an argument is null
   */
  public ValidationSettings withSeverity(FindingCode code, Severity severity) {
    Checks.notNull(code, "code");
    return withSeverity(code.name(), severity);
  }

  /**
   * Returns a copy with every value and override of another settings value added; the other's win
   * where both set the same thing.
   *
   * @param other the settings to add
   * @return the combined settings
   */
  public ValidationSettings withAll(ValidationSettings other) {
    Checks.notNull(other, "other");
    Map<Setting<?>, Object> v = new HashMap<>(values);
    v.putAll(other.values);
    Map<String, Severity> s = new HashMap<>(severities);
    s.putAll(other.severities);
    return new ValidationSettings(Map.copyOf(v), Map.copyOf(s));
  }

  /**
   * Returns a setting's value: the override, or the default.
   *
   * @param setting the setting
   * @param <T> the value type
   * @return the value
   */
  public <T> T get(Setting<T> setting) {
    Checks.notNull(setting, "setting");
    Object value = values.get(setting);
    return value == null ? setting.defaultValue() : setting.type().cast(value);
  }

  /**
   * Tells whether a setting is overridden.
   *
   * @param setting the setting
   * @return true if it has a value other than through its default
   */
  public boolean isOverridden(Setting<?> setting) {
    return values.containsKey(setting);
  }

  /**
   * Returns the severity findings with a code get: the override, or the code's default.
   *
   * @param code the code
   * @return the severity
   */
  public Severity severityOf(FindingCode code) {
    Severity override = severities.get(code.name());
    return override != null ? override : code.severity();
  }

  /**
   * Returns the severity override of a code, if any.
   *
   * @param code the code, such as {@code "BUDGET_OVER_TOTAL"}
   * @return the override, or empty when the code keeps its default
   */
  public Optional<Severity> severityOverride(String code) {
    return Optional.ofNullable(severities.get(code));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ValidationSettings
        && values.equals(((ValidationSettings) obj).values)
        && severities.equals(((ValidationSettings) obj).severities);
  }

  @Override
  public int hashCode() {
    return values.hashCode() * 31 + severities.hashCode();
  }

  /**
   * Returns the overrides, sorted by name: {@code ValidationSettings{goal.achievableTolerance=0.5,
   * severity BUDGET_OVER_TOTAL=WARNING}}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    Map<String, Object> sorted = new TreeMap<>();
    values.forEach((k, v) -> sorted.put(k.name(), v));
    severities.forEach((k, v) -> sorted.put("severity " + k, v));
    return "ValidationSettings" + sorted;
  }
}
