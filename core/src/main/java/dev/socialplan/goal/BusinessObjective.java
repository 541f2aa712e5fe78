package dev.socialplan.goal;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A business aim that social media goals serve, such as "grow online sales 15 %" (the "Relevant" of a SMART goal).
 *
 * <p>A plan lists its business objectives; each {@link Goal} refers to the one it serves by
 * {@link #id()}, so the SMART "Relevant" check can tell whether the goal serves an objective the
 * plan actually has. Ids are compared exactly (case and spaces matter) and are not blank.
 *
 * <p>Obtain one with {@link #of(String, String)} or {@link #builder()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class BusinessObjective {

  BusinessObjective() {}

  /**
   * Returns the stable id goals refer to, such as {@code "online-sales"}.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the name shown to people, such as {@code "Grow online sales 15 % this year"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns a longer description, if any.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Obtains a business objective without a description.
   *
   * @param id the id goals refer to, not blank
   * @param name the name, not blank
   * @return the business objective
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is blank
   */
  public static BusinessObjective of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with another description.
   *
   * @param description the description, not blank
   * @return the new business objective
   */
  public abstract BusinessObjective withDescription(String description);

  @Value.Check
  void check() {
    Checks.nonBlank(id(), "id");
    Checks.nonBlank(name(), "name");
    description().ifPresent(d -> Checks.nonBlank(d, "description"));
  }

  /** Builds a {@link BusinessObjective}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBusinessObjective.Builder {
    Builder() {}
  }
}
