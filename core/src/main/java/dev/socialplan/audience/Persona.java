package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ideal customer, described so that content and platforms can be chosen for them (
 * the strategy guide's step 2): age range, gender mix, regions, languages, average income band, interests,
 * purchasing power, pain points, the platforms they use and where the data came from — and, where it
 * matters, their household, employment and occupations.
 *
 * <p>The strategy guide's persona, "single mothers in their 20s living and working in large cities",
 * is expressed exactly:
 *
 * <pre>{@code
 * Persona.builder()
 *     .name("Single mothers in their 20s in large cities")
 *     .ageRange(AgeRange.of(20, 29))
 *     .genderMix(GenderMix.allWomen())
 *     .addHousehold(HouseholdType.SINGLE_PARENT)
 *     .addEmployment(EmploymentStatus.EMPLOYED)
 *     .addRegion(Region.of("large cities")
 *         .withSettlement(Region.Settlement.LARGE_CITY)
 *         .withActivities(Region.Activity.LIVING, Region.Activity.WORKING))
 *     .build();
 * }</pre>
 *
 * <p>Every part but the name is optional while drafting; the audience rules report what a persona
 * still lacks (no interests or pain points, built on {@link DataSource#ASSUMPTION}). Construction
 * refuses only a blank name, blank texts in the lists and a language without a language code. The
 * data source defaults to {@link DataSource#ASSUMPTION}: a persona is assumed until the planner says
 * where its data came from.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Persona {

  Persona() {}

  /**
   * Returns the persona's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the ages of the persona, if known.
   *
   * @return the age range
   */
  public abstract Optional<AgeRange> ageRange();

  /**
   * Returns the persona's gender make-up, if known.
   *
   * @return the gender mix
   */
  public abstract Optional<GenderMix> genderMix();

  /**
   * Returns where the persona is.
   *
   * @return the regions, unmodifiable
   */
  public abstract List<Region> regions();

  /**
   * Returns the languages the persona reads, most used first.
   *
   * @return the languages, unmodifiable; each has a language code
   */
  public abstract List<Locale> languages();

  /**
   * Returns the persona's average income band, if known.
   *
   * @return the income band
   */
  public abstract Optional<IncomeBand> incomeBand();

  /**
   * Returns what the persona is interested in.
   *
   * @return the interests, unmodifiable, none blank
   */
  public abstract List<String> interests();

  /**
   * Returns the persona's purchasing power, if known.
   *
   * @return the purchasing power
   */
  public abstract Optional<PurchasingPower> purchasingPower();

  /**
   * Returns the problems the brand can solve for the persona.
   *
   * @return the pain points, unmodifiable, none blank
   */
  public abstract List<String> painPoints();

  /**
   * Returns the platforms the persona uses.
   *
   * @return the platforms, unmodifiable, in the order given
   */
  public abstract Set<Platform> platforms();

  /**
   * Returns where the persona's data came from.
   *
   * @return the data source; {@link DataSource#ASSUMPTION} unless said otherwise
   */
  @Value.Default
  public DataSource dataSource() {
    return DataSource.ASSUMPTION;
  }

  /**
   * Returns whom the persona lives with.
   *
   * @return the household types, unmodifiable; empty when not said
   */
  public abstract Set<HouseholdType> households();

  /**
   * Returns what the persona does for a living.
   *
   * @return the employment statuses, unmodifiable; empty when not said
   */
  public abstract Set<EmploymentStatus> employment();

  /**
   * Returns the persona's occupations or industries, in the planner's words ("nurse", "retail").
   *
   * @return the occupations, unmodifiable, none blank
   */
  public abstract List<String> occupations();

  /**
   * Obtains a persona with a name only, to be completed with {@link #builder()} and {@code from}.
   *
   * @param name the name, not blank
   * @return the persona
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Persona of(String name) {
    return builder().name(name).build();
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
   * Returns a copy with another data source.
   *
   * @param dataSource where the data came from
   * @return the new persona
   */
  public abstract Persona withDataSource(DataSource dataSource);

  /**
   * Returns the Pew generations of the persona on a reference date.
   *
   * @param referenceDate the date ages are counted on, such as the plan date
   * @return the generation mix, empty when the age range is unknown
   * @throws NullPointerException if the date is null
   */
  public Optional<GenerationMix> generations(LocalDate referenceDate) {
    Checks.notNull(referenceDate, "referenceDate");
    return ageRange().map(r -> r.generations(referenceDate));
  }

  /**
   * Tells whether the persona uses a platform.
   *
   * @param platform the platform
   * @return true if it is among {@link #platforms()}
   */
  public boolean uses(Platform platform) {
    return platforms().contains(Checks.notNull(platform, "platform"));
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "name");
    eachNonBlank(interests(), "interests");
    eachNonBlank(painPoints(), "painPoints");
    eachNonBlank(occupations(), "occupations");
    for (int i = 0; i < languages().size(); i++) {
      if (languages().get(i).getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "languages[" + i + "] must have a language code: \"" + languages().get(i).toLanguageTag() + "\"");
      }
    }
  }

  private static void eachNonBlank(List<String> texts, String field) {
    for (int i = 0; i < texts.size(); i++) {
      Checks.nonBlank(texts.get(i), field + "[" + i + "]");
    }
  }

  /** Builds a {@link Persona}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePersona.Builder {
    Builder() {}
  }
}
