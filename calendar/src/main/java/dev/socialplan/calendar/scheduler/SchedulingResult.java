package dev.socialplan.calendar.scheduler;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.internal.Checks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Scheduler} did with a {@link SchedulingRequest}: the calendar with the new posts,
 * the new posts themselves, and every draft it could not place with the reason.
 *
 * <p>Every draft of the request is either {@linkplain #placed() placed} (as a post with the draft's
 * id) or {@linkplain #unplaced() unplaced}, never both, except an {@linkplain Draft#evergreen()
 * evergreen} draft already published in the request's existing calendar, which is neither: only its
 * {@linkplain #recycled() recyclings} are new. This class is immutable and thread-safe.
 */
public final class SchedulingResult {
  private final ContentCalendar calendar;
  private final List<ScheduledPost> placed;
  private final List<UnplacedDraft> unplaced;
  private final List<ScheduledPost> recycled;
  private final List<UnfilledSlot> unfilled;

  private SchedulingResult(
      ContentCalendar calendar,
      List<ScheduledPost> placed,
      List<UnplacedDraft> unplaced,
      List<ScheduledPost> recycled,
      List<UnfilledSlot> unfilled) {
    this.calendar = calendar;
    this.placed = placed;
    this.unplaced = unplaced;
    this.recycled = recycled;
    this.unfilled = unfilled;
  }

  /**
   * Obtains a result.
   *
   * @param calendar the calendar: the existing posts and the placed ones
   * @param placed the posts made from placed drafts
   * @param unplaced the drafts not placed, with their reasons
   * @return the result
   * @throws NullPointerException if an argument or an element is null
   */
  public static SchedulingResult of(
      ContentCalendar calendar, List<ScheduledPost> placed, List<UnplacedDraft> unplaced) {
    Checks.notNull(calendar, "calendar");
    Checks.noNullElements(placed, "placed");
    Checks.noNullElements(unplaced, "unplaced");
    return new SchedulingResult(
        calendar, List.copyOf(placed), List.copyOf(unplaced), List.of(), List.of());
  }

  /**
   * Returns a copy with other recycled posts.
   *
   * @param recycled the recycled posts of evergreen drafts, in time order
   * @return the new result
   * @throws NullPointerException if the list or an element is null
   */
  public SchedulingResult withRecycled(List<ScheduledPost> recycled) {
    Checks.noNullElements(recycled, "recycled");
    return new SchedulingResult(calendar, placed, unplaced, List.copyOf(recycled), unfilled);
  }

  /**
   * Returns a copy with other unfilled bound slots.
   *
   * @param unfilled the slots bound to a pillar or purpose that stayed empty, in time order
   * @return the new result
   * @throws NullPointerException if the list or an element is null
   */
  public SchedulingResult withUnfilled(List<UnfilledSlot> unfilled) {
    Checks.noNullElements(unfilled, "unfilled");
    return new SchedulingResult(calendar, placed, unplaced, recycled, List.copyOf(unfilled));
  }

  /**
   * Returns the slots {@linkplain dev.socialplan.calendar.schedule.PostingSchedule#bindings()
   * bound} to a pillar or purpose that no post fills, each with the reason: every bound candidate
   * slot of the period with no placed, recycled or existing post of its schedule at its instant.
   *
   * @return the unfilled bound slots in time order (then schedule order), unmodifiable; empty when
   *     no schedule has bindings
   */
  public List<UnfilledSlot> unfilled() {
    return unfilled;
  }

  /**
   * Returns the calendar: the posts of the request's existing calendar and the placed posts, in the
   * request's zone.
   *
   * @return the calendar
   */
  public ContentCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the posts made from the drafts that were placed, in time order (then by id).
   *
   * @return the new posts, unmodifiable
   */
  public List<ScheduledPost> placed() {
    return placed;
  }

  /**
   * Returns the recycled posts of {@linkplain Draft#evergreen() evergreen} drafts, made by {@link
   * Draft#recycledPost(int, java.time.Instant)}, in time order (then by id). They are in the
   * calendar too, and not in {@link #placed()}.
   *
   * @return the recycled posts, unmodifiable; empty when no draft is evergreen
   */
  public List<ScheduledPost> recycled() {
    return recycled;
  }

  /**
   * Returns the drafts that could not be placed, in the order of the request's backlog.
   *
   * @return the unplaced drafts with their reasons, unmodifiable
   */
  public List<UnplacedDraft> unplaced() {
    return unplaced;
  }

  /**
   * Returns the number of drafts placed.
   *
   * @return the size of {@link #placed()}
   */
  public int placedCount() {
    return placed.size();
  }

  /**
   * Tells whether every draft was placed.
   *
   * @return true if {@link #unplaced()} is empty
   */
  public boolean isComplete() {
    return unplaced.isEmpty();
  }

  /**
   * Counts the unplaced drafts by reason.
   *
   * @return the count of each reason that occurs, in the enum's order
   */
  public Map<UnplacedReason, Integer> unplacedByReason() {
    Map<UnplacedReason, Integer> counts = new EnumMap<>(UnplacedReason.class);
    for (UnplacedDraft u : unplaced) {
      counts.merge(u.reason(), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SchedulingResult)) {
      return false;
    }
    SchedulingResult that = (SchedulingResult) obj;
    return calendar.equals(that.calendar)
        && placed.equals(that.placed)
        && unplaced.equals(that.unplaced)
        && recycled.equals(that.recycled)
        && unfilled.equals(that.unfilled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, placed, unplaced, recycled, unfilled);
  }

  /**
   * Returns the counts: {@code SchedulingResult[placed 480, unplaced 20 {NO_FREE_SLOT=20}]}, with
   * {@code recycled 12} after the placed count when there are recycled posts and {@code , unfilled
   * bound slots 3} at the end when some bound slots stayed empty.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "SchedulingResult[placed "
        + placed.size()
        + (recycled.isEmpty() ? "" : ", recycled " + recycled.size())
        + ", unplaced "
        + unplaced.size()
        + (unplaced.isEmpty() ? "" : " " + unplacedByReason())
        + (unfilled.isEmpty() ? "" : ", unfilled bound slots " + unfilled.size())
        + "]";
  }
}
