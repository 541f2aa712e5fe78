package dev.socialplan.calendar.scheduler;

import dev.socialplan.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an evergreen {@link Draft} is recycled: once it is published (placed by the scheduler, or
 * already in the calendar as a post that occupies its slot), it may go out again after a {@link
 * #cooldown()}, at most {@link #maxRecycles()} times, never at or after its {@link #expiry()}, its
 * text rotating through the {@linkplain #textVariants() variants} it has.
 *
 * <pre>{@code
 * Draft tip = Draft.of("tip-7", Platform.LINKEDIN, content)
 *     .withEvergreen(Evergreen.of(Duration.ofDays(14), 3)
 *         .withExpiry(Instant.parse("2026-12-31T00:00:00Z"))
 *         .withTextVariants("Filter coffee, three ways", "Still brewing by hand? Three tips"));
 * }</pre>
 *
 * <p>Publication n of a draft (0 for the draft itself, 1 for its first recycling, and so on) uses
 * text {@code n mod (1 + variants)} of the list made of the draft's own text followed by the
 * variants, so each recycling uses the next text and the rotation wraps around. A recycled post has
 * the id {@link #recycleId(String, int) id~n}. This is the evergreen recycling of queue tools:
 * SocialBee re-queues a post "a specific number of times" (<a
 * href="https://help.socialbee.com/article/73-evergreen-vs-share-once">Evergreen vs Share Once</a>),
 * SmarterQueue lets an evergreen post "expire after a certain number of cycles and/or a specific
 * date" (<a
 * href="https://help.smarterqueue.com/article/190-how-does-evergreen-post-recycling-work">How does
 * evergreen post recycling work</a>), and MeetEdgar suggests adding new variations of a recycled
 * post (<a
 * href="https://help.meetedgar.com/en/articles/1402104-categories-best-practices-custom-categories-for-custom-posting">Categories
 * best practices</a>). See {@code docs/posts.md}.
 *
 * <p>Construction refuses a cooldown that is not positive, fewer than one recycling and a blank text
 * variant, naming the field and the value. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evergreen {

  /** What separates a draft's id from the number of its recycling in a recycled post's id. */
  private static final char SEPARATOR = '~';

  Evergreen() {}

  /**
   * Returns the least time between two publications of the draft.
   *
   * @return the cooldown, positive
   */
  public abstract Duration cooldown();

  /**
   * Returns how many times the draft may go out again after its first publication, over its whole
   * life: recyclings already in the calendar count.
   *
   * @return the most recyclings, at least 1
   */
  public abstract int maxRecycles();

  /**
   * Returns the instant from which no post of the draft may go out: neither the draft itself nor a
   * recycling.
   *
   * @return the expiry (exclusive); empty when the draft never expires
   */
  public abstract Optional<Instant> expiry();

  /**
   * Returns the other texts the draft's recyclings rotate through, after its own.
   *
   * @return the variants, none blank; empty when every recycling repeats the draft's text
   */
  public abstract List<String> textVariants();

  /**
   * Obtains a recycling rule without expiry or text variants.
   *
   * @param cooldown the least time between two publications, positive
   * @param maxRecycles the most recyclings, at least 1
   * @return the rule
   * @throws NullPointerException if the cooldown is null
   * @throws IllegalArgumentException if the cooldown is not positive or {@code maxRecycles < 1}
   */
  public static Evergreen of(Duration cooldown, int maxRecycles) {
    Checks.notNull(cooldown, "cooldown");
    return ImmutableEvergreen.builder().cooldown(cooldown).maxRecycles(maxRecycles).build();
  }

  /**
   * Returns a copy that expires at an instant.
   *
   * @param expiry the instant from which no post of the draft may go out
   * @return the new rule
   */
  public abstract Evergreen withExpiry(Instant expiry);

  /**
   * Returns a copy with other text variants.
   *
   * @param variants the texts to rotate through after the draft's own, none blank
   * @return the new rule
   * @throws IllegalArgumentException if a variant is blank
   */
  public abstract Evergreen withTextVariants(String... variants);

  /**
   * Returns a copy with other text variants.
   *
   * @param variants the texts to rotate through after the draft's own, none blank
   * @return the new rule
   * @throws IllegalArgumentException if a variant is blank
   */
  public abstract Evergreen withTextVariants(Iterable<String> variants);

  /**
   * Tells whether a post of the draft may go out at an instant: before the expiry, if any.
   *
   * @param time the instant
   * @return true if there is no expiry or the instant is before it
   */
  public boolean allows(Instant time) {
    Checks.notNull(time, "time");
    return expiry().map(time::isBefore).orElse(true);
  }

  /**
   * Returns the text of a publication: the draft's own text followed by the variants, in turn.
   *
   * @param ownText the draft's own text
   * @param publication 0 for the draft itself, n for its n-th recycling
   * @return text {@code publication mod (1 + variants)}
   * @throws IllegalArgumentException if {@code publication} is negative
   */
  public String textOf(String ownText, int publication) {
    Checks.notNull(ownText, "ownText");
    Checks.nonNegative(publication, "publication");
    int turn = publication % (1 + textVariants().size());
    return turn == 0 ? ownText : textVariants().get(turn - 1);
  }

  /**
   * Returns the id of a draft's n-th recycled post: the draft's id, {@code ~} and n ({@code
   * tip-7~2}).
   *
   * @param draftId the draft's id, not blank
   * @param recycling the number of the recycling, at least 1
   * @return the id
   * @throws IllegalArgumentException if the id is blank or {@code recycling < 1}
   */
  public static String recycleId(String draftId, int recycling) {
    Checks.nonBlank(draftId, "draftId");
    if (recycling < 1) {
      throw new IllegalArgumentException("recycling must be at least 1: " + recycling);
    }
    return draftId + SEPARATOR + recycling;
  }

  /**
   * Reads the number of the recycling from a post id made by {@link #recycleId(String, int)} for a
   * draft.
   *
   * @param draftId the draft's id
   * @param postId a post's id
   * @return the number, at least 1; empty when the post is not a recycling of that draft
   */
  public static Optional<Integer> recyclingOf(String draftId, String postId) {
    Checks.notNull(draftId, "draftId");
    Checks.notNull(postId, "postId");
    int length = draftId.length();
    if (postId.length() < length + 2
        || !postId.startsWith(draftId)
        || postId.charAt(length) != SEPARATOR
        || postId.charAt(length + 1) == '0') {
      return Optional.empty();
    }
    long n = 0;
    for (int i = length + 1; i < postId.length(); i++) {
      char c = postId.charAt(i);
      if (c < '0' || c > '9' || n > Integer.MAX_VALUE / 10) {
        return Optional.empty();
      }
      n = n * 10 + (c - '0');
    }
    return n > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) n);
  }

  /**
   * Returns the draft's id part of a recycled post's id: what comes before its last {@code ~},
   * when a positive number follows it.
   *
   * @param postId a post's id
   * @return the id of the draft it would be a recycling of; empty when it has no such form
   */
  static Optional<String> draftIdOf(String postId) {
    int at = postId.lastIndexOf(SEPARATOR);
    if (at <= 0) {
      return Optional.empty();
    }
    String draftId = postId.substring(0, at);
    return recyclingOf(draftId, postId).isPresent() && !Checks.isBlank(draftId)
        ? Optional.of(draftId)
        : Optional.empty();
  }

  @Value.Check
  void check() {
    if (cooldown().isNegative() || cooldown().isZero()) {
      throw new IllegalArgumentException("cooldown must be positive: " + cooldown());
    }
    if (maxRecycles() < 1) {
      throw new IllegalArgumentException("maxRecycles must be at least 1: " + maxRecycles());
    }
    for (int i = 0; i < textVariants().size(); i++) {
      if (Checks.isBlank(textVariants().get(i))) {
        throw new IllegalArgumentException(
            "textVariants[" + i + "] must not be blank: \"" + textVariants().get(i) + "\"");
      }
    }
  }
}
