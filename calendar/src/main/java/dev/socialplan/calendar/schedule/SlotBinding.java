package dev.socialplan.calendar.schedule;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@linkplain PostingSchedule#bindings() bound} weekly slot of a posting schedule takes: only
 * posts of one content pillar ({@link #pillar(String)}) or of one purpose ({@link
 * #purpose(PostPurpose)}). This is how category-queue tools enforce a content mix: a time slot of
 * SocialBee's posting schedule or of MeetEdgar's schedule belongs to one content category and
 * publishes only that category's posts (see {@code docs/posts.md}).
 *
 * <p>A pillar is matched by its exact name, as {@code PostContent.pillar()} holds it. This class is
 * immutable and thread-safe.
 */
public final class SlotBinding {
  private final @Nullable String pillar;
  private final @Nullable PostPurpose purpose;

  private SlotBinding(@Nullable String pillar, @Nullable PostPurpose purpose) {
    this.pillar = pillar;
    this.purpose = purpose;
  }

  /**
   * Obtains a binding to a content pillar.
   *
   * @param pillar the pillar's name, not blank
   * @return the binding
   * @throws IllegalArgumentException if the name is blank
   */
  public static SlotBinding pillar(String pillar) {
    Checks.nonBlank(pillar, "pillar");
    return new SlotBinding(pillar, null);
  }

  /**
   * Obtains a binding to a purpose.
   *
   * @param purpose the purpose
   * @return the binding
   */
  public static SlotBinding purpose(PostPurpose purpose) {
    Checks.notNull(purpose, "purpose");
    return new SlotBinding(null, purpose);
  }

  /**
   * Returns the pillar the slot is bound to.
   *
   * @return the pillar's name; empty for a binding to a purpose
   */
  public Optional<String> pillar() {
    return Optional.ofNullable(pillar);
  }

  /**
   * Returns the purpose the slot is bound to.
   *
   * @return the purpose; empty for a binding to a pillar
   */
  public Optional<PostPurpose> purpose() {
    return Optional.ofNullable(purpose);
  }

  /**
   * Tells whether the binding is to a pillar.
   *
   * @return true for {@link #pillar(String)}, false for {@link #purpose(PostPurpose)}
   */
  public boolean isPillar() {
    return pillar != null;
  }

  /**
   * Tells whether a post of a purpose, in a pillar or none, may take a slot with this binding.
   *
   * @param postPurpose the post's purpose
   * @param postPillar the post's pillar; empty when it has none
   * @return true if the pillar (or the purpose) is the binding's
   */
  public boolean accepts(PostPurpose postPurpose, Optional<String> postPillar) {
    Checks.notNull(postPurpose, "postPurpose");
    Checks.notNull(postPillar, "postPillar");
    return pillar != null ? postPillar.isPresent() && pillar.equals(postPillar.get()) : purpose == postPurpose;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof SlotBinding)) {
      return false;
    }
    SlotBinding that = (SlotBinding) obj;
    return Objects.equals(pillar, that.pillar) && purpose == that.purpose;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pillar, purpose);
  }

  /**
   * Returns {@code pillar Self-care} or {@code purpose EDUCATE}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return pillar != null ? "pillar " + pillar : "purpose " + purpose;
  }
}
