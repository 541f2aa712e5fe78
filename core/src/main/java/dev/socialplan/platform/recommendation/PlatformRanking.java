package dev.socialplan.platform.recommendation;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platforms of a catalog ranked for a {@link RecommendationRequest}: every platform of the
 * catalog exactly once, best first, each with its {@link PlatformScore} and explanation. Ties are
 * broken by platform id, so the order is the same on every run.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlatformRanking {
  private final RecommendationRequest request;
  private final List<PlatformScore> scores;

  PlatformRanking(RecommendationRequest request, List<PlatformScore> scores) {
    this.request = request;
    this.scores = List.copyOf(scores);
  }

  /**
   * Obtains a ranking from its state, as {@link PlatformRecommender#recommend} computes it (a
   * ranking stored as JSON, for example), checking what the recommender guarantees: each platform
   * once, ranked 1, 2, 3… in order of score, best first, ties by platform id; and every score
   * computed with the same priorities, fit floor, minimum reach and relative cutoff against the
   * first platform's score. For every ranking {@code r}, {@code PlatformRanking.of(r.request(),
   * r.scores())} equals {@code r}.
   *
   * @param request the request the ranking answers
   * @param scores the scores, best first
   * @return the ranking
   * @throws IllegalArgumentException naming the field and the value, if the scores break these
   *     rules
   */
  public static PlatformRanking of(RecommendationRequest request, List<PlatformScore> scores) {
    Checks.notNull(request, "request");
    Checks.noNullElements(scores, "scores");
    Set<Platform> seen = new HashSet<>();
    for (int i = 0; i < scores.size(); i++) {
      PlatformScore s = scores.get(i);
      String at = "scores[" + i + "]";
      if (!seen.add(s.platform())) {
        throw new IllegalArgumentException(at + " repeats the platform " + s.platform());
      }
      if (s.rank() != i + 1) {
        throw new IllegalArgumentException(at + ".rank must be " + (i + 1) + ": " + s.rank());
      }
      if (i == 0) {
        continue;
      }
      PlatformScore first = scores.get(0);
      PlatformScore before = scores.get(i - 1);
      if (s.score() > before.score()
          || (s.score() == before.score()
              && s.platform().id().compareTo(before.platform().id()) < 0)) {
        throw new IllegalArgumentException(
            at + " must not rank above the platform before it (score, then id): " + s);
      }
      if (!s.priorities().equals(first.priorities())
          || s.fitFloor() != first.fitFloor()
          || s.minimumReach() != first.minimumReach()
          || s.relativeCutoff() != first.relativeCutoff()
          || s.bestScore() != first.score()
          || !s.best().equals(first.platform())) {
        throw new IllegalArgumentException(
            at + " must be scored with the first platform's priorities, settings and best score: "
                + s);
      }
    }
    return new PlatformRanking(request, scores);
  }

  /**
   * Returns the request the ranking answers.
   *
   * @return the request
   */
  public RecommendationRequest request() {
    return request;
  }

  /**
   * Returns every platform's score, best first.
   *
   * @return the scores, unmodifiable, one per platform of the catalog
   */
  public List<PlatformScore> scores() {
    return scores;
  }

  /**
   * Returns the platforms in rank order.
   *
   * @return the platforms, best first, unmodifiable
   */
  public List<Platform> platforms() {
    return scores.stream().map(PlatformScore::platform).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the recommended platforms' scores.
   *
   * @return the scores whose verdict is {@link PlatformVerdict#RECOMMENDED}, best first, unmodifiable
   */
  public List<PlatformScore> recommended() {
    return scores.stream()
        .filter(PlatformScore::isRecommended)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the best platform's score.
   *
   * @return the first score, or empty for an empty catalog
   */
  public Optional<PlatformScore> best() {
    return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(0));
  }

  /**
   * Returns a platform's score.
   *
   * @param platform the platform
   * @return its score, or empty when the catalog has no profile of it
   */
  public Optional<PlatformScore> score(Platform platform) {
    Checks.notNull(platform, "platform");
    return scores.stream().filter(s -> s.platform().equals(platform)).findFirst();
  }

  /**
   * Returns a platform's rank.
   *
   * @param platform the platform
   * @return its rank, 1 for the best, or empty when the catalog has no profile of it
   */
  public OptionalInt rank(Platform platform) {
    return score(platform).map(s -> OptionalInt.of(s.rank())).orElse(OptionalInt.empty());
  }

  /**
   * Explains every score, best first, separated by blank lines.
   *
   * @param locale the language; English unless Traditional Chinese ({@code zh_TW}) is asked for
   * @return the explanations
   */
  public String explain(Locale locale) {
    Checks.notNull(locale, "locale");
    return scores.stream().map(s -> s.explain(locale)).collect(Collectors.joining("\n\n"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlatformRanking
        && request.equals(((PlatformRanking) obj).request)
        && scores.equals(((PlatformRanking) obj).scores);
  }

  @Override
  public int hashCode() {
    return request.hashCode() * 31 + scores.hashCode();
  }

  /**
   * Returns the ranking in short: {@code PlatformRanking[1. YouTube 0.94 RECOMMENDED (...), ...]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "PlatformRanking" + scores;
  }
}
