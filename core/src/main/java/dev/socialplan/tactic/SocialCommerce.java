package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Selling through a platform's shop (the strategy guide's trend 6: Facebook and Instagram shops).
 * The rules check that the platform supports shopping.
 *
 * <p>Obtain one with {@link #of(String, Platform, String)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class SocialCommerce implements Tactic {

  SocialCommerce() {}

  /**
   * Returns the platform whose shop sells the products.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the shop's name on the platform.
   *
   * @return the shop name, not blank
   */
  public abstract String shopName();

  /**
   * Obtains a social-commerce tactic.
   *
   * @param name the tactic's name, not blank
   * @param platform the platform
   * @param shopName the shop's name, not blank
   * @return the tactic
   * @throws IllegalArgumentException if a name is blank
   */
  public static SocialCommerce of(String name, Platform platform, String shopName) {
    return builder().name(name).platform(platform).shopName(shopName).build();
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
   * Returns {@link TacticKind#SOCIAL_COMMERCE}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.SOCIAL_COMMERCE;
  }

  /**
   * Returns the shop's platform.
   *
   * @return a set of the one platform
   */
  @Override
  public Set<Platform> platforms() {
    return Set.of(platform());
  }

  @Value.Check
  void check() {
    TacticChecks.common(this);
    Checks.nonBlank(shopName(), "shopName");
  }

  /** Builds a {@link SocialCommerce}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSocialCommerce.Builder {
    Builder() {}
  }
}
