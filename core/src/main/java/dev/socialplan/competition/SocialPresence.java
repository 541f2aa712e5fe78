package dev.socialplan.competition;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * What was observed of one competitor account: its handle, followers, posting
 * frequency in posts per week, and engagement — as a rate (engagements over followers, reach or
 * impressions, as observed) and/or as engagements per post — with the date of observation.
 *
 * <p>Every figure is optional: planners record what they can see. Construction refuses negative
 * counts and frequencies, non-finite numbers and a negative engagement rate; an undefined rate (a
 * zero denominator) is accepted as observed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SocialPresence {

  SocialPresence() {}

  /**
   * Returns the account.
   *
   * @return the handle
   */
  public abstract Handle handle();

  /**
   * Returns the followers observed.
   *
   * @return the followers, zero or more
   */
  public abstract OptionalLong followers();

  /**
   * Returns how often the account posts.
   *
   * @return posts per week, zero or more
   */
  public abstract OptionalDouble postsPerWeek();

  /**
   * Returns the engagement rate observed; the ratio keeps what it was measured over.
   *
   * @return the engagement rate, not negative
   */
  public abstract Optional<Ratio> engagementRate();

  /**
   * Returns the average engagements per post observed.
   *
   * @return engagements per post, zero or more
   */
  public abstract OptionalDouble engagementsPerPost();

  /**
   * Returns when the figures were observed.
   *
   * @return the date of observation
   */
  public abstract Optional<LocalDate> observedOn();

  /**
   * Obtains a presence with no figures yet.
   *
   * @param handle the account
   * @return the presence
   * @throws NullPointerException if the handle is null
   */
  public static SocialPresence of(Handle handle) {
    return builder().handle(handle).build();
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
   * Returns the platform of the account.
   *
   * @return the handle's platform
   */
  public Platform platform() {
    return handle().platform();
  }

  /**
   * Returns the engagements per week implied by posts per week × engagements per post.
   *
   * @return engagements per week, empty unless both figures are known
   */
  public OptionalDouble engagementsPerWeek() {
    if (postsPerWeek().isEmpty() || engagementsPerPost().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(postsPerWeek().getAsDouble() * engagementsPerPost().getAsDouble());
  }

  @Value.Check
  void check() {
    followers().ifPresent(f -> Checks.nonNegative(f, "followers"));
    postsPerWeek().ifPresent(p -> Checks.nonNegative(p, "postsPerWeek"));
    engagementsPerPost().ifPresent(e -> Checks.nonNegative(e, "engagementsPerPost"));
    engagementRate()
        .ifPresent(
            r -> {
              if (r.value().isPresent() && r.value().getAsDouble() < 0) {
                throw new IllegalArgumentException("engagementRate must not be negative: " + r);
              }
            });
  }

  /** Builds a {@link SocialPresence}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSocialPresence.Builder {
    Builder() {}
  }
}
