package dev.socialplan.tactic;

import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A live stream (the strategy guide's trend 4): a product launch, a workshop, a Q&amp;A, streamed
 * live on one platform at a date and time in a zone, and announced in advance.
 *
 * <p>The rules check that the platform supports live video and that the stream is announced early
 * enough. Construction refuses only a duration that is not positive; an announcement after the
 * start is constructible (and a finding).
 *
 * <p>Obtain one with {@link #of(String, Platform, ZonedDateTime, Duration)} or {@link #builder()}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class LiveStream implements Tactic {

  LiveStream() {}

  /**
   * Returns the platform the stream is broadcast on.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns when the stream starts, in the zone it is planned in.
   *
   * @return the start
   */
  public abstract ZonedDateTime start();

  /**
   * Returns how long the stream lasts.
   *
   * @return the duration, positive
   */
  public abstract Duration duration();

  /**
   * Returns when the stream is announced to the audience, if planned.
   *
   * @return the announcement time
   */
  public abstract Optional<ZonedDateTime> announcedAt();

  /**
   * Obtains a live stream without an announcement.
   *
   * @param name the name, not blank
   * @param platform the platform
   * @param start the start
   * @param duration the duration, positive
   * @return the live stream
   * @throws IllegalArgumentException if the name is blank or the duration not positive
   */
  public static LiveStream of(
      String name, Platform platform, ZonedDateTime start, Duration duration) {
    return builder().name(name).platform(platform).start(start).duration(duration).build();
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
   * Returns a copy announced at the given time.
   *
   * @param announcedAt the announcement time
   * @return the new live stream
   */
  public abstract LiveStream withAnnouncedAt(ZonedDateTime announcedAt);

  /**
   * Returns when the stream ends, {@code start + duration}.
   *
   * @return the end, in the start's zone
   */
  public ZonedDateTime end() {
    return start().plus(duration());
  }

  /**
   * Returns how long before the start the stream is announced: negative when announced after it
   * starts.
   *
   * @return the lead time, or empty when no announcement is planned
   */
  public Optional<Duration> announcementLead() {
    return announcedAt().map(a -> Duration.between(a.toInstant(), start().toInstant()));
  }

  /**
   * Tells whether the stream is announced strictly before it starts. How far ahead is enough is a
   * setting of the rules.
   *
   * @return true if an announcement is planned before the start
   */
  public boolean isAnnouncedInAdvance() {
    return announcementLead().filter(d -> !d.isNegative() && !d.isZero()).isPresent();
  }

  /**
   * Returns {@link TacticKind#LIVE_STREAM}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.LIVE_STREAM;
  }

  /**
   * Returns the stream's platform.
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
    if (duration().isZero() || duration().isNegative()) {
      throw new IllegalArgumentException("duration must be positive: " + duration());
    }
  }

  /** Builds a {@link LiveStream}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableLiveStream.Builder {
    Builder() {}
  }
}
