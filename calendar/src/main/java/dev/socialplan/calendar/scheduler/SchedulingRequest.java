package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.Channel;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.Interval;

/**
 * What the {@link Scheduler} is asked to do: fill a {@link #period()} from {@link #schedules()} with
 * {@link #drafts()}, around the posts already in an {@link #existing()} calendar, preferring the
 * times each channel's {@link #timeWeights()} rate higher and, optionally, holding a {@link #mix()}
 * over every rolling window.
 *
 * <pre>{@code
 * SchedulingRequest request = SchedulingRequest.builder()
 *     .period(Interval.of(start, end))
 *     .zone(ZoneId.of("Asia/Taipei"))
 *     .addSchedules(instagramSchedule, linkedInSchedule)
 *     .addAllDrafts(backlog)
 *     .putTimeWeight(Channel.of(Platform.INSTAGRAM), bestTimes)
 *     .mix(RollingMix.defaultTarget())
 *     .build();
 * }</pre>
 *
 * <p><b>Refused at construction</b> (an {@link IllegalArgumentException} naming the field and the
 * value): an unbounded period, two schedules for the same channel, two drafts with the same id, and
 * a draft whose id is already a post of the existing calendar (unless the draft is {@linkplain
 * Draft#evergreen() evergreen} and that post occupies its slot: the draft is then already published
 * and only its recyclings are placed), and a draft whose id is that of a recycling of an evergreen
 * draft ({@link Evergreen#recycleId(String, int) id~n}). Everything else (a draft without a
 * schedule, a campaign window outside the period, a backlog that cannot keep to the mix) is reported
 * per draft in the {@link SchedulingResult}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchedulingRequest {

  SchedulingRequest() {}

  /**
   * Returns the half-open period to fill.
   *
   * @return the period, bounded
   */
  public abstract Interval period();

  /**
   * Returns the zone the resulting calendar is shown in.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the posting schedules, at most one per channel. A draft goes to the schedule of its
   * channel (platform and account) or, when its account has none, to the schedule of its whole
   * platform.
   *
   * @return the schedules, in the order given
   */
  public abstract List<PostingSchedule> schedules();

  /**
   * Returns the backlog, with distinct ids.
   *
   * @return the drafts, in the order given (the last tie-break between equal drafts)
   */
  public abstract List<Draft> drafts();

  /**
   * Returns the calendar the new posts are added to. Its posts that {@linkplain
   * dev.socialplan.calendar.PostStatus#occupiesSlot() occupy their slot} take part in spacing, daily
   * caps and the mix; the others are carried over untouched. A post with the id of an evergreen
   * draft, or of one of its recyclings ({@link Evergreen#recycleId(String, int) id~n}), that
   * occupies its slot is an earlier publication of that draft: recyclings follow it after the
   * cooldown, their numbers continue from the highest already in the calendar and count towards
   * the draft's {@link Evergreen#maxRecycles()}.
   *
   * @return the existing calendar; an empty one in {@link #zone()} by default
   */
  @Value.Default
  public ContentCalendar existing() {
    return ContentCalendar.empty(zone());
  }

  /**
   * Returns how good each hour of the week is per channel, in the local time of the channel's
   * schedule. A channel without its own grid uses its whole platform's, and one without either the
   * uniform grid (no preference: earliest slots first).
   *
   * @return the grids by channel
   */
  public abstract Map<Channel, TimeOfWeekGrid> timeWeights();

  /**
   * Returns the content mix to hold over every rolling window.
   *
   * @return the target; empty to place drafts without regard to the mix
   */
  public abstract Optional<RollingMix> mix();

  /**
   * Returns the grid of time weights that applies to a channel.
   *
   * @param channel the channel
   * @return its own grid, its platform's, or the uniform grid
   */
  public TimeOfWeekGrid timeWeightsFor(Channel channel) {
    Checks.notNull(channel, "channel");
    TimeOfWeekGrid grid = timeWeights().get(channel);
    if (grid == null) {
      grid = timeWeights().get(channel.wholePlatform());
    }
    return grid == null ? TimeOfWeekGrid.uniform() : grid;
  }

  /**
   * Returns the schedule a draft on a channel goes to: the one for the channel, or for its whole
   * platform when the channel is an account without a schedule of its own.
   *
   * @param channel the draft's channel
   * @return the schedule, or empty when there is none
   */
  public Optional<PostingSchedule> scheduleFor(Channel channel) {
    Checks.notNull(channel, "channel");
    PostingSchedule platformWide = null;
    for (PostingSchedule schedule : schedules()) {
      Channel own = Channel.of(schedule);
      if (own.equals(channel)) {
        return Optional.of(schedule);
      }
      if (own.equals(channel.wholePlatform())) {
        platformWide = schedule;
      }
    }
    return Optional.ofNullable(platformWide);
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
   * Returns a copy with other drafts.
   *
   * @param drafts the new backlog, with distinct ids
   * @return the new request
   */
  public SchedulingRequest withDrafts(List<Draft> drafts) {
    return builder().from(this).drafts(drafts).build();
  }

  /**
   * Returns a copy holding a content mix.
   *
   * @param target the mix to hold over every rolling window
   * @return the new request
   */
  public abstract SchedulingRequest withMix(RollingMix target);

  @Value.Check
  void check() {
    if (period().isUnboundedStart() || period().isUnboundedEnd()) {
      throw new IllegalArgumentException("period must be bounded: " + period());
    }
    Set<Channel> channels = new HashSet<>();
    for (int i = 0; i < schedules().size(); i++) {
      Channel channel = Channel.of(schedules().get(i));
      if (!channels.add(channel)) {
        throw new IllegalArgumentException(
            "schedules must have at most one schedule per channel: schedules["
                + i
                + "] is a second schedule for "
                + channel);
      }
    }
    Map<String, Integer> ids = new HashMap<>(drafts().size() * 2);
    for (int i = 0; i < drafts().size(); i++) {
      String id = drafts().get(i).id();
      Integer previous = ids.put(id, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "drafts must have distinct ids: drafts[" + previous + "] and drafts[" + i + "] are \""
                + id + "\"");
      }
      Optional<ScheduledPost> same = existing().get(id);
      if (same.isPresent()
          && !(drafts().get(i).evergreen().isPresent() && same.get().status().occupiesSlot())) {
        throw new IllegalArgumentException(
            "drafts[" + i + "] has the id of a post of the existing calendar: \"" + id + "\"");
      }
    }
    boolean anyEvergreen = false;
    for (Draft draft : drafts()) {
      anyEvergreen |= draft.evergreen().isPresent();
    }
    for (int i = 0; anyEvergreen && i < drafts().size(); i++) {
      String id = drafts().get(i).id();
      Optional<String> of = Evergreen.draftIdOf(id);
      if (of.isPresent()) {
        Integer evergreen = ids.get(of.get());
        if (evergreen != null && drafts().get(evergreen).evergreen().isPresent()) {
          throw new IllegalArgumentException(
              "drafts[" + i + "] has the id of a recycling of the evergreen drafts[" + evergreen
                  + "]: \"" + id + "\"");
        }
      }
    }
  }

  /** Builds a {@link SchedulingRequest}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableSchedulingRequest.Builder {
    Builder() {}

    /**
     * Sets the time weights of a whole platform.
     *
     * @param platform the platform
     * @param grid how good each hour of the week is, in the local time of its schedule
     * @return this builder
     */
    public Builder putTimeWeight(Platform platform, TimeOfWeekGrid grid) {
      putTimeWeight(Channel.of(platform), grid);
      return this;
    }
  }
}
