package dev.socialplan.plan;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.io.Serializable;

/**
 * A platform the plan chooses, with the reason for choosing it (method step 3: "choose the
 * platforms where your audience is, and know why").
 *
 * <p>Immutable and thread-safe.
 *
 * @param platform the platform chosen
 * @param reason why it was chosen, in the planner's words ({@code "our personas spend their evenings
 *     on Reels"})
 * @serial exclude
 */
public record PlatformChoice(Platform platform, String reason) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a choice.
   *
   * @param platform the platform chosen
   * @param reason why it was chosen, not blank
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public PlatformChoice {
    Checks.notNull(platform, "platform");
    Checks.nonBlank(reason, "reason");
  }

  /**
   * Obtains a choice.
   *
   * @param platform the platform chosen
   * @param reason why it was chosen, not blank
   * @return the choice
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static PlatformChoice of(Platform platform, String reason) {
    return new PlatformChoice(platform, reason);
  }
}
