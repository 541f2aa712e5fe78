package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who uses a platform: the share of a population (US adults, in the standard catalog) who ever use
 * it, overall, among men and women, and by {@link AgeBand}, as a survey reports it.
 *
 * <p>Every cell but {@link #all()} is optional: the Pew Research Center reports only totals for
 * Threads and Bluesky. Surveys report gender and age separately (margins, not a cross-table);
 * {@link #estimate(int, int, double)} combines them for an audience segment such as "women aged
 * 20–29", so recommendations come out of these data rather than special cases.
 *
 * <p>Shares are defined {@link Ratio}s whose value is between 0 and 1, such as {@code Ratio.of(84,
 * 100)} for 84 %. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AudienceReach {
  /** The age bands, in order; one copy instead of {@code values()}'s clone per call. */
  private static final List<AgeBand> AGE_BANDS = List.of(AgeBand.values());

  AudienceReach() {}

  /**
   * Returns the share of all surveyed adults who use the platform.
   *
   * @return the share, between 0 and 1
   */
  public abstract Ratio all();

  /**
   * Returns the share of men who use the platform.
   *
   * @return the share, or empty when the survey does not report it
   */
  public abstract Optional<Ratio> men();

  /**
   * Returns the share of women who use the platform.
   *
   * @return the share, or empty when the survey does not report it
   */
  public abstract Optional<Ratio> women();

  /**
   * Returns the share of each age band who use the platform; bands the survey does not report are
   * absent.
   *
   * @return the shares by age band, possibly empty
   */
  public abstract Map<AgeBand, Ratio> byAgeBand();

  /**
   * Returns the share of all surveyed adults who use the platform every day.
   *
   * @return the share, or empty when not reported
   */
  public abstract Optional<Ratio> dailyUse();

  /**
   * Returns the survey's name and publisher, such as {@code Pew Research Center, "Americans' Social
   * Media Use 2025"}.
   *
   * @return the survey, not blank
   */
  public abstract String survey();

  /**
   * Returns the date the survey's report was published.
   *
   * @return the publication date
   */
  public abstract LocalDate published();

  /**
   * Tells whether the gender and age cells were transcribed from the report rather than confirmed
   * against a second source; {@link #note()} then says how.
   *
   * @return true if the cells are transcribed; false by default
   */
  @Value.Default
  public boolean cellsTranscribed() {
    return false;
  }

  /**
   * Returns a note on how the figures were obtained or should be read.
   *
   * @return the note, if any
   */
  public abstract Optional<String> note();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the share of an age band who use the platform.
   *
   * @param band the age band
   * @return the share, or empty when the survey does not report it
   */
  public Optional<Ratio> ageBand(AgeBand band) {
    Checks.notNull(band, "band");
    return Optional.ofNullable(byAgeBand().get(band));
  }

  /**
   * Tells whether the survey reports men and women separately and every age band.
   *
   * @return true if every demographic cell is present
   */
  public boolean hasAllCells() {
    return men().isPresent()
        && women().isPresent()
        && byAgeBand().size() == AgeBand.values().length;
  }

  /**
   * Estimates the share of an audience segment who use the platform: people aged {@code fromAge} to
   * {@code toAge} of whom the fraction {@code womenShare} are women and the rest men.
   *
   * <p>Method, from the reported margins only:
   *
   * <ol>
   *   <li>Age: the average of the age bands' shares, each weighted by how many years of the range
   *       fall in it ({@link AgeBand#overlapYears(int, int)}); a band the survey does not report
   *       counts at {@link #all()}. Ages under 18 are not covered by the survey and are left out.
   *   <li>Gender: that share times {@code (womenShare × women + (1 − womenShare) × men) / all},
   *       which assumes that within the platform's users gender and age are independent (one step
   *       of iterative proportional fitting). Without both gender cells, or when {@link #all()} is
   *       0, the factor is 1.
   *   <li>The result is capped at 1.
   * </ol>
   *
   * <p>Example with the Pew 2025 figures: women aged 20–29 on Instagram, {@code 0.80 × (0.55 / 0.50)
   * = 0.88}; women aged 50–80 on Snapchat, {@code (15 × 0.13 + 16 × 0.04) / 31 × (0.28 / 0.25) ≈
   * 0.094}.
   *
   * @param fromAge the youngest age of the segment, zero or more
   * @param toAge the oldest age of the segment, not below {@code fromAge}
   * @param womenShare the fraction of the segment who are women, 0 to 1
   * @return the estimated share, or empty when the whole range is under 18
   * @throws IllegalArgumentException if an age is negative, the range is upside down, or the share
   *     is outside 0 to 1
   */
  public Optional<Ratio> estimate(int fromAge, int toAge, double womenShare) {
    checkSegment(fromAge, toAge, womenShare);
    double total = all().valueOr(0);
    double weighted = 0;
    long years = 0;
    Map<AgeBand, Ratio> bands = byAgeBand();
    for (AgeBand band : AGE_BANDS) {
      int overlap = band.overlapYears(fromAge, toAge);
      if (overlap > 0) {
        // A plain lookup, no Optional or boxing: the platform rules call this per persona and
        // platform on every validation.
        Ratio r = bands.get(band);
        weighted += overlap * (r == null ? total : r.valueOr(0));
        years += overlap;
      }
    }
    if (years == 0) {
      return Optional.empty();
    }
    double byAge = weighted / years;
    double factor = 1;
    if (men().isPresent() && women().isPresent() && total > 0) {
      factor =
          (womenShare * women().get().valueOr(0) + (1 - womenShare) * men().get().valueOr(0))
              / total;
    }
    return Optional.of(Ratio.ofFraction(Math.min(1.0, byAge * factor)));
  }

  static void checkSegment(int fromAge, int toAge, double womenShare) {
    Checks.nonNegative(fromAge, "fromAge");
    if (toAge < fromAge) {
      throw new IllegalArgumentException(
          "toAge must not be below fromAge (" + fromAge + "): " + toAge);
    }
    Checks.fraction(womenShare, "womenShare");
  }

  @Value.Check
  void check() {
    share(all(), "all");
    men().ifPresent(r -> share(r, "men"));
    women().ifPresent(r -> share(r, "women"));
    byAgeBand().forEach((band, r) -> share(r, "byAgeBand[" + band.name() + "]"));
    dailyUse().ifPresent(r -> share(r, "dailyUse"));
    Checks.nonBlank(survey(), "survey");
    note().ifPresent(n -> Checks.nonBlank(n, "note"));
  }

  private static void share(Ratio r, String field) {
    if (!r.isDefined()) {
      throw new IllegalArgumentException(field + " must be a defined share: " + r);
    }
    Checks.fraction(r.valueOr(0), field);
  }

  /** Builds an {@link AudienceReach}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableAudienceReach.Builder {
    Builder() {}
  }
}
