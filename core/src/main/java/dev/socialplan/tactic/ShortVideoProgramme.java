package dev.socialplan.tactic;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A short-video programme (the strategy guide's trend 1): vertical videos on TikTok, Instagram
 * Reels and YouTube Shorts, posted often, following trends within a niche, and repurposed from one
 * platform to the others to save production effort.
 *
 * <p>The rules check the video length against each platform's short-video limit and the posting
 * frequency against the platform's recommendation; construction refuses only a negative frequency
 * and a video length that is not positive.
 *
 * <p>Obtain one with {@link #of(String, int, Platform...)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ShortVideoProgramme implements Tactic {

  ShortVideoProgramme() {}

  /**
   * Returns the platforms the videos are posted on ({@link Platform#TIKTOK}, {@link
   * Platform#INSTAGRAM} for Reels, {@link Platform#YOUTUBE} for Shorts).
   *
   * @return the platforms, in the order given
   */
  @Override
  public abstract Set<Platform> platforms();

  /**
   * Returns how many videos are posted a week on each platform.
   *
   * @return the posts per week, not negative
   */
  public abstract int postsPerWeek();

  /**
   * Tells whether each video is repurposed across all the programme's platforms rather than made
   * for one.
   *
   * @return true if videos are repurposed; false unless set
   */
  @Value.Default
  public boolean repurposed() {
    return false;
  }

  /**
   * Returns the niche whose trends the programme follows ({@code "5-minute skincare for busy
   * mums"}), if chosen.
   *
   * @return the niche, not blank
   */
  public abstract Optional<String> trendNiche();

  /**
   * Returns the typical length of a video, if planned; checked against every platform's limit.
   *
   * @return the length, positive
   */
  public abstract Optional<Duration> videoLength();

  /**
   * Obtains a programme.
   *
   * @param name the name, not blank
   * @param postsPerWeek the videos a week on each platform, not negative
   * @param platforms the platforms
   * @return the programme
   * @throws IllegalArgumentException if the name is blank or the frequency negative
   */
  public static ShortVideoProgramme of(String name, int postsPerWeek, Platform... platforms) {
    return builder().name(name).postsPerWeek(postsPerWeek).addPlatforms(platforms).build();
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
   * Returns {@link TacticKind#SHORT_VIDEO}.
   *
   * @return the kind
   */
  @Override
  public TacticKind kind() {
    return TacticKind.SHORT_VIDEO;
  }

  @Value.Check
  void check() {
    TacticChecks.common(this);
    Checks.nonNegative(postsPerWeek(), "postsPerWeek");
    trendNiche().ifPresent(n -> Checks.nonBlank(n, "trendNiche"));
    videoLength()
        .filter(d -> d.isZero() || d.isNegative())
        .ifPresent(
            d -> {
              throw new IllegalArgumentException("videoLength must be positive: " + d);
            });
  }

  /** Builds a {@link ShortVideoProgramme}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableShortVideoProgramme.Builder {
    Builder() {}
  }
}
