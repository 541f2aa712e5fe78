package dev.socialplan.platform;

import dev.socialplan.internal.Checks;

/**
 * Where a platform fact comes from: {@code PRIMARY "developers.tiktok.com, Content Posting API"}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind how close the source is to the platform
 * @param citation what to read to check the fact, not blank
 */
public record Source(SourceKind kind, String citation) {

  /**
   * Validates the parts.
   *
   * @param kind how close the source is to the platform
   * @param citation what to read to check the fact, not blank
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the citation is blank
   */
  public Source {
    Checks.notNull(kind, "kind");
    Checks.nonBlank(citation, "citation");
  }

  /**
   * Obtains a primary source: the platform's own documentation or code.
   *
   * @param citation what to read, not blank
   * @return the source
   * @throws IllegalArgumentException if the citation is blank
   */
  public static Source primary(String citation) {
    return new Source(SourceKind.PRIMARY, citation);
  }

  /**
   * Obtains a secondary source.
   *
   * @param citation what to read, not blank
   * @return the source
   * @throws IllegalArgumentException if the citation is blank
   */
  public static Source secondary(String citation) {
    return new Source(SourceKind.SECONDARY, citation);
  }

  /**
   * Obtains a weak secondary source.
   *
   * @param citation what to read, not blank
   * @return the source
   * @throws IllegalArgumentException if the citation is blank
   */
  public static Source weak(String citation) {
    return new Source(SourceKind.WEAK, citation);
  }

  /**
   * Returns the form {@code citation (PRIMARY)}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return citation + " (" + kind + ")";
  }
}
