package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A creator's permission to repost their content (user-generated content must not be reposted
 * without it): when it was granted and the evidence, such as the creator's reply or a licence
 * reference.
 *
 * <p>Obtain one with {@link #grantedAt(Instant)} or {@link #builder()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class CreatorPermission {

  CreatorPermission() {}

  /**
   * Returns when the creator gave permission.
   *
   * @return the time permission was granted
   */
  public abstract Instant grantedAt();

  /**
   * Returns the evidence of the permission ({@code "DM reply of 3 Feb"}, a licence number), if
   * recorded.
   *
   * @return the evidence, not blank
   */
  public abstract Optional<String> evidence();

  /**
   * Obtains a permission granted at the given time, without recorded evidence.
   *
   * @param grantedAt when permission was granted
   * @return the permission
   */
  public static CreatorPermission grantedAt(Instant grantedAt) {
    return builder().grantedAt(grantedAt).build();
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
   * Returns a copy with evidence.
   *
   * @param evidence the evidence, not blank
   * @return the new permission
   * @throws IllegalArgumentException if the evidence is blank
   */
  public abstract CreatorPermission withEvidence(String evidence);

  @Value.Check
  void check() {
    evidence().ifPresent(e -> Checks.nonBlank(e, "evidence"));
  }

  /** Builds a {@link CreatorPermission}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableCreatorPermission.Builder {
    Builder() {}
  }
}
