package dev.socialplan.audience.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.Persona;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AudienceRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final Brand GLOW = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);

  /** The strategy guide's persona, backed by a survey, with what content is made of. */
  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s in large cities")
          .ageRange(AgeRange.of(20, 29))
          .addInterest("quick skincare routines")
          .addPainPoint("no time in the morning")
          .dataSource(DataSource.SURVEY)
          .build();

  private static final Persona GUESSED = Persona.of("Students");

  private static StrategyPlan plan(Audience audience) {
    return StrategyPlan.builder().brand(GLOW).audience(audience).build();
  }

  @Test
  void aPersonaFromDataWithInterestsAndPainPointsPasses() {
    assertThat(AudienceRules.standard().validate(plan(Audience.of(MOTHERS))).isEmpty()).isTrue();
  }

  @Test
  void aPersonaBuiltOnAssumptionIsAWarning() {
    StrategyPlan plan = plan(Audience.builder().add(MOTHERS, 0.7).add(GUESSED, 0.3).build());
    List<Finding> findings = AudienceRules.PERSONAS_FROM_DATA.check(plan, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                AudienceRules.AUDIENCE_PERSONA_ASSUMED,
                "audience.members[1].persona.dataSource",
                FindingArgument.text("persona", "Students")));
    assertThat(findings.get(0).hint(Locale.ENGLISH)).startsWith("Use the collected data");
  }

  @Test
  void aPersonaWithoutPainPointsOrInterestsIsAWarningForEach() {
    StrategyPlan plan = plan(Audience.builder().add(MOTHERS, 0.7).add(GUESSED, 0.3).build());
    assertThat(AudienceRules.PERSONAS_DESCRIBED.check(plan, DEFAULTS))
        .containsExactly(
            Finding.of(
                AudienceRules.AUDIENCE_PERSONA_NO_PAIN_POINTS,
                "audience.members[1].persona.painPoints",
                FindingArgument.text("persona", "Students")),
            Finding.of(
                AudienceRules.AUDIENCE_PERSONA_NO_INTERESTS,
                "audience.members[1].persona.interests",
                FindingArgument.text("persona", "Students")));
  }

  @Test
  void weightsNotAddingUpTo100PercentAreAnError() {
    StrategyPlan plan = plan(Audience.builder().add(MOTHERS, 0.6).add(GUESSED, 0.3).build());
    List<Finding> findings = AudienceRules.WEIGHTS_SUM_TO_100.check(plan, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(AudienceRules.AUDIENCE_WEIGHTS_NOT_100, "audience.members", FindingArgument.decimal("totalPercent", new BigDecimal("90"))));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The persona weights add up to 90 %, not 100 %.");
    assertThat(findings.get(0).severity().name()).isEqualTo("ERROR");
  }

  @Test
  void floatingPointSumsWithinTheToleranceAreFine() {
    Audience thirds =
        Audience.builder()
            .add(MOTHERS, 0.1)
            .add(GUESSED, 0.2)
            .add(Persona.of("Parents"), 0.7)
            .build();
    assertThat(AudienceRules.WEIGHTS_SUM_TO_100.check(plan(thirds), DEFAULTS)).isEmpty();
    Audience rounded =
        Audience.builder().add(MOTHERS, 0.33).add(GUESSED, 0.33).add(Persona.of("P"), 0.33).build();
    assertThat(AudienceRules.WEIGHTS_SUM_TO_100.check(plan(rounded), DEFAULTS)).hasSize(1);
    ValidationContext loose =
        ValidationContext.of(
            ValidationSettings.standard().with(AudienceRules.WEIGHT_TOLERANCE, 0.02));
    assertThat(AudienceRules.WEIGHTS_SUM_TO_100.check(plan(rounded), loose)).isEmpty();
  }

  @Test
  void silentWithoutAudience() {
    StrategyPlan none = StrategyPlan.of(GLOW);
    assertThat(AudienceRules.standard().validate(none).isEmpty()).isTrue();
    assertThat(AudienceRules.standard().validate(plan(Audience.empty())).isEmpty()).isTrue();
  }
}
