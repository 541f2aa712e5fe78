package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where a persona is: a free description ("large cities", "Greater Taipei", "the Midwest") with
 * optional structure — an ISO 3166-1 alpha-2 country, the kind of {@link Settlement}, and what the
 * persona does there ({@link Activity}: living, working, studying).
 *
 * <p>The strategy guide's "living and working in large cities" is
 *
 * <pre>{@code
 * Region.of("large cities")
 *     .withSettlement(Region.Settlement.LARGE_CITY)
 *     .withActivities(Region.Activity.LIVING, Region.Activity.WORKING)
 * }</pre>
 *
 * <p>No activities means the description does not say. Country codes are upper-cased and must be
 * among {@link Locale#getISOCountries()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Region {

  /** The kind of place, from the largest settlements to the countryside. */
  public enum Settlement {
    /** Large cities and metropolitan areas. */
    LARGE_CITY,
    /** Cities of middling size. */
    CITY,
    /** Suburbs and commuter belts. */
    SUBURB,
    /** Small towns. */
    TOWN,
    /** Rural areas. */
    RURAL
  }

  /** What the persona does in a region. */
  public enum Activity {
    /** The persona lives there. */
    LIVING,
    /** The persona works there. */
    WORKING,
    /** The persona studies there. */
    STUDYING
  }

  Region() {}

  /**
   * Returns the description, in the planner's words.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the ISO 3166-1 alpha-2 country code, if the region lies in one country.
   *
   * @return the country code, upper case, such as {@code "TW"}
   */
  public abstract Optional<String> country();

  /**
   * Returns the kind of settlement, if said.
   *
   * @return the settlement
   */
  public abstract Optional<Settlement> settlement();

  /**
   * Returns what the persona does in the region.
   *
   * @return the activities, unmodifiable; empty when not said
   */
  public abstract Set<Activity> activities();

  /**
   * Obtains a region from a description alone.
   *
   * @param description the description, not blank
   * @return the region
   * @throws NullPointerException if the description is null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Region of(String description) {
    return builder().description(description).build();
  }

  /**
   * Obtains a region in a country.
   *
   * @param description the description, not blank
   * @param country the ISO 3166-1 alpha-2 country code, case-insensitive
   * @return the region
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank or the country code unknown
   */
  public static Region of(String description, String country) {
    return builder().description(description).country(country).build();
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
   * Returns a copy with a settlement kind.
   *
   * @param settlement the settlement
   * @return the new region
   */
  public abstract Region withSettlement(Settlement settlement);

  /**
   * Returns a copy with a country.
   *
   * @param country the ISO 3166-1 alpha-2 country code, case-insensitive
   * @return the new region
   * @throws IllegalArgumentException if the country code is unknown
   */
  public abstract Region withCountry(String country);

  /**
   * Returns a copy with these activities, replacing any it had.
   *
   * @param activities the activities
   * @return the new region
   */
  public abstract Region withActivities(Activity... activities);

  /**
   * Tells whether the persona does something in the region.
   *
   * @param activity the activity
   * @return true if the region lists it
   */
  public boolean has(Activity activity) {
    return activities().contains(Checks.notNull(activity, "activity"));
  }

  @Value.Check
  Region normalise() {
    Checks.nonBlank(description(), "description");
    if (country().isPresent()) {
      String code = country().get().strip().toUpperCase(Locale.ROOT);
      if (!Arrays.asList(Locale.getISOCountries()).contains(code)) {
        throw new IllegalArgumentException(
            "country must be an ISO 3166-1 alpha-2 code: \"" + country().get() + "\"");
      }
      if (!code.equals(country().get())) {
        return builder().from(this).country(code).build();
      }
    }
    return this;
  }

  /** Builds a {@link Region}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }
}
