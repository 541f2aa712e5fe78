package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The generations as Pew Research Center defines them by birth year: Silent 1928–1945,
 * Baby Boomers 1946–1964, Generation X 1965–1980, Millennials 1981–1996, Generation Z 1997–2012.
 * People born before 1928 or after 2012 belong to none of them (Pew has not closed a later cohort).
 *
 * <p>{@link #socialMediaShare()} is the share of the generation active on social media as the source
 * article quotes it from Orbelo's statistics: Millennials 90.4 %, Generation X 77.5 %, Boomers
 * 48.2 %; the strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) gives no figure for the Silent Generation or Generation Z, so theirs is empty.
 */
public enum Generation {
  /** The Silent Generation, born 1928 to 1945. */
  SILENT(1928, 1945, Optional.empty()),
  /** Baby Boomers, born 1946 to 1964; 48.2 % active on social media (Orbelo, via the strategy guide). */
  BOOMERS(1946, 1964, Optional.of(Ratio.ofPercent(48.2))),
  /** Generation X, born 1965 to 1980; 77.5 % active on social media (Orbelo, via the strategy guide). */
  GEN_X(1965, 1980, Optional.of(Ratio.ofPercent(77.5))),
  /** Millennials, born 1981 to 1996; 90.4 % active on social media (Orbelo, via the strategy guide). */
  MILLENNIALS(1981, 1996, Optional.of(Ratio.ofPercent(90.4))),
  /** Generation Z, born 1997 to 2012. */
  GEN_Z(1997, 2012, Optional.empty());

  private final int firstBirthYear;
  private final int lastBirthYear;
  private final Optional<Ratio> socialMediaShare;

  Generation(int firstBirthYear, int lastBirthYear, Optional<Ratio> socialMediaShare) {
    this.firstBirthYear = firstBirthYear;
    this.lastBirthYear = lastBirthYear;
    this.socialMediaShare = socialMediaShare;
  }

  /**
   * Returns the generation of a birth year.
   *
   * @param birthYear the year of birth
   * @return the generation, or empty before 1928 and after 2012
   */
  public static Optional<Generation> forBirthYear(int birthYear) {
    for (Generation g : values()) {
      if (birthYear >= g.firstBirthYear && birthYear <= g.lastBirthYear) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the generation of a birth date.
   *
   * @param birthDate the date of birth
   * @return the generation, or empty before 1928 and after 2012
   * @throws NullPointerException if the date is null
   */
  public static Optional<Generation> forBirthDate(LocalDate birthDate) {
    Checks.notNull(birthDate, "birthDate");
    return forBirthYear(birthDate.getYear());
  }

  /**
   * Returns the first birth year of the generation.
   *
   * @return the first year, included
   */
  public Year firstBirthYear() {
    return Year.of(firstBirthYear);
  }

  /**
   * Returns the last birth year of the generation.
   *
   * @return the last year, included
   */
  public Year lastBirthYear() {
    return Year.of(lastBirthYear);
  }

  /**
   * Returns the birth dates of the generation, 1 January of the first year to 31 December of the
   * last.
   *
   * @return the half-open range of birth dates
   */
  public LocalDateRange birthDates() {
    return LocalDateRange.of(LocalDate.of(firstBirthYear, 1, 1), LocalDate.of(lastBirthYear + 1, 1, 1));
  }

  /**
   * Returns the share of the generation active on social media, where the strategy guide gives one.
   *
   * @return the share, or empty for the Silent Generation and Generation Z
   */
  public Optional<Ratio> socialMediaShare() {
    return socialMediaShare;
  }
}
