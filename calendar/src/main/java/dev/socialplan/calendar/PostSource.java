package dev.socialplan.calendar;

import dev.socialplan.internal.Checks;
import dev.socialplan.tactic.CreatorPermission;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a post's content comes from: the brand's own ({@link #original()}) or user-generated
 * content (UGC) by a creator, with or without the creator's permission to repost it.
 *
 * <p>Reposting UGC without permission is constructible; the calendar rules report it. This class is
 * immutable and thread-safe.
 */
public final class PostSource {
  private static final PostSource ORIGINAL = new PostSource(null, null);

  private final @Nullable String creator;
  private final @Nullable CreatorPermission permission;

  private PostSource(@Nullable String creator, @Nullable CreatorPermission permission) {
    this.creator = creator;
    this.permission = permission;
  }

  /**
   * Returns the source of content the brand made itself.
   *
   * @return the original source
   */
  public static PostSource original() {
    return ORIGINAL;
  }

  /**
   * Obtains user-generated content for which the creator has not (yet) given permission.
   *
   * @param creator the creator's handle or name, not blank
   * @return the source
   * @throws IllegalArgumentException if the creator is blank
   */
  public static PostSource userGenerated(String creator) {
    return new PostSource(Checks.nonBlank(creator, "creator"), null);
  }

  /**
   * Obtains user-generated content whose creator gave permission to repost it.
   *
   * @param creator the creator's handle or name, not blank
   * @param permissionGrantedAt when the creator gave permission
   * @return the source
   * @throws IllegalArgumentException if the creator is blank
   */
  public static PostSource userGenerated(String creator, Instant permissionGrantedAt) {
    Checks.notNull(permissionGrantedAt, "permissionGrantedAt");
    return userGenerated(creator, CreatorPermission.grantedAt(permissionGrantedAt));
  }

  /**
   * Obtains user-generated content whose creator gave permission to repost it, with the evidence.
   *
   * @param creator the creator's handle or name, not blank
   * @param permission the creator's permission
   * @return the source
   * @throws IllegalArgumentException if the creator is blank
   */
  public static PostSource userGenerated(String creator, CreatorPermission permission) {
    Checks.notNull(creator, "creator");
    Checks.notNull(permission, "permission");
    return new PostSource(Checks.nonBlank(creator, "creator"), permission);
  }

  /**
   * Tells whether the content is the brand's own.
   *
   * @return true for {@link #original()}
   */
  public boolean isOriginal() {
    return creator == null;
  }

  /**
   * Tells whether the content is user-generated.
   *
   * @return true for UGC
   */
  public boolean isUserGenerated() {
    return creator != null;
  }

  /**
   * Returns the creator of user-generated content.
   *
   * @return the creator; empty for original content
   */
  public Optional<String> creator() {
    return Optional.ofNullable(creator);
  }

  /**
   * Returns when the creator gave permission to repost.
   *
   * @return the instant; empty for original content and for UGC without permission
   */
  public Optional<Instant> permissionGrantedAt() {
    return permission().map(CreatorPermission::grantedAt);
  }

  /**
   * Returns the creator's permission to repost.
   *
   * @return the permission; empty for original content and for UGC without permission
   */
  public Optional<CreatorPermission> permission() {
    return Optional.ofNullable(permission);
  }

  /**
   * Tells whether the post may use the content: it is original, or the creator gave permission.
   *
   * @return true unless this is UGC without permission
   */
  public boolean hasPermission() {
    return creator == null || permission != null;
  }

  /**
   * Returns a copy of this UGC source with the creator's permission.
   *
   * @param grantedAt when permission was given
   * @return the new source
   * @throws IllegalStateException if this is original content
   */
  public PostSource withPermission(Instant grantedAt) {
    Checks.notNull(grantedAt, "grantedAt");
    if (creator == null) {
      throw new IllegalStateException("original content needs no permission");
    }
    return userGenerated(creator, grantedAt);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PostSource
        && Objects.equals(creator, ((PostSource) obj).creator)
        && Objects.equals(permission, ((PostSource) obj).permission);
  }

  @Override
  public int hashCode() {
    return Objects.hash(creator, permission);
  }

  /**
   * Returns a readable form: {@code original}, {@code UGC by @ana (permission 2026-01-02T10:00:00Z)}
   * or {@code UGC by @ana (no permission)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    if (creator == null) {
      return "original";
    }
    return "UGC by "
        + creator
        + (permission == null ? " (no permission)" : " (permission " + permission.grantedAt() + ")");
  }
}
