package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.approval.ApprovalWorkflow;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
import dev.socialplan.calendar.schedule.WeeklySlots;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CalendarGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void schedulesCoverBothPatternsAndEveryConstraint() {
    List<PostingSchedule> schedules = sample(CalendarGenerators.postingSchedules(), 300);
    assertThat(schedules).anyMatch(s -> s.pattern() instanceof WeeklySlots);
    assertThat(schedules).anyMatch(s -> s.pattern() instanceof RecurrencePattern);
    assertThat(schedules).anyMatch(s -> !s.blackouts().isEmpty());
    assertThat(schedules).anyMatch(s -> !s.allowedWindows().isEmpty());
    assertThat(schedules).anyMatch(s -> !s.minimumSpacing().isZero());
    assertThat(schedules).anyMatch(s -> s.maxPostsPerDay().isPresent());
    assertThat(schedules.stream().map(PostingSchedule::zone).distinct().count()).isGreaterThan(3);
  }

  @Test
  void recurrencePatternsUseEveryBound() {
    List<RecurrencePattern> patterns = sample(CalendarGenerators.recurrencePatterns(), 300);
    assertThat(patterns).anyMatch(p -> p.count().isPresent());
    assertThat(patterns).anyMatch(p -> p.rule().contains("UNTIL="));
    assertThat(patterns).anyMatch(p -> p.horizon().isPresent());
    assertThat(patterns).anyMatch(p -> p.rule().contains("BYMONTHDAY=31"));
    assertThat(patterns).anyMatch(p -> !p.exceptionDates().isEmpty());
  }

  @Test
  void postsAndCalendarsAreVaried() {
    List<ScheduledPost> posts = sample(CalendarGenerators.scheduledPosts(), 400);
    assertThat(posts.stream().map(ScheduledPost::status).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(PostStatus.class));
    assertThat(posts).anyMatch(p -> p.content().source().isUserGenerated() && !p.content().source().hasPermission());
    assertThat(posts).anyMatch(p -> p.content().duration().isPresent());
    assertThat(posts).anyMatch(p -> p.content().campaign().isPresent());
    assertThat(posts).anyMatch(p -> p.content().text().codePoints().anyMatch(Character::isIdeographic));
    List<ContentCalendar> calendars = sample(CalendarGenerators.contentCalendars(), 100);
    assertThat(calendars).anyMatch(ContentCalendar::isEmpty);
    assertThat(calendars).anyMatch(c -> c.size() > 10);
  }

  @Test
  void recurringPostsHaveOverridesAndSkips() {
    List<RecurringPost> recurring = sample(CalendarGenerators.recurringPosts(), 200);
    assertThat(recurring).anyMatch(r -> !r.overrides().isEmpty());
    assertThat(recurring).anyMatch(r -> !r.skips().isEmpty());
    assertThat(recurring).anyMatch(r -> r.overrides().values().stream().anyMatch(o -> o.time().isPresent()));
  }

  @Test
  void workflowsReachEveryState() {
    Set<PostStatus> reached =
        sample(CalendarGenerators.approvalWorkflows(), 600).stream()
            .map(ApprovalWorkflow::status)
            .collect(Collectors.toSet());
    assertThat(reached).isEqualTo(EnumSet.allOf(PostStatus.class));
    assertThat(sample(CalendarGenerators.approvalPolicies(), 200))
        .anyMatch(p -> p.size() == 3)
        .anyMatch(p -> p.size() == 1);
  }
}
