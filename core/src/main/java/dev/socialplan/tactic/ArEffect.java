package dev.socialplan.tactic;

import dev.socialplan.platform.Platform;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An augmented-reality effect or filter (the strategy guide's trend 7), such as a try-on filter
 * launched with a product. The rules check that the platform supports AR effects.
 *
 * <p>Obtain one with {@link #of(String, Platform)} or {@link #builder()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ArEffect implements Tactic {

  ArEffect() {}

  /**
   * Returns the platform the effect is published on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Obtains an AR effect.
   *
   * @param name the effect's name, not blank
   * @param platform the platform
   * @return the effect
   * @throws IllegalArgumentException if the name is blank
   */
  public static ArEffect of(String name, Platform platform) {
    return builder().name(name).platform(platform).build();
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
   * Returns {@link TacticKind#AR_EFFECT}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.AR_EFFECT;
  }

  /**
   * Returns the effect's platform.
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
  }

  /** Builds an {@link ArEffect}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableArEffect.Builder {
    Builder() {}
  }
}
