package dev.socialplan.json;

import static dev.socialplan.json.Schemas.assertValid;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.testkit.generators.CalendarGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.testkit.generators.PlanGenerators;
import dev.socialplan.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every document the codec writes from the testkit generators conforms to its shipped schema. */
class DocumentSchemasPropertiesTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();
  private static final SocialplanJson CHINESE = JSON.withLocale(Locale.TAIWAN);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void plans() {
    qt().withExamples(200)
        .forAll(PlanGenerators.plans())
        .checkAssert(plan -> assertValid("plan", JSON.write(plan)));
    qt().withExamples(50)
        .forAll(PlanGenerators.realisticPlans())
        .checkAssert(plan -> assertValid("plan", JSON.write(plan)));
  }

  @Test
  void calendars() {
    qt().withExamples(150)
        .forAll(CalendarGenerators.contentCalendars())
        .checkAssert(calendar -> assertValid("calendar", JSON.write(calendar)));
  }

  @Test
  void schedulingRequestsAndTheirResults() {
    qt().withExamples(100)
        .forAll(CalendarGenerators.schedulingRequests(12))
        .checkAssert(
            request -> {
              assertValid("scheduling-request", JSON.write(request));
              assertValid("scheduling-result", JSON.write(Scheduler.schedule(request)));
            });
  }

  @Test
  void performanceRecords() {
    qt().withExamples(150)
        .forAll(PerformanceGenerators.mixedRecordLists(40))
        .checkAssert(records -> assertValid("performance-records", JSON.writePerformanceRecords(records)));
    qt().withExamples(100)
        .forAll(lists().of(PerformanceGenerators.recordsWithHugeCounts()).ofSizeBetween(0, 10))
        .checkAssert(records -> assertValid("performance-records", JSON.writePerformanceRecords(records)));
    qt().withExamples(100)
        .forAll(lists().of(PerformanceGenerators.recordsWithMissingFields()).ofSizeBetween(0, 10))
        .checkAssert(records -> assertValid("performance-records", JSON.writePerformanceRecords(records)));
  }

  @Test
  void validationReportsOfGeneratedPlans() {
    qt().withExamples(150)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              ValidationReport report = PlanRules.standard().validate(plan, CLOCK);
              assertValid("validation-report", JSON.write(report));
              assertValid("validation-report", CHINESE.write(report));
            });
  }
}
