package dev.socialplan.platform.recommendation;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.Strength;
import dev.socialplan.validation.MessageBundle;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One platform's place in a {@link PlatformRanking}: its score and rank, whether it is recommended,
 * and everything the score is made of, so that it can be explained: the audience's estimated reach,
 * persona by persona, the request's priorities, the strengths of the platform that match them, and
 * the fit. {@link #explain(Locale)} puts it in words, in English or Traditional Chinese. See {@link
 * PlatformRecommender} for the formula.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlatformScore {
  /** The explanations' texts, in English (base) and Traditional Chinese. */
  static final MessageBundle EXPLANATIONS =
      MessageBundle.of(
          "dev.socialplan.platform.recommendation.explanations", PlatformScore.class);

  private final Platform platform;
  private final int rank;
  private final double score;
  private final PlatformVerdict verdict;
  private final AudienceReachEstimate reach;
  private final Optional<String> survey;
  private final List<Priority> priorities;
  private final Set<Strength> matched;
  private final double fit;
  private final double fitFloor;
  private final double minimumReach;
  private final double relativeCutoff;
  private final double bestScore;
  private final Platform best;

  PlatformScore(
      Platform platform,
      int rank,
      double score,
      PlatformVerdict verdict,
      AudienceReachEstimate reach,
      Optional<String> survey,
      List<Priority> priorities,
      Set<Strength> matched,
      double fit,
      double fitFloor,
      double minimumReach,
      double relativeCutoff,
      double bestScore,
      Platform best) {
    this.platform = platform;
    this.rank = rank;
    this.score = score;
    this.verdict = verdict;
    this.reach = reach;
    this.survey = survey;
    this.priorities = List.copyOf(priorities);
    EnumSet<Strength> copy = EnumSet.noneOf(Strength.class);
    copy.addAll(matched);
    this.matched = Collections.unmodifiableSet(copy);
    this.fit = fit;
    this.fitFloor = fitFloor;
    this.minimumReach = minimumReach;
    this.relativeCutoff = relativeCutoff;
    this.bestScore = bestScore;
    this.best = best;
  }

  /**
   * Obtains a score from its state, as {@link PlatformRecommender#recommend} computes it (a score
   * stored as JSON, for example). The fit, the score and the verdict are computed from the state
   * exactly as the recommender computes them: the fit is 1 without priorities and otherwise the
   * weights of the matched priorities added in order, capped at 1; the score is {@code min(1,
   * reach × (fitFloor + (1 − fitFloor) × fit))}; the verdict is {@link
   * PlatformVerdict#NO_REACH_DATA} without reach, {@link PlatformVerdict#LOW_REACH} below the
   * minimum reach, {@link PlatformVerdict#FAR_BELOW_BEST} below {@code relativeCutoff × bestScore},
   * and {@link PlatformVerdict#RECOMMENDED} otherwise. So for every score {@code s} of a ranking,
   * {@code PlatformScore.of(s.platform(), s.rank(), s.reachEstimate(), s.survey(),
   * s.priorities(), s.matchedStrengths(), s.fitFloor(), s.minimumReach(), s.relativeCutoff(),
   * s.bestScore(), s.best())} equals {@code s}.
   *
   * @param platform the platform
   * @param rank its place in the ranking, from 1
   * @param reachEstimate the audience's estimated reach on the platform
   * @param survey the survey the reach figures come from; present exactly when there is reach
   * @param priorities the request's priorities, one per strength
   * @param matchedStrengths the platform's strengths among the priorities'
   * @param fitFloor the part of the reach a platform gets without any fit, 0 to 1
   * @param minimumReach the reach below which a platform is not recommended, 0 to 1
   * @param relativeCutoff the share of the best score below which a platform is not
   *     recommended, 0 to 1
   * @param bestScore the best score of the ranking, 0 to 1, not below this score
   * @param best the best platform of the ranking: this platform exactly when the rank is 1
   * @return the score
   * @throws IllegalArgumentException naming the field and the value, if one breaks these rules
   */
  public static PlatformScore of(
      Platform platform,
      int rank,
      AudienceReachEstimate reachEstimate,
      Optional<String> survey,
      List<Priority> priorities,
      Set<Strength> matchedStrengths,
      double fitFloor,
      double minimumReach,
      double relativeCutoff,
      double bestScore,
      Platform best) {
    Checks.notNull(platform, "platform");
    Checks.notNull(reachEstimate, "reachEstimate");
    Checks.notNull(survey, "survey");
    Checks.noNullElements(priorities, "priorities");
    Checks.noNullElements(matchedStrengths, "matchedStrengths");
    Checks.notNull(best, "best");
    Checks.inRange(rank, 1, Integer.MAX_VALUE, "rank");
    Checks.fraction(fitFloor, "fitFloor");
    Checks.fraction(minimumReach, "minimumReach");
    Checks.fraction(relativeCutoff, "relativeCutoff");
    Checks.fraction(bestScore, "bestScore");
    if (!reachEstimate.platform().equals(platform)) {
      throw new IllegalArgumentException(
          "reachEstimate must be of the platform " + platform + ": " + reachEstimate.platform());
    }
    survey.ifPresent(s -> Checks.nonBlank(s, "survey"));
    if (survey.isPresent() != reachEstimate.reach().isPresent()) {
      throw new IllegalArgumentException(
          "survey must be present exactly when there is reach: "
              + survey.orElse("absent") + " with reach "
              + reachEstimate.reach().map(Ratio::toString).orElse("absent"));
    }
    Set<Strength> asked = EnumSet.noneOf(Strength.class);
    for (Priority p : priorities) {
      if (!asked.add(p.strength())) {
        throw new IllegalArgumentException(
            "priorities must name each strength once: " + p.strength());
      }
    }
    for (Strength m : matchedStrengths) {
      if (!asked.contains(m)) {
        throw new IllegalArgumentException(
            "matchedStrengths must be among the priorities' strengths " + asked + ": " + m);
      }
    }
    double fit = priorities.isEmpty() ? 1.0 : 0.0;
    for (Priority p : priorities) {
      if (matchedStrengths.contains(p.strength())) {
        fit += p.weight();
      }
    }
    fit = Math.min(1.0, fit);
    double reachValue = reachEstimate.reach().map(r -> r.valueOr(0)).orElse(0.0);
    double score = Math.min(1.0, reachValue * (fitFloor + (1 - fitFloor) * fit));
    if (score > bestScore) {
      throw new IllegalArgumentException(
          "bestScore must not be below the score " + score + ": " + bestScore);
    }
    if ((rank == 1) != best.equals(platform)) {
      throw new IllegalArgumentException(
          "best must be the platform exactly when the rank is 1: rank " + rank + ", best " + best);
    }
    if (rank == 1 && score != bestScore) {
      throw new IllegalArgumentException(
          "bestScore must be the score " + score + " of the first platform: " + bestScore);
    }
    PlatformVerdict verdict =
        reachEstimate.reach().isEmpty()
            ? PlatformVerdict.NO_REACH_DATA
            : reachValue < minimumReach
                ? PlatformVerdict.LOW_REACH
                : score < relativeCutoff * bestScore
                    ? PlatformVerdict.FAR_BELOW_BEST
                    : PlatformVerdict.RECOMMENDED;
    return new PlatformScore(
        platform,
        rank,
        score,
        verdict,
        reachEstimate,
        survey,
        priorities,
        matchedStrengths,
        fit,
        fitFloor,
        minimumReach,
        relativeCutoff,
        bestScore,
        best);
  }

  /**
   * Returns the survey the reach figures come from, with its date.
   *
   * @return the survey; empty when the platform's profile has no reach figures
   */
  public Optional<String> survey() {
    return survey;
  }

  /**
   * Returns the part of the reach a platform gets without any fit, from the recommender.
   *
   * @return the floor, 0 to 1
   */
  public double fitFloor() {
    return fitFloor;
  }

  /**
   * Returns the reach below which a platform is not recommended, from the recommender.
   *
   * @return the minimum reach, 0 to 1
   */
  public double minimumReach() {
    return minimumReach;
  }

  /**
   * Returns the share of the best score below which a platform is not recommended, from the
   * recommender.
   *
   * @return the cutoff, 0 to 1
   */
  public double relativeCutoff() {
    return relativeCutoff;
  }

  /**
   * Returns the best score of the ranking this score belongs to.
   *
   * @return the best score, 0 to 1
   */
  public double bestScore() {
    return bestScore;
  }

  /**
   * Returns the best platform of the ranking this score belongs to.
   *
   * @return the platform ranked first
   */
  public Platform best() {
    return best;
  }

  /**
   * Returns the platform.
   *
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * Returns the platform's place in the ranking, 1 for the best.
   *
   * @return the rank, from 1
   */
  public int rank() {
    return rank;
  }

  /**
   * Returns the score: {@code reach × (fitFloor + (1 − fitFloor) × fit)}, or 0 without reach
   * figures.
   *
   * @return the score, finite, 0 to 1
   */
  public double score() {
    return score;
  }

  /**
   * Returns whether the platform is recommended and if not, why.
   *
   * @return the verdict
   */
  public PlatformVerdict verdict() {
    return verdict;
  }

  /**
   * Tells whether the platform is recommended.
   *
   * @return true if the verdict is {@link PlatformVerdict#RECOMMENDED}
   */
  public boolean isRecommended() {
    return verdict.isRecommended();
  }

  /**
   * Returns the estimated share of the audience who use the platform.
   *
   * @return the reach, 0 to 1; empty when the catalog has no reach figures for it
   */
  public Optional<Ratio> reach() {
    return reach.reach();
  }

  /**
   * Returns the reach estimate, persona by persona.
   *
   * @return the estimate
   */
  public AudienceReachEstimate reachEstimate() {
    return reach;
  }

  /**
   * Returns the fit of the platform's strengths to the request's priorities: the sum of the weights
   * of the priorities it has; 1 when the request has no priorities.
   *
   * @return the fit, 0 to 1
   */
  public double fit() {
    return fit;
  }

  /**
   * Returns the request's priorities, heaviest first (the same for every platform of a ranking).
   *
   * @return the priorities, unmodifiable; empty when the request asks for no strength
   */
  public List<Priority> priorities() {
    return priorities;
  }

  /**
   * Returns the strengths asked for that the platform has.
   *
   * @return the matched strengths, in enum order
   */
  public Set<Strength> matchedStrengths() {
    return matched;
  }

  /**
   * Returns the strengths asked for that the platform lacks.
   *
   * @return the missing strengths, in enum order
   */
  public Set<Strength> missingStrengths() {
    EnumSet<Strength> missing = EnumSet.noneOf(Strength.class);
    priorities.forEach(p -> missing.add(p.strength()));
    missing.removeAll(matched);
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Explains the score in words, with its numbers: the formula with the values, the verdict, the
   * reach of each persona, and the strengths matched and missing with the reasons they are asked
   * for.
   *
   * @param locale the language; English unless Traditional Chinese ({@code zh_TW}) is asked for,
   *     never the JVM's default
   * @return the explanation, one sentence per line
   */
  public String explain(Locale locale) {
    Checks.notNull(locale, "locale");
    List<String> lines = new ArrayList<>();
    Optional<Ratio> r = reach.reach();
    if (r.isEmpty()) {
      lines.add(text(locale, "summary.noData", platform));
    } else if (priorities.isEmpty()) {
      lines.add(text(locale, "summary.reachOnly", platform, score, r.get().valueOr(0)));
    } else {
      lines.add(
          text(
              locale,
              "summary",
              platform,
              score,
              r.get().valueOr(0),
              fitFloor,
              1 - fitFloor,
              fit));
    }
    switch (verdict) {
      case RECOMMENDED:
        lines.add(text(locale, "verdict.RECOMMENDED", rank));
        break;
      case LOW_REACH:
        lines.add(text(locale, "verdict.LOW_REACH", r.orElseThrow().valueOr(0), minimumReach));
        break;
      case FAR_BELOW_BEST:
        lines.add(text(locale, "verdict.FAR_BELOW_BEST", relativeCutoff, bestScore, best));
        break;
      default:
        lines.add(text(locale, "verdict.NO_REACH_DATA"));
        break;
    }
    if (r.isPresent()) {
      if (reach.personas().isEmpty()) {
        lines.add(text(locale, "reach.population", r.get().valueOr(0)));
      }
      for (PersonaReach p : reach.personas()) {
        String ages =
            p.ages().map(a -> text(locale, "ages", a.toString())).orElse(text(locale, "ages.unknown"));
        lines.add(
            text(
                locale,
                "reach.persona",
                p.persona(),
                p.weight(),
                ages,
                p.womenShare(),
                p.reach().valueOr(0)));
        for (ReachAssumption a : p.assumptions()) {
          lines.add(text(locale, "assumption." + a.name()));
        }
      }
      survey.ifPresent(s -> lines.add(text(locale, "survey", s)));
    }
    if (!priorities.isEmpty()) {
      List<String> have = new ArrayList<>();
      List<String> lack = new ArrayList<>();
      for (Priority p : priorities) {
        (matched.contains(p.strength()) ? have : lack).add(priority(locale, p));
      }
      String separator = text(locale, "separator");
      lines.add(
          have.isEmpty()
              ? text(locale, "matched.none")
              : text(locale, "matched", String.join(separator, have)));
      if (!lack.isEmpty()) {
        lines.add(text(locale, "missing", String.join(separator, lack)));
      }
    }
    return String.join("\n", lines);
  }

  private static String priority(Locale locale, Priority p) {
    List<String> reasons = new ArrayList<>();
    for (PriorityReason reason : p.reasons()) {
      reasons.add(text(locale, "reason." + reason.source().name() + "." + reason.factor()));
    }
    return text(
        locale,
        "priority",
        text(locale, "strength." + p.strength().name()),
        p.weight(),
        String.join(text(locale, "separator"), reasons));
  }

  /** Formats a text of the bundle; a key the bundle lacks is shown as itself. */
  static String text(Locale locale, String key, Object... arguments) {
    String pattern = EXPLANATIONS.text(key, locale).orElse(key);
    Object[] args = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      args[i] = arguments[i] instanceof Platform ? ((Platform) arguments[i]).displayName() : arguments[i];
    }
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof PlatformScore)) {
      return false;
    }
    PlatformScore that = (PlatformScore) obj;
    return platform.equals(that.platform)
        && rank == that.rank
        && Double.compare(score, that.score) == 0
        && verdict == that.verdict
        && reach.equals(that.reach)
        && survey.equals(that.survey)
        && priorities.equals(that.priorities)
        && matched.equals(that.matched)
        && Double.compare(fit, that.fit) == 0
        && Double.compare(fitFloor, that.fitFloor) == 0
        && Double.compare(minimumReach, that.minimumReach) == 0
        && Double.compare(relativeCutoff, that.relativeCutoff) == 0
        && Double.compare(bestScore, that.bestScore) == 0
        && best.equals(that.best);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platform, rank, score, verdict, reach, priorities, matched, fit);
  }

  /**
   * Returns a short form: {@code 1. Instagram 0.62 RECOMMENDED (reach 0.88, fit 0.53)}. Use {@link
   * #explain(Locale)} for people.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return rank
        + ". "
        + platform.displayName()
        + " "
        + score
        + " "
        + verdict
        + " (reach "
        + reach.reach().map(x -> Double.toString(x.valueOr(0))).orElse("unknown")
        + ", fit "
        + fit
        + ")";
  }
}
