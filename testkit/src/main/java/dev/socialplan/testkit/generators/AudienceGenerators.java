package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.HouseholdType;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.PurchasingPower;
import dev.socialplan.audience.Region;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.audience} package: age ranges, reference
 * dates, gender mixes, regions, income bands, personas and audiences. Every generated value is
 * constructible; audiences' weights deliberately do not always add up to 1, as planners' do not.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class AudienceGenerators {

  private static final List<Locale> LANGUAGES =
      List.of(
          Locale.forLanguageTag("zh-TW"),
          Locale.ENGLISH,
          Locale.forLanguageTag("en-US"),
          Locale.JAPANESE,
          Locale.forLanguageTag("es-MX"),
          Locale.GERMAN);
  private static final List<String> COUNTRIES = List.of("TW", "US", "JP", "GB", "DE", "MX", "HK");
  private static final List<String> TEXTS =
      List.of(
          "cooking", "fitness", "parenting", "gaming", "travel", "skincare", "personal finance",
          "no time", "tight budget", "hard to find trustworthy reviews", "情緒壓力", "🚀 growth");

  private AudienceGenerators() {}

  /**
   * Generates age ranges anywhere from 0 to {@link AgeRange#MAX_AGE}, with single ages, adult
   * decades and open-ended ranges weighted up.
   *
   * @return age ranges
   */
  public static Gen<AgeRange> ageRanges() {
    Gen<AgeRange> any =
        integers()
            .between(0, AgeRange.MAX_AGE)
            .flatMap(min -> integers().between(min, AgeRange.MAX_AGE).map(max -> AgeRange.of(min, max)));
    Gen<AgeRange> single = integers().between(0, AgeRange.MAX_AGE).map(AgeRange::exactly);
    Gen<AgeRange> decades = integers().between(1, 9).map(d -> AgeRange.of(d * 10, d * 10 + 9));
    Gen<AgeRange> openEnded = integers().between(0, AgeRange.MAX_AGE).map(AgeRange::atLeast);
    return any.mix(single, 20).mix(decades, 25).mix(openEnded, 10);
  }

  /**
   * Generates reference dates from 1 January 1990 to 31 December 2060, with 29 February and the
   * turn of the year weighted up.
   *
   * @return reference dates
   */
  public static Gen<LocalDate> referenceDates() {
    Gen<LocalDate> any =
        longs()
            .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Gen<LocalDate> leapDays = integers().between(0, 17).map(n -> LocalDate.of(1992 + 4 * n, 2, 29));
    Gen<LocalDate> yearEnds =
        integers()
            .between(1990, 2059)
            .zip(Generate.booleans(), (y, end) -> end ? LocalDate.of(y, 12, 31) : LocalDate.of(y + 1, 1, 1));
    return any.mix(leapDays, 15).mix(yearEnds, 15);
  }

  /**
   * Generates gender mixes: the named ones and normalised weights.
   *
   * @return gender mixes whose shares add up to 1
   */
  public static Gen<GenderMix> genderMixes() {
    Gen<GenderMix> named =
        Generate.pick(List.of(GenderMix.allWomen(), GenderMix.allMen(), GenderMix.unspecified()));
    Gen<Integer> weight = integers().between(0, 1_000);
    Gen<GenderMix> weighted =
        weight.zip(weight, weight, (w, m, o) -> w + m + o == 0 ? GenderMix.unspecified() : GenderMix.ofWeights(w, m, o));
    Gen<GenderMix> binary = doubles().fromZeroToOne().map(GenderMix::womenAndMen);
    return weighted.mix(named, 20).mix(binary, 20);
  }

  /**
   * Generates regions with and without country, settlement and activities.
   *
   * @return regions
   */
  public static Gen<Region> regions() {
    Gen<Optional<String>> country = Generate.pick(COUNTRIES).toOptionals(40);
    Gen<Optional<Region.Settlement>> settlement =
        Generate.enumValues(Region.Settlement.class).toOptionals(40);
    Gen<Integer> activities = integers().between(0, 7);
    Gen<String> description = Generate.pick(List.of("large cities", "Greater Taipei", "the Midwest", "online only", "鄉村"));
    return in -> {
      Region.Builder b = Region.builder().description(description.generate(in));
      country.generate(in).ifPresent(b::country);
      settlement.generate(in).ifPresent(b::settlement);
      int mask = activities.generate(in);
      for (Region.Activity a : Region.Activity.values()) {
        if ((mask & (1 << a.ordinal())) != 0) {
          b.addActivity(a);
        }
      }
      return b.build();
    };
  }

  /**
   * Generates income bands in a few currencies, monthly and yearly.
   *
   * @return income bands
   */
  public static Gen<IncomeBand> incomeBands() {
    Gen<CurrencyUnit> currency =
        Generate.pick(List.of(CurrencyUnit.of("TWD"), CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY));
    Gen<Long> minor = longs().between(0, 100_000_000_000L);
    Gen<IncomeBand.Basis> basis = Generate.enumValues(IncomeBand.Basis.class);
    return in -> {
      CurrencyUnit c = currency.generate(in);
      long a = minor.generate(in);
      long b = minor.generate(in);
      return new IncomeBand(
          Money.ofMinor(c, Math.min(a, b)), Money.ofMinor(c, Math.max(a, b)), basis.generate(in));
    };
  }

  /**
   * Generates personas, from a bare name to every attribute set, from any data source.
   *
   * @return personas
   */
  public static Gen<Persona> personas() {
    Gen<Optional<AgeRange>> age = ageRanges().toOptionals(15);
    Gen<Optional<GenderMix>> gender = genderMixes().toOptionals(15);
    Gen<Optional<IncomeBand>> income = incomeBands().toOptionals(40);
    Gen<Optional<PurchasingPower>> power = Generate.enumValues(PurchasingPower.class).toOptionals(30);
    Gen<DataSource> source = Generate.enumValues(DataSource.class);
    Gen<Integer> count = integers().between(0, 3);
    Gen<String> text = Generate.pick(TEXTS);
    Gen<Locale> language = Generate.pick(LANGUAGES);
    Gen<Platform> platform = Generate.pick(Platform.wellKnown());
    Gen<HouseholdType> household = Generate.enumValues(HouseholdType.class);
    Gen<EmploymentStatus> employment = Generate.enumValues(EmploymentStatus.class);
    Gen<Region> region = regions();
    Gen<Integer> serial = integers().between(1, 99);
    return in -> {
      Persona.Builder b =
          Persona.builder()
              .name("Persona " + serial.generate(in))
              .ageRange(age.generate(in))
              .genderMix(gender.generate(in))
              .incomeBand(income.generate(in))
              .purchasingPower(power.generate(in))
              .dataSource(source.generate(in));
      for (int i = count.generate(in); i > 0; i--) {
        b.addInterest(text.generate(in));
      }
      for (int i = count.generate(in); i > 0; i--) {
        b.addPainPoint(text.generate(in));
      }
      for (int i = count.generate(in); i > 0; i--) {
        b.addLanguage(language.generate(in));
      }
      for (int i = count.generate(in); i > 0; i--) {
        b.addPlatform(platform.generate(in));
      }
      for (int i = count.generate(in); i > 0; i--) {
        b.addRegion(region.generate(in));
      }
      for (int i = count.generate(in) - 1; i > 0; i--) {
        b.addHousehold(household.generate(in));
        b.addEmployment(employment.generate(in));
        b.addOccupation(text.generate(in));
      }
      return b.build();
    };
  }

  /**
   * Generates persona weights: zero, common fractions, and any finite value up to 2.
   *
   * @return weights, zero or more
   */
  public static Gen<Double> weights() {
    return doubles()
        .between(0, 2)
        .mix(Generate.pick(List.of(0.0, 0.1, 0.25, 0.3, 0.5, 1.0)), 40);
  }

  /**
   * Generates audiences of zero to {@code maxPersonas} personas with weights from {@link
   * #weights()}; about a third are normalised so their weights add up to 1.
   *
   * @param maxPersonas the largest number of personas, zero or more
   * @return audiences
   */
  public static Gen<Audience> audiences(int maxPersonas) {
    Gen<Integer> size = integers().between(0, maxPersonas);
    Gen<Persona> persona = personas();
    Gen<Double> weight = weights();
    Gen<Boolean> normalise = integers().between(0, 2).map(i -> i == 0);
    return in -> {
      Audience.Builder b = Audience.builder();
      for (int i = size.generate(in); i > 0; i--) {
        b.add(persona.generate(in), weight.generate(in));
      }
      Audience a = b.build();
      return normalise.generate(in) ? a.normalised().orElse(a) : a;
    };
  }

  /**
   * Generates audiences whose weights reach the edges of the range: {@link #weights()} mixed with
   * the smallest positive double and weights as large as an audience of {@code maxPersonas + 1}
   * personas can hold with a finite total ({@link Double#MAX_VALUE} ÷ (maxPersonas + 1)).
   *
   * @param maxPersonas the largest number of personas, zero or more
   * @return constructible audiences
   */
  public static Gen<Audience> edgeAudiences(int maxPersonas) {
    double largest = Double.MAX_VALUE / (maxPersonas + 1);
    Gen<Double> weight =
        weights().mix(Generate.pick(List.of(Double.MIN_VALUE, largest, largest / 3, 1e300)), 40);
    Gen<Integer> size = integers().between(0, maxPersonas);
    Gen<Persona> persona = personas();
    return in -> {
      Audience.Builder b = Audience.builder();
      for (int i = size.generate(in); i > 0; i--) {
        b.add(persona.generate(in), weight.generate(in));
      }
      return b.build();
    };
  }
}
