package dev.socialplan.calendar.rules;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.PlatformCatalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * What the calendar rules check: a {@link ContentCalendar} together with what it is meant to follow
 * — the posting schedules (spacing, daily caps, blackouts, allowed windows), the platform catalog
 * (limits per format, recommended frequencies), the content mix target and, optionally, the period
 * the calendar should cover.
 *
 * <pre>{@code
 * ValidationReport report = CalendarRules.standard()
 *     .validate(PlannedCalendar.builder().calendar(calendar).addSchedules(instagram, x).build());
 * }</pre>
 *
 * <p>Without schedules the schedule rules have nothing to check; the catalog defaults to {@link
 * PlatformCatalog#standard()} and the mix target to {@link RollingMix#defaultTarget()} (80/20 over
 * every ten posts of each platform). Without a period, frequency and gaps are judged from the first
 * post's day to the last post's.
 *
 * <p>This class is immutable and thread-safe. The per-platform groupings the rules share are
 * computed once, on first use.
 */
@Value.Immutable
public abstract class PlannedCalendar {

  PlannedCalendar() {}

  /**
   * Returns the calendar to check.
   *
   * @return the calendar
   */
  public abstract ContentCalendar calendar();

  /**
   * Returns the posting schedules the calendar should keep to.
   *
   * @return the schedules, possibly empty
   */
  public abstract List<PostingSchedule> schedules();

  /**
   * Returns the platform facts: limits per format and recommended posting frequencies.
   *
   * @return the catalog, {@link PlatformCatalog#standard()} by default
   */
  @Value.Default
  public PlatformCatalog catalog() {
    return PlatformCatalog.standard();
  }

  /**
   * Returns the content mix to hold over every rolling window.
   *
   * @return the target, {@link RollingMix#defaultTarget()} by default
   */
  @Value.Default
  public RollingMix mix() {
    return RollingMix.defaultTarget();
  }

  /**
   * Returns the campaigns that a traffic or conversion goal measures: their links must carry UTM
   * parameters, or the visits they bring cannot be credited to them.
   *
   * @return the campaign names, possibly empty
   */
  public abstract Set<String> measuredCampaigns();

  /**
   * Returns how the calendar's links are tagged: which links count as the brand's, whose missing
   * tags are reported.
   *
   * @return the template, {@link UtmTemplate#standard()} by default
   */
  @Value.Default
  public UtmTemplate utm() {
    return UtmTemplate.standard();
  }

  /**
   * Returns the half-open period the calendar should cover, for frequency and gaps.
   *
   * @return the period, bounded; empty to judge from the first post to the last
   */
  public abstract Optional<Interval> period();

  /**
   * Obtains a calendar checked without schedules, against the standard catalog and the default mix.
   *
   * @param calendar the calendar
   * @return the subject
   */
  public static PlannedCalendar of(ContentCalendar calendar) {
    return builder().calendar(calendar).build();
  }

  /**
   * Obtains a calendar checked against schedules, the standard catalog and the default mix.
   *
   * @param calendar the calendar
   * @param schedules the schedules it should keep to
   * @return the subject
   */
  public static PlannedCalendar of(ContentCalendar calendar, List<PostingSchedule> schedules) {
    return builder().calendar(calendar).schedules(schedules).build();
  }

  /**
   * Obtains the subject for a calendar the scheduler filled: the request's schedules, period and mix
   * target (the default target when the request had none).
   *
   * @param request the scheduling request
   * @param calendar the calendar, usually the result's
   * @return the subject
   */
  public static PlannedCalendar from(SchedulingRequest request, ContentCalendar calendar) {
    Checks.notNull(request, "request");
    Builder b =
        builder().calendar(calendar).schedules(request.schedules()).period(request.period());
    request.mix().ifPresent(b::mix);
    return b.build();
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
   * Returns a copy with another mix target.
   *
   * @param target the content mix to hold over every rolling window
   * @return the new subject
   */
  public abstract PlannedCalendar withMix(RollingMix target);

  /**
   * Returns a copy with another catalog.
   *
   * @param newCatalog the platform facts
   * @return the new subject
   */
  public abstract PlannedCalendar withCatalog(PlatformCatalog newCatalog);

  /** The groupings the rules share, built once. */
  @Value.Lazy
  CalendarIndex index() {
    return new CalendarIndex(this);
  }

  @Value.Check
  void check() {
    if (period().isPresent() && (period().get().isUnboundedStart() || period().get().isUnboundedEnd())) {
      throw new IllegalArgumentException("period must be bounded: " + period().get());
    }
  }

  /** Builds a {@link PlannedCalendar}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePlannedCalendar.Builder {
    Builder() {}
  }
}
