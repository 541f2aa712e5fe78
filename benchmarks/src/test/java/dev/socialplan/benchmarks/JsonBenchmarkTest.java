package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.plan.StrategyPlan;
import org.junit.jupiter.api.Test;

/** The benchmark's inputs are what it says, and the floor binds the same documents. */
class JsonBenchmarkTest {

  @Test
  void everyBenchmarkRunsOnItsDocuments() {
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    StrategyPlan plan = b.readPlan();
    assertThat(plan).isEqualTo(PlanValidationBenchmark.realisticPlan());
    assertThat(b.readAndValidatePlan().findings()).isNotEmpty();
    ContentCalendar calendar = b.readCalendar();
    assertThat(calendar.size()).isEqualTo(JsonBenchmark.CALENDAR_POSTS);
    assertThat(b.floorReadCalendar().posts()).hasSize(JsonBenchmark.CALENDAR_POSTS);
    assertThat(b.floorReadPlan().goals()).hasSize(plan.goals().size());
    assertThat(b.floorReadPlan().content().tactics()).hasSize(plan.content().get().tactics().size());
  }

  @Test
  void theFloorWritesTheSameDocuments() {
    JsonBenchmark b = new JsonBenchmark();
    b.setUp();
    assertThat(b.floorWriteCalendar()).isEqualTo(b.writeCalendar());
    assertThat(b.floorWritePlan().length()).isBetween(
        b.writePlan().length() * 9 / 10, b.writePlan().length() * 11 / 10);
  }
}
