package dev.socialplan.content;

import dev.socialplan.internal.Checks;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One part of a {@link ContentMix}: a named group of post kinds and the share of posts it should
 * have. The 80/20 rule has two slices, "inform, educate, entertain" (0.8) and "promote" (0.2).
 *
 * <p>A post belongs to the slice when its purpose is one of the slice's purposes <em>and</em> its
 * source one of the slice's sources. A slice over purposes alone lists every source, and the other
 * way round.
 *
 * <p>Obtain one with {@link #ofPurposes(String, double, Set)}, {@link #ofSources(String, double,
 * Set)} or {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MixSlice {

  MixSlice() {}

  /**
   * Returns the slice's name, as shown in reports ({@code "promote"}).
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the target share of posts, as a fraction.
   *
   * @return the share in {@code [0, 1]}
   */
  public abstract double share();

  /**
   * Returns the purposes of the posts in this slice.
   *
   * @return the purposes, not empty, in enum order
   */
  public abstract Set<PostPurpose> purposes();

  /**
   * Returns the sources of the posts in this slice.
   *
   * @return the sources, not empty, in enum order
   */
  public abstract Set<ContentSource> sources();

  /**
   * Obtains a slice of the posts with the given purposes, whatever their source.
   *
   * @param name the name, not blank
   * @param share the target share, in {@code [0, 1]}
   * @param purposes the purposes, not empty
   * @return the slice
   * @throws IllegalArgumentException if the name is blank, the share outside {@code [0, 1]} or the
   *     purposes empty
   */
  public static MixSlice ofPurposes(String name, double share, Set<PostPurpose> purposes) {
    return builder()
        .name(name)
        .share(share)
        .purposes(purposes)
        .sources(EnumSet.allOf(ContentSource.class))
        .build();
  }

  /**
   * Obtains a slice of the posts from the given sources, whatever their purpose.
   *
   * @param name the name, not blank
   * @param share the target share, in {@code [0, 1]}
   * @param sources the sources, not empty
   * @return the slice
   * @throws IllegalArgumentException if the name is blank, the share outside {@code [0, 1]} or the
   *     sources empty
   */
  public static MixSlice ofSources(String name, double share, Set<ContentSource> sources) {
    return builder()
        .name(name)
        .share(share)
        .purposes(EnumSet.allOf(PostPurpose.class))
        .sources(sources)
        .build();
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
   * Tells whether a post of the given kind belongs to this slice.
   *
   * @param kind the post's kind
   * @return true if both its purpose and its source are the slice's
   */
  public boolean contains(ContentKind kind) {
    Checks.notNull(kind, "kind");
    return purposes().contains(kind.purpose()) && sources().contains(kind.source());
  }

  /**
   * Returns a copy with another target share.
   *
   * @param share the share, in {@code [0, 1]}
   * @return the new slice
   * @throws IllegalArgumentException if the share is outside {@code [0, 1]}
   */
  public abstract MixSlice withShare(double share);

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    Checks.fraction(share(), "share");
    if (purposes().isEmpty()) {
      throw new IllegalArgumentException("purposes of slice \"" + name() + "\" must not be empty");
    }
    if (sources().isEmpty()) {
      throw new IllegalArgumentException("sources of slice \"" + name() + "\" must not be empty");
    }
  }

  /** Builds a {@link MixSlice}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableMixSlice.Builder {
    Builder() {}
  }
}
