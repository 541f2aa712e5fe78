package dev.socialplan.json;

import static dev.socialplan.json.RoundTrips.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.OccurrenceOverride;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.approval.ApprovalPolicy;
import dev.socialplan.calendar.approval.ApprovalTier;
import dev.socialplan.calendar.approval.ApprovalWorkflow;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.calendar.schedule.SlotPattern;
import dev.socialplan.calendar.schedule.TimeWindow;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.testkit.generators.CalendarGenerators;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import org.junit.jupiter.api.Test;

/** Every calendar type read back equal, over the testkit generators and the samples. */
class CalendarRoundTripPropertiesTest {

  private static final int N = 300;
  private static final SocialplanJson JSON = SocialplanJson.standard();

  @Test
  void postsAndCalendars() {
    check(CalendarGenerators.postSources(), PostSource.class, N);
    check(CalendarGenerators.scheduledPosts(), ScheduledPost.class, N);
    check(CalendarGenerators.contentCalendars(), ContentCalendar.class, 100);
    check(CalendarGenerators.scheduledPosts().map(Draft::from), Draft.class, N);
  }

  @Test
  void schedules() {
    check(CalendarGenerators.weeklySlots(), WeeklySlot.class, N);
    check(CalendarGenerators.weeklyPatterns(), WeeklySlots.class, N);
    check(CalendarGenerators.timeWindows(), TimeWindow.class, N);
    check(CalendarGenerators.recurrencePatterns(), RecurrencePattern.class, N);
    check(CalendarGenerators.slotPatterns(), SlotPattern.class, N);
    check(CalendarGenerators.postingSchedules(), PostingSchedule.class, N);
  }

  @Test
  void recurringPosts() {
    check(CalendarGenerators.occurrenceOverrides(), OccurrenceOverride.class, N);
    check(CalendarGenerators.recurringPosts(), RecurringPost.class, N);
  }

  @Test
  void approval() {
    check(CalendarGenerators.approvalTiers(), ApprovalTier.class, N);
    check(CalendarGenerators.approvalPolicies(), ApprovalPolicy.class, N);
    check(CalendarGenerators.approvalWorkflows(), ApprovalWorkflow.class, N);
  }

  @Test
  void samplesRequestsResultsAndPlannedCalendars() {
    for (SamplePlan sample : SamplePlans.all()) {
      SchedulingRequest request = sample.schedulingRequest();
      String text = JSON.write(request);
      assertThat(JSON.read(text, SchedulingRequest.class)).as(sample.name()).isEqualTo(request);
      SchedulingResult result = Scheduler.schedule(request);
      String resultText = JSON.write(result);
      SchedulingResult back = JSON.read(resultText, SchedulingResult.class);
      assertThat(back.calendar()).isEqualTo(result.calendar());
      assertThat(back.placed()).isEqualTo(result.placed());
      assertThat(back.unplaced()).isEqualTo(result.unplaced());
      assertThat(JSON.write(back)).isEqualTo(resultText);
      ContentCalendar calendar = sample.calendar();
      assertThat(JSON.read(JSON.write(calendar), ContentCalendar.class)).isEqualTo(calendar);
      PlannedCalendar planned = PlannedCalendar.from(request, calendar);
      String plannedText = JSON.write(planned);
      assertThat(JSON.read(plannedText, PlannedCalendar.class)).isEqualTo(planned);
    }
  }
}
