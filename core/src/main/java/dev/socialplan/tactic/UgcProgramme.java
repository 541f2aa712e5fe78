package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A user-generated content programme (the strategy guide's trend 5): customers share their
 * experience under a campaign hashtag and the brand reposts the best of it, each repost with the
 * creator's permission.
 *
 * <p>Obtain one with {@link #builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class UgcProgramme implements Tactic {

  UgcProgramme() {}

  /**
   * Returns the hashtag customers are invited to use, if any ({@code "#MyGlowMorning"}).
   *
   * @return the hashtag, not blank
   */
  public abstract Optional<String> hashtag();

  /**
   * Returns the platforms where the programme collects content.
   *
   * @return the platforms, in the order given
   */
  public abstract Set<Platform> collectingOn();

  /**
   * Returns the planned reposts.
   *
   * @return the reposts, in the order given
   */
  public abstract List<UgcRepost> reposts();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reposts whose creator has not given permission.
   *
   * @return the reposts without permission, in order; unmodifiable
   */
  public List<UgcRepost> repostsWithoutPermission() {
    return reposts().stream()
        .filter(r -> !r.isPermitted())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns {@link TacticKind#USER_GENERATED_CONTENT}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.USER_GENERATED_CONTENT;
  }

  /**
   * Returns the platforms the programme collects on and reposts to.
   *
   * @return the platforms, collecting platforms first; unmodifiable
   */
  @Override
  public Set<Platform> platforms() {
    Set<Platform> all = new LinkedHashSet<>(collectingOn());
    reposts().forEach(r -> all.add(r.platform()));
    return Collections.unmodifiableSet(all);
  }

  @Value.Check
  void check() {
    TacticChecks.common(this);
    hashtag().ifPresent(h -> Checks.nonBlank(h, "hashtag"));
  }

  /** Builds a {@link UgcProgramme}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableUgcProgramme.Builder {
    Builder() {}
  }
}
