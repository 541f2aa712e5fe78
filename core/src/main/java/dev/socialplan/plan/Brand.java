package dev.socialplan.plan;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The brand a strategy plan is for: its name, industry, whom it sells to, and its mission statement
 * (purpose-driven campaigns are checked against the mission).
 *
 * <p>Obtain one with {@link #of(String, String, BusinessModel)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Brand {

  Brand() {}

  /**
   * Returns the brand's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the brand's industry, in the planner's own words ({@code "cosmetics"}).
   *
   * @return the industry, not blank
   */
  public abstract String industry();

  /**
   * Returns whom the brand sells to.
   *
   * @return the business model
   */
  public abstract BusinessModel businessModel();

  /**
   * Returns the mission statement, if the planner has written one.
   *
   * @return the mission statement
   */
  public abstract Optional<String> missionStatement();

  /**
   * Obtains a brand without a mission statement.
   *
   * @param name the name, not blank
   * @param industry the industry, not blank
   * @param businessModel whom the brand sells to
   * @return the brand
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or industry is blank
   */
  public static Brand of(String name, String industry, BusinessModel businessModel) {
    return builder().name(name).industry(industry).businessModel(businessModel).build();
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
   * Returns a copy with another mission statement.
   *
   * @param missionStatement the mission statement, not blank
   * @return the new brand
   */
  public abstract Brand withMissionStatement(String missionStatement);

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    Checks.nonBlank(industry(), "industry");
    missionStatement().ifPresent(m -> Checks.nonBlank(m, "missionStatement"));
  }

  /** Builds a {@link Brand}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBrand.Builder {
    Builder() {}
  }
}
