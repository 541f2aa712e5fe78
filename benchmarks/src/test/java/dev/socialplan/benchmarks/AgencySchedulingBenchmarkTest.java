package dev.socialplan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workload of {@link AgencySchedulingBenchmark} is the agency of docs/performance.md: 1,000 brands of 5,000
 * drafts, 5 million posts, scheduled in one call. A smaller agency (the same brands, fewer of them)
 * shows the call schedules each brand exactly as scheduling it alone would.
 */
class AgencySchedulingBenchmarkTest {
  private static final int SMALL_AGENCY = 3;

  @Test
  void theAgencyIsAThousandBrandsOf5000DraftsInTwoZones() {
    assertThat(AgencySchedulingBenchmark.BRANDS).isEqualTo(1_000);
    List<SchedulingRequest> agency = AgencyFixture.agency(SMALL_AGENCY);
    assertThat(agency).hasSize(SMALL_AGENCY);
    assertThat(agency).allSatisfy(brand -> assertThat(brand.drafts()).hasSize(5_000));
    assertThat((long) AgencySchedulingBenchmark.BRANDS * agency.get(0).drafts().size()).isEqualTo(5_000_000L);
    assertThat(agency).extracting(SchedulingRequest::zone)
        .containsExactly(ZoneId.of("Asia/Taipei"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Taipei"));
    // Brands differ in their time weights, so their calendars differ too.
    assertThat(agency.get(0).timeWeights()).isNotEqualTo(agency.get(2).timeWeights());
  }

  @Test
  void oneCallPlacesWhatSchedulingEachBrandAlonePlaces() {
    AgencySchedulingBenchmark benchmark = new AgencySchedulingBenchmark();
    benchmark.brands = SMALL_AGENCY;
    benchmark.setUp();
    long placed = benchmark.scheduleAgencyOfThousandBrands();
    long alone = 0;
    for (SchedulingRequest brand : AgencyFixture.agency(SMALL_AGENCY)) {
      alone += Scheduler.schedule(brand).placedCount();
    }
    assertThat(placed).isEqualTo(alone).isBetween(SMALL_AGENCY * 4_950L, SMALL_AGENCY * 5_000L);
    benchmark.tearDown();
  }
}
