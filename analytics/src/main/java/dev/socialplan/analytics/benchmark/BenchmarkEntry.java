package dev.socialplan.analytics.benchmark;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.internal.Checks;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One brand's observed figures over the benchmark period — the planner's own brand or a
 * competitor: mentions, engagements, posts, and followers at the start and end of the period. Any
 * figure may be unknown; unknown is not zero.
 *
 * <p>Obtain one with {@link #builder()}, for example {@code
 * BenchmarkEntry.builder().name("Glow").mentions(50).build()}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class BenchmarkEntry {

  BenchmarkEntry() {}

  /**
   * Returns the brand's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns how often the brand was mentioned in the period (social listening).
   *
   * @return the mentions, if known
   */
  public abstract OptionalLong mentions();

  /**
   * Returns the engagements on the brand's posts in the period, counted the same way for every
   * brand.
   *
   * @return the engagements, if known
   */
  public abstract OptionalLong engagements();

  /**
   * Returns the number of posts the brand published in the period.
   *
   * @return the posts, if known
   */
  public abstract OptionalLong posts();

  /**
   * Returns the brand's followers at the start of the period.
   *
   * @return the followers, if known
   */
  public abstract OptionalLong followersAtStart();

  /**
   * Returns the brand's followers at the end of the period.
   *
   * @return the followers, if known
   */
  public abstract OptionalLong followersAtEnd();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts an entry from a plan's competitor: its name, and its followers summed over its accounts
   * as the followers at the end of the period — only when every account's followers are known, since
   * a partial sum would understate them. The period's mentions, engagements, posts and starting
   * followers are not part of a competitor profile; add them with {@code
   * BenchmarkEntry.builder().from(entry)}.
   *
   * @param competitor the competitor
   * @return the entry
   * @throws ArithmeticException if the followers overflow a long
   */
  public static BenchmarkEntry from(Competitor competitor) {
    Checks.notNull(competitor, "competitor");
    Builder builder = builder().name(competitor.name());
    boolean allKnown =
        !competitor.presences().isEmpty()
            && competitor.presences().stream().allMatch(p -> p.followers().isPresent());
    if (allKnown) {
      long total = 0;
      for (SocialPresence p : competitor.presences()) {
        total = Math.addExact(total, p.followers().getAsLong());
      }
      builder.followersAtEnd(total);
    }
    return builder.build();
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    mentions().ifPresent(v -> Checks.nonNegative(v, "mentions"));
    engagements().ifPresent(v -> Checks.nonNegative(v, "engagements"));
    posts().ifPresent(v -> Checks.nonNegative(v, "posts"));
    followersAtStart().ifPresent(v -> Checks.nonNegative(v, "followersAtStart"));
    followersAtEnd().ifPresent(v -> Checks.nonNegative(v, "followersAtEnd"));
  }

  /** Builds a {@link BenchmarkEntry}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBenchmarkEntry.Builder {
    Builder() {}
  }
}
