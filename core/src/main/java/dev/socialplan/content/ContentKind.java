package dev.socialplan.content;

import dev.socialplan.internal.Checks;

/**
 * What a post is, for the purpose of a content mix: its {@link PostPurpose} and its {@link
 * ContentSource}. {@code ContentKind.of(PostPurpose.EDUCATE)} is an educating post of the brand's
 * own ({@link ContentSource#ORIGINAL}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param purpose why the post is published
 * @param source where its content comes from
 */
public record ContentKind(PostPurpose purpose, ContentSource source) {

  /**
   * Creates a content kind.
   *
   * @param purpose why the post is published
   * @param source where its content comes from
   * @throws NullPointerException if an argument is null
   */
  public ContentKind {
    Checks.notNull(purpose, "purpose");
    Checks.notNull(source, "source");
  }

  /**
   * Obtains the kind of a post of the brand's own content with the given purpose.
   *
   * @param purpose why the post is published
   * @return the kind, with source {@link ContentSource#ORIGINAL}
   */
  public static ContentKind of(PostPurpose purpose) {
    return new ContentKind(purpose, ContentSource.ORIGINAL);
  }

  /**
   * Obtains a content kind.
   *
   * @param purpose why the post is published
   * @param source where its content comes from
   * @return the kind
   */
  public static ContentKind of(PostPurpose purpose, ContentSource source) {
    return new ContentKind(purpose, source);
  }
}
