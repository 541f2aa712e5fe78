package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PersonaTest {
  private static final CurrencyUnit TWD = CurrencyUnit.of("TWD");
  private static final Region LARGE_CITIES =
      Region.of("large cities")
          .withSettlement(Region.Settlement.LARGE_CITY)
          .withActivities(Region.Activity.LIVING, Region.Activity.WORKING);

  /** The strategy guide's persona, exactly: single mothers in their 20s living and working in large cities. */
  private static final Persona SINGLE_MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s in large cities")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .addHousehold(HouseholdType.SINGLE_PARENT)
          .addEmployment(EmploymentStatus.EMPLOYED)
          .addRegion(LARGE_CITIES)
          .addLanguage(Locale.forLanguageTag("zh-TW"))
          .incomeBand(IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_000)))
          .addInterests("quick healthy recipes", "affordable childcare")
          .purchasingPower(PurchasingPower.MEDIUM)
          .addPainPoints("no time for herself", "tight budget")
          .addPlatforms(Platform.INSTAGRAM, Platform.FACEBOOK)
          .dataSource(DataSource.SURVEY)
          .build();

  @Test
  void theArticlesPersonaIsExpressedExactly() {
    assertThat(SINGLE_MOTHERS.genderMix()).contains(GenderMix.allWomen());
    assertThat(SINGLE_MOTHERS.households()).containsExactly(HouseholdType.SINGLE_PARENT);
    assertThat(SINGLE_MOTHERS.ageRange()).contains(AgeRange.of(20, 29));
    assertThat(SINGLE_MOTHERS.employment()).containsExactly(EmploymentStatus.EMPLOYED);
    assertThat(SINGLE_MOTHERS.regions()).containsExactly(LARGE_CITIES);
    Region where = SINGLE_MOTHERS.regions().get(0);
    assertThat(where.settlement()).contains(Region.Settlement.LARGE_CITY);
    assertThat(where.has(Region.Activity.LIVING)).isTrue();
    assertThat(where.has(Region.Activity.WORKING)).isTrue();
  }

  @Test
  void keepsTheArticlesFactors() {
    assertThat(SINGLE_MOTHERS.languages()).containsExactly(Locale.TAIWAN);
    assertThat(SINGLE_MOTHERS.incomeBand().orElseThrow().basis()).isEqualTo(IncomeBand.Basis.MONTHLY);
    assertThat(SINGLE_MOTHERS.interests()).containsExactly("quick healthy recipes", "affordable childcare");
    assertThat(SINGLE_MOTHERS.purchasingPower()).contains(PurchasingPower.MEDIUM);
    assertThat(SINGLE_MOTHERS.painPoints()).containsExactly("no time for herself", "tight budget");
    assertThat(SINGLE_MOTHERS.platforms()).containsExactly(Platform.INSTAGRAM, Platform.FACEBOOK);
    assertThat(SINGLE_MOTHERS.uses(Platform.INSTAGRAM)).isTrue();
    assertThat(SINGLE_MOTHERS.uses(Platform.SNAPCHAT)).isFalse();
    assertThat(SINGLE_MOTHERS.dataSource()).isEqualTo(DataSource.SURVEY);
    assertThat(SINGLE_MOTHERS.occupations()).isEmpty();
  }

  @Test
  void generationsOnThePlanDate() {
    assertThat(SINGLE_MOTHERS.generations(LocalDate.of(2025, 6, 1)).orElseThrow().dominant())
        .contains(Generation.GEN_Z);
    assertThat(SINGLE_MOTHERS.generations(LocalDate.of(2015, 6, 1)).orElseThrow().dominant())
        .contains(Generation.MILLENNIALS);
    assertThat(Persona.of("x").generations(LocalDate.of(2025, 6, 1))).isEmpty();
  }

  @Test
  void aDraftIsAnAssumptionWithNothingElse() {
    Persona draft = Persona.of("Teens");
    assertThat(draft.dataSource()).isEqualTo(DataSource.ASSUMPTION);
    assertThat(draft.ageRange()).isEmpty();
    assertThat(draft.genderMix()).isEmpty();
    assertThat(draft.interests()).isEmpty();
    assertThat(draft.painPoints()).isEmpty();
    assertThat(draft.platforms()).isEmpty();
    assertThat(draft.withDataSource(DataSource.ANALYTICS).dataSource()).isEqualTo(DataSource.ANALYTICS);
  }

  @Test
  void occupationsAreFreeText() {
    Persona nurses = Persona.builder().name("Nurses").addOccupation("nurse").build();
    assertThat(nurses.occupations()).containsExactly("nurse");
  }

  @Test
  void refusesBlankTextsAndLanguagesWithoutACode() {
    assertThatThrownBy(() -> Persona.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \"\"");
    assertThatThrownBy(() -> Persona.builder().name("x").addInterests("cooking", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interests[1] must not be blank: \" \"");
    assertThatThrownBy(() -> Persona.builder().name("x").addPainPoint("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("painPoints[0] must not be blank: \"\"");
    assertThatThrownBy(() -> Persona.builder().name("x").addOccupation("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occupations[0] must not be blank: \"\t\"");
    assertThatThrownBy(() -> Persona.builder().name("x").addLanguage(Locale.ROOT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("languages[0] must have a language code: \"und\"");
  }

  @Test
  void equalByValue() {
    Persona copy = Persona.builder().from(SINGLE_MOTHERS).build();
    assertThat(copy).isEqualTo(SINGLE_MOTHERS).hasSameHashCodeAs(SINGLE_MOTHERS);
    assertThat(copy).isNotEqualTo(SINGLE_MOTHERS.withDataSource(DataSource.ASSUMPTION));
    assertThat(SINGLE_MOTHERS.toString()).contains("Single mothers in their 20s");
  }
}
