package dev.socialplan.competition;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;

/**
 * An account on a platform: {@code @glowcosmetics} on Instagram.
 *
 * <p>The name is kept without the leading {@code '@'} and without surrounding white space, so {@code
 * Handle.of(Platform.X, " @rival ")} and {@code Handle.of(Platform.X, "rival")} are equal. Names are
 * compared exactly otherwise (platforms differ in case sensitivity); a name must not be blank or
 * contain white space. Display names with spaces ("Rival Tea Co.") belong to the competitor, not the
 * handle.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param platform the platform
 * @param name the account name, without {@code '@'}
 */
public record Handle(Platform platform, String name) {

  /**
   * Validates and normalises the handle.
   *
   * @param platform the platform
   * @param name the account name; surrounding white space and one leading {@code '@'} are removed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or contains white space
   */
  public Handle {
    Checks.notNull(platform, "platform");
    Checks.notNull(name, "name");
    String stripped = name.strip();
    if (stripped.startsWith("@")) {
      stripped = stripped.substring(1);
    }
    if (Checks.isBlank(stripped)) {
      throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
    }
    // No-break and other Unicode spaces count as white space: "@glow\u00A0cosmetics" is no handle.
    if (stripped.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException("name must not contain white space: \"" + name + "\"");
    }
    name = stripped;
  }

  /**
   * Obtains a handle.
   *
   * @param platform the platform
   * @param name the account name, with or without a leading {@code '@'}
   * @return the handle
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank or contains white space
   */
  public static Handle of(Platform platform, String name) {
    return new Handle(platform, name);
  }

  /**
   * Returns the handle as people write it.
   *
   * @return such as {@code @glowcosmetics on Instagram}
   */
  @Override
  public String toString() {
    return "@" + name + " on " + platform;
  }
}
