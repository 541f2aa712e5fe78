package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of user-generated content the brand plans to repost: whose it is, where, and the
 * creator's permission if it has been given. A repost without permission is constructible; the
 * rules report it.
 *
 * <p>Obtain one with {@link #of(String, Platform)} or {@link #builder()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class UgcRepost {

  UgcRepost() {}

  /**
   * Returns the creator's handle or name.
   *
   * @return the creator, not blank
   */
  public abstract String creator();

  /**
   * Returns the platform the content is reposted on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns a reference to the original content (its address or a description), if recorded.
   *
   * @return the reference, not blank
   */
  public abstract Optional<String> reference();

  /**
   * Returns the creator's permission, if given.
   *
   * @return the permission
   */
  public abstract Optional<CreatorPermission> permission();

  /**
   * Obtains a repost without permission yet.
   *
   * @param creator the creator, not blank
   * @param platform the platform
   * @return the repost
   * @throws IllegalArgumentException if the creator is blank
   */
  public static UgcRepost of(String creator, Platform platform) {
    return builder().creator(creator).platform(platform).build();
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
   * Returns a copy with the creator's permission.
   *
   * @param permission the permission
   * @return the new repost
   */
  public abstract UgcRepost withPermission(CreatorPermission permission);

  /**
   * Tells whether the creator has given permission.
   *
   * @return true if a permission is recorded
   */
  public boolean isPermitted() {
    return permission().isPresent();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(creator(), "creator");
    reference().ifPresent(r -> Checks.nonBlank(r, "reference"));
  }

  /** Builds a {@link UgcRepost}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableUgcRepost.Builder {
    Builder() {}
  }
}
