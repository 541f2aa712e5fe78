package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The Pew generations of the people in an age range on a reference date, with the share of each
 *. People in their 20s on 1 June 2025 were born from 2 June 1995 to 1 June 2005, so
 * they are partly Millennials and mostly Generation Z.
 *
 * <p>Shares assume birth dates spread evenly over the range's birth dates: each share is the number
 * of birth days falling in the generation over the number of birth days in the range, kept as an
 * exact {@link Ratio} of days. The shares of the generations and the {@link #uncovered()} share (born
 * before 1928 or after 2012) add up to exactly one: their numerators add up to the common
 * denominator.
 *
 * <p>Obtain one with {@link #of(AgeRange, LocalDate)} or {@link AgeRange#generations(LocalDate)}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GenerationMix {

  GenerationMix() {}

  /**
   * Returns the age range the mix was derived from.
   *
   * @return the age range
   */
  public abstract AgeRange ageRange();

  /**
   * Returns the date the ages were counted on.
   *
   * @return the reference date
   */
  public abstract LocalDate referenceDate();

  /**
   * Derives the generation mix of an age range on a date.
   *
   * @param ageRange the age range
   * @param referenceDate the date ages are counted on, such as the plan date
   * @return the mix
   * @throws NullPointerException if an argument is null
   */
  public static GenerationMix of(AgeRange ageRange, LocalDate referenceDate) {
    Checks.notNull(ageRange, "ageRange");
    Checks.notNull(referenceDate, "referenceDate");
    return ImmutableGenerationMix.builder().ageRange(ageRange).referenceDate(referenceDate).build();
  }

  /**
   * Returns the birth dates of the people in the range, see {@link AgeRange#birthDates(LocalDate)}.
   *
   * @return the half-open range of birth dates
   */
  public LocalDateRange birthDates() {
    return ageRange().birthDates(referenceDate());
  }

  /**
   * Returns the share of each generation present, in the order of the generations (oldest first).
   *
   * @return the generations with a positive share and their shares, unmodifiable
   */
  @Value.Derived
  public Map<Generation, Ratio> shares() {
    LocalDateRange births = birthDates();
    long total = births.lengthInDays();
    Map<Generation, Ratio> shares = new EnumMap<>(Generation.class);
    for (Generation g : Generation.values()) {
      long days = overlapDays(births, g.birthDates());
      if (days > 0) {
        shares.put(g, Ratio.of(days, total));
      }
    }
    return Collections.unmodifiableMap(shares);
  }

  /**
   * Returns the share of one generation.
   *
   * @param generation the generation
   * @return its share, a zero ratio over the same denominator when it is absent
   */
  public Ratio share(Generation generation) {
    Checks.notNull(generation, "generation");
    Ratio share = shares().get(generation);
    return share != null ? share : Ratio.of(0, birthDates().lengthInDays());
  }

  /**
   * Returns the share of people born outside every Pew generation (before 1928 or after 2012).
   *
   * @return the uncovered share
   */
  public Ratio uncovered() {
    long total = birthDates().lengthInDays();
    long covered = 0;
    for (Ratio r : shares().values()) {
      covered += (long) r.numerator();
    }
    return Ratio.of(total - covered, total);
  }

  /**
   * Returns the generation with the largest share; on a tie, the younger generation.
   *
   * @return the dominant generation, or empty when nobody in the range belongs to one
   */
  public Optional<Generation> dominant() {
    Generation best = null;
    for (Map.Entry<Generation, Ratio> e : shares().entrySet()) {
      if (best == null || e.getValue().compareTo(shares().get(best)) >= 0) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Tells whether the range spans more than one generation.
   *
   * @return true if two or more generations have a positive share
   */
  public boolean isMixed() {
    return shares().size() > 1;
  }

  /**
   * Returns the estimated share of the range active on social media: the sum over generations of
   * share × {@link Generation#socialMediaShare()}.
   *
   * @return the estimate, or empty unless every person in the range belongs to a generation with a
   *     known figure
   */
  public Optional<Ratio> socialMediaShare() {
    if (uncovered().numerator() > 0) {
      return Optional.empty();
    }
    double sum = 0;
    for (Map.Entry<Generation, Ratio> e : shares().entrySet()) {
      Optional<Ratio> known = e.getKey().socialMediaShare();
      if (known.isEmpty()) {
        return Optional.empty();
      }
      sum += e.getValue().valueOr(0) * known.get().valueOr(0);
    }
    return Optional.of(Ratio.ofFraction(sum));
  }

  private static long overlapDays(LocalDateRange a, LocalDateRange b) {
    LocalDate start = a.getStart().isAfter(b.getStart()) ? a.getStart() : b.getStart();
    LocalDate end = a.getEnd().isBefore(b.getEnd()) ? a.getEnd() : b.getEnd();
    return Math.max(0, ChronoUnit.DAYS.between(start, end));
  }
}
