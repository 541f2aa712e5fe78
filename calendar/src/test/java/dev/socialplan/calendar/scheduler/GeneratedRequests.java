package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.threeten.extra.Interval;

/**
 * The pieces of the generated requests that the property tests of {@link ExactSearch} and {@link
 * Reassignment} share (Instagram schedules and drafts, integer time weights, a first-fit order), and
 * the first-fit placement both start from. Each piece draws from the randomness source in the same
 * order wherever it is used.
 */
final class GeneratedRequests {
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 6);
  static final List<LocalTime> TIMES =
      List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(19, 0), LocalTime.of(23, 30));

  private GeneratedRequests() {}

  /** A generated request and the order in which the first-fit placement takes its drafts. */
  record Case(SchedulingRequest request, List<Integer> order) {
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("period ").append(request.period()).append(' ').append(request.zone());
      request.schedules().forEach(x -> s.append("\n  schedule ").append(x));
      request.drafts().forEach(d -> s.append("\n  draft ").append(d.id()).append(' ').append(d.channel())
          .append(" p").append(d.priority()).append(' ').append(d.campaignWindow())
          .append(d.content().pillar().map(p -> " pillar " + p).orElse("")));
      request.existing().forEach(p -> s.append("\n  existing ").append(p.id()).append(' ').append(Channel.of(p))
          .append(' ').append(p.time()).append(' ').append(p.status()));
      s.append("\n  weights ").append(request.timeWeights());
      return s.append("\n  first-fit order ").append(order).toString();
    }
  }

  /** The period from {@link #FIRST_DAY} for a number of days in a zone. */
  static Interval period(ZoneId zone, int days) {
    return Interval.of(FIRST_DAY.atStartOfDay(zone).toInstant(), FIRST_DAY.plusDays(days).atStartOfDay(zone).toInstant());
  }

  /**
   * An Instagram schedule (an account's when one is given) with one to four of {@link #TIMES} every
   * day, a spacing drawn from {@code spacings} (none, and nothing drawn, when null), a daily cap of
   * one or two or none, and half the time one of its times bound to "tips" every day.
   */
  static PostingSchedule schedule(
      RandomnessSource in, ZoneId zone, @Nullable String account, @Nullable List<Duration> spacings) {
    TreeSet<LocalTime> times = new TreeSet<>();
    int count = Generate.range(1, 4).generate(in);
    for (int i = 0; i < count; i++) {
      times.add(Generate.pick(TIMES).generate(in));
    }
    PostingSchedule.Builder b =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(zone)
            .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), times.toArray(new LocalTime[0])))
            .minimumSpacing(spacings == null ? Duration.ZERO : Generate.pick(spacings).generate(in));
    if (account != null) {
      b.account(account);
    }
    int cap = Generate.range(0, 2).generate(in);
    if (cap > 0) {
      b.maxPostsPerDay(cap);
    }
    PostingSchedule built = b.build();
    if (Generate.range(0, 2).generate(in) == 0) {
      // Bind one weekly time every day to "tips".
      LocalTime bound = Generate.pick(new ArrayList<>(times)).generate(in);
      for (DayOfWeek day : DayOfWeek.values()) {
        built = built.withBinding(WeeklySlot.of(day, bound.getHour(), bound.getMinute()), SlotBinding.pillar("tips"));
      }
    }
    return built;
  }

  /**
   * Instagram draft {@code "d" + i}: pillar "tips" or "stories", a priority up to {@code
   * maxPriority}, a third of the time on an account (the only one given, or one drawn from them),
   * half the time a campaign window opening from {@code earliest} hours after the period's start to
   * the period's last hour and lasting one to {@code longest} hours.
   */
  static Draft draft(
      RandomnessSource in, int i, Interval period, int days, int maxPriority, List<String> accounts, int earliest, int longest) {
    Draft.Builder d =
        Draft.builder()
            .id("d" + i)
            .platform(Platform.INSTAGRAM)
            .content(
                PostContent.builder()
                    .format(PostFormat.IMAGE)
                    .purpose(PostPurpose.EDUCATE)
                    .pillar(Generate.pick(List.of("tips", "stories")).generate(in))
                    .build())
            .priority(Generate.range(0, maxPriority).generate(in));
    if (Generate.range(0, 2).generate(in) == 0) {
      d.account(accounts.size() == 1 ? accounts.get(0) : Generate.pick(accounts).generate(in));
    }
    if (Generate.booleans().generate(in)) {
      Instant start = period.getStart().plus(Duration.ofHours(Generate.range(earliest, 24 * days).generate(in)));
      d.campaignWindow(Interval.of(start, Duration.ofHours(Generate.range(1, longest).generate(in))));
    }
    return d.build();
  }

  /** Instagram's time weights: 0 to 3 (integers, so sums compare exactly) at each of the times. */
  static TimeOfWeekGrid weights(RandomnessSource in) {
    Map<TimeOfWeek, Double> weights = new HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (LocalTime time : TIMES) {
        weights.put(TimeOfWeek.of(day, time.getHour()), (double) Generate.range(0, 3).generate(in));
      }
    }
    return TimeOfWeekGrid.of(weights, 1.0);
  }

  /** A random order of the drafts 0 to count - 1. */
  static List<Integer> order(RandomnessSource in, int count) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(Generate.range(0, order.size()).generate(in), i);
    }
    return order;
  }

  /**
   * A run's state after a first-fit placement in the case's order, as the reservation leaves one:
   * each draft on the first slot where it fits, the others left out for want of a free slot.
   */
  static class FirstFit {
    final SchedulerOracle oracle;
    final ExactSearchTest.Run run;
    final List<ScheduledPost> placed = new ArrayList<>();
    final List<String> out = new ArrayList<>();

    FirstFit(Case c) {
      SchedulingRequest request = c.request();
      oracle = new SchedulerOracle(request);
      run = new ExactSearchTest.Run(request);
      for (int i : c.order()) {
        Draft d = request.drafts().get(i);
        Instant slot = null;
        for (Instant t : oracle.options(d)) {
          if (oracle.fits(d.channel(), t, placed)) {
            slot = t;
            break;
          }
        }
        if (slot == null) {
          out.add(d.id());
        } else {
          placed.add(d.toPost(slot));
          run.put(d.id(), slot);
        }
      }
      run.leftOut(out.toArray(new String[0]));
    }
  }

  /** Checks that each post keeps spacing and caps with all the others. */
  static void assertEachFits(SchedulerOracle oracle, List<ScheduledPost> posts) {
    for (ScheduledPost p : posts) {
      List<ScheduledPost> others = new ArrayList<>(posts);
      others.remove(p);
      assertThat(oracle.fits(p.channel(), p.time(), others)).as("%s keeps spacing and caps", p.id()).isTrue();
    }
  }
}
