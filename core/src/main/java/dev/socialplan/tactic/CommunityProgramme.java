package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A community programme (the strategy guide's trend 2): a group where the audience meets the brand
 * and each other, fed with interactive posts. The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) advises Facebook groups for B2C and
 * LinkedIn for B2B; the rules compare the platform with the brand's business model.
 *
 * <p>Obtain one with {@link #of(String, Platform)} or {@link #builder()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CommunityProgramme implements Tactic {

  CommunityProgramme() {}

  /**
   * Returns the platform the community lives on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the name of the group, if the community is a group.
   *
   * @return the group name, not blank
   */
  public abstract Optional<String> groupName();

  /**
   * Returns the kinds of interactive post the programme uses.
   *
   * @return the interactive post kinds, in enum order
   */
  public abstract Set<InteractivePost> interactivePosts();

  /**
   * Returns how many interactive posts a week the programme publishes.
   *
   * @return the posts per week, not negative; zero unless set
   */
  @Value.Default
  public int interactivePostsPerWeek() {
    return 0;
  }

  /**
   * Obtains a programme on a platform.
   *
   * @param name the name, not blank
   * @param platform the platform
   * @return the programme
   * @throws IllegalArgumentException if the name is blank
   */
  public static CommunityProgramme of(String name, Platform platform) {
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
   * Returns {@link TacticKind#COMMUNITY}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.COMMUNITY;
  }

  /**
   * Returns the community's platform.
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
    groupName().ifPresent(g -> Checks.nonBlank(g, "groupName"));
    Checks.nonNegative(interactivePostsPerWeek(), "interactivePostsPerWeek");
  }

  /** Builds a {@link CommunityProgramme}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableCommunityProgramme.Builder {
    Builder() {}
  }
}
