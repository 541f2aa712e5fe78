package dev.socialplan.analytics.progress;

import dev.socialplan.internal.Checks;
import org.immutables.value.Value;

/**
 * The bands that turn a projection into a status. The projected progress at the deadline is the
 * share of the way from baseline to target the projection reaches ({@code 1.0} exactly on target):
 * at least {@link #onTrackFrom()} is {@link ProgressStatus#ON_TRACK}, at least {@link
 * #atRiskFrom()} is {@link ProgressStatus#AT_RISK}, below is {@link ProgressStatus#OFF_TRACK}.
 *
 * <p>The {@linkplain #standard() standard thresholds} are on track from 100 % of the way, at risk
 * from 80 %, projected linearly. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressThresholds {

  private static final ProgressThresholds STANDARD = builder().build();

  ProgressThresholds() {}

  /**
   * Returns the projected progress from which a goal is on track.
   *
   * @return the share of the way, 1.0 unless set
   */
  @Value.Default
  public double onTrackFrom() {
    return 1.0;
  }

  /**
   * Returns the projected progress from which a goal is at risk rather than off track.
   *
   * @return the share of the way, 0.8 unless set; not above {@link #onTrackFrom()}
   */
  @Value.Default
  public double atRiskFrom() {
    return 0.8;
  }

  /**
   * Returns the projection the status is judged on.
   *
   * @return the method, {@link ProjectionMethod#LINEAR} unless set; when compound growth is
   *     undefined for a goal, the linear projection is used and the explanation says so
   */
  @Value.Default
  public ProjectionMethod method() {
    return ProjectionMethod.LINEAR;
  }

  /**
   * Returns the standard thresholds: on track from 1.0, at risk from 0.8, linear projection.
   *
   * @return the standard thresholds
   */
  public static ProgressThresholds standard() {
    return STANDARD;
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
   * Returns a copy judged on another projection.
   *
   * @param method the projection method
   * @return the new thresholds
   */
  public abstract ProgressThresholds withMethod(ProjectionMethod method);

  /**
   * Classifies a projected progress before the deadline.
   *
   * @param projectedProgress the share of the way the projection reaches
   * @return {@link ProgressStatus#ON_TRACK}, {@link ProgressStatus#AT_RISK} or {@link
   *     ProgressStatus#OFF_TRACK}
   * @throws IllegalArgumentException if the projected progress is NaN or infinite
   */
  public ProgressStatus classify(double projectedProgress) {
    Checks.finite(projectedProgress, "projectedProgress");
    if (projectedProgress >= onTrackFrom()) {
      return ProgressStatus.ON_TRACK;
    }
    return projectedProgress >= atRiskFrom() ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
  }

  @Value.Check
  void check() {
    Checks.finite(onTrackFrom(), "onTrackFrom");
    Checks.finite(atRiskFrom(), "atRiskFrom");
    if (atRiskFrom() > onTrackFrom()) {
      throw new IllegalArgumentException(
          "atRiskFrom must not exceed onTrackFrom (" + onTrackFrom() + "): " + atRiskFrom());
    }
  }

  /** Builds {@link ProgressThresholds}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableProgressThresholds.Builder {
    Builder() {}
  }
}
