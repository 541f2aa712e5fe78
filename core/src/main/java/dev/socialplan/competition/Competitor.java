package dev.socialplan.competition;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One of the brand's closest competitors on social media (the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) says list five):
 * its name, its accounts with what was observed of each ({@link SocialPresence}: handle, followers,
 * posts per week, engagement), notes, and its {@link Swot}.
 *
 * <p>A competitor may have several accounts on one platform (a main and a support account). Missing
 * presences, a missing SWOT or more than five competitors are for the competition rules to report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Competitor {

  Competitor() {}

  /**
   * Returns the competitor's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the competitor's accounts with what was observed of each.
   *
   * @return the presences, unmodifiable, in the order given
   */
  public abstract List<SocialPresence> presences();

  /**
   * Returns free notes: what works for them, what does not, ads seen in the Facebook Ad Library.
   *
   * @return the notes, not blank
   */
  public abstract Optional<String> notes();

  /**
   * Returns the SWOT analysis of the competitor, if done.
   *
   * @return the SWOT
   */
  public abstract Optional<Swot> swot();

  /**
   * Obtains a competitor with a name only.
   *
   * @param name the name, not blank
   * @return the competitor
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Competitor of(String name) {
    return builder().name(name).build();
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
   * Returns a copy with a SWOT analysis.
   *
   * @param swot the SWOT
   * @return the new competitor
   */
  public abstract Competitor withSwot(Swot swot);

  /**
   * Returns the competitor's handles, in the order of the presences.
   *
   * @return the handles, unmodifiable
   */
  public List<Handle> handles() {
    return presences().stream().map(SocialPresence::handle).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the platforms the competitor is on.
   *
   * @return the platforms in order of first appearance, unmodifiable
   */
  public Set<Platform> platforms() {
    return presences().stream()
        .map(SocialPresence::platform)
        .collect(Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }

  /**
   * Returns the competitor's presences on one platform.
   *
   * @param platform the platform
   * @return the presences on it, unmodifiable, possibly empty
   * @throws NullPointerException if the platform is null
   */
  public List<SocialPresence> presencesOn(Platform platform) {
    Checks.notNull(platform, "platform");
    return presences().stream()
        .filter(p -> p.platform().equals(platform))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the followers of all accounts whose followers were observed.
   *
   * @return the sum, empty when no account's followers are known
   * @throws ArithmeticException if the sum overflows a long
   */
  public OptionalLong totalFollowers() {
    boolean any = false;
    long total = 0;
    for (SocialPresence p : presences()) {
      if (p.followers().isPresent()) {
        any = true;
        total = Math.addExact(total, p.followers().getAsLong());
      }
    }
    return any ? OptionalLong.of(total) : OptionalLong.empty();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    notes().ifPresent(n -> Checks.nonBlank(n, "notes"));
  }

  /** Builds a {@link Competitor}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableCompetitor.Builder {
    Builder() {}
  }
}
