package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The limits of one post format on one platform: text length and how it is counted (body, title,
 * alt text, first comment), hashtags, mentions, links, media count and mixing, video duration,
 * aspect ratios, first comments and threads.
 *
 * <p>Every limit is optional: an absent value means the source states no limit or none is known,
 * and the checks here then accept anything. Facts that are not limits (Instagram's hashtag cap was
 * 30 before 19 December 2025; YouTube shows the first 3 hashtags above the title) are kept in
 * {@link #notes()}.
 *
 * <p>Obtain one with {@link #builder()}, or {@link #unknown()} for a format whose limits are not
 * known. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FormatLimits {

  private static final FormatLimits UNKNOWN = builder().build();

  FormatLimits() {}

  /**
   * Returns the limits that apply to the text parts of a post. Several limits on the same part must
   * all hold (Bluesky: 300 grapheme clusters and 3,000 UTF-8 bytes).
   *
   * @return the text limits, possibly empty
   */
  public abstract List<TextLimit> textLimits();

  /**
   * Returns the most hashtags a post may carry.
   *
   * @return the cap, or empty when there is none or it is not known
   */
  public abstract OptionalInt maxHashtags();

  /**
   * Returns the most mentions a post may carry.
   *
   * @return the cap, or empty when there is none or it is not known
   */
  public abstract OptionalInt maxMentions();

  /**
   * Returns the most distinct links a post may carry, counted the platform's way (Threads: every
   * distinct URL of the text, plus a link attachment that differs from them all).
   *
   * @return the cap, or empty when there is none or no source states one
   */
  public abstract OptionalInt maxLinks();

  /**
   * Tells whether a post of this format may carry a first comment, published under it right after
   * it (scheduling tools offer it on Instagram, Facebook and LinkedIn; Instagram stories take no
   * comments).
   *
   * @return true or false when a source says, empty when none does
   */
  public abstract Optional<Boolean> firstCommentAllowed();

  /**
   * Tells whether a post of this format may be published as a thread: a chain of the author's own
   * replies, each part a post of its own (X, Threads, Bluesky and Mastodon take replies through
   * their APIs).
   *
   * @return true when a source says the platform publishes threads; false by default, when none
   *     does
   */
  @Value.Default
  public boolean threadsAllowed() {
    return false;
  }

  /**
   * Returns the most parts a thread may have, the first post included.
   *
   * @return the cap, or empty when there is none or no source states one
   */
  public abstract OptionalInt maxThreadParts();

  /**
   * Returns the fewest media items (images, videos, documents) a post needs: 2 for a LinkedIn
   * carousel, 1 for an image post, 0 when text alone is fine.
   *
   * @return the minimum, zero or more; 0 by default
   */
  @Value.Default
  public int minMediaItems() {
    return 0;
  }

  /**
   * Returns the most media items a post may carry.
   *
   * @return the cap, or empty when not known
   */
  public abstract OptionalInt maxMediaItems();

  /**
   * Tells whether images and videos may be mixed in one post.
   *
   * @return true or false when the source says, empty when it does not
   */
  public abstract Optional<Boolean> mixedMediaAllowed();

  /**
   * Returns the largest size of one media item in bytes (Bluesky: 1,000,000 bytes per image).
   *
   * @return the cap, or empty when not known
   */
  public abstract OptionalLong maxMediaBytes();

  /**
   * Returns the most pages of a document post (LinkedIn: 300).
   *
   * @return the cap, or empty when not known or not a document format
   */
  public abstract OptionalInt maxDocumentPages();

  /**
   * Returns the shortest video accepted.
   *
   * @return the minimum duration, or empty when not known
   */
  public abstract Optional<Duration> minVideoDuration();

  /**
   * Returns the longest video accepted.
   *
   * @return the maximum duration, or empty when not known
   */
  public abstract Optional<Duration> maxVideoDuration();

  /**
   * Returns the recommended or named aspect ratios, the first being the preferred one.
   *
   * @return the aspect ratios, possibly empty
   */
  public abstract List<AspectRatio> aspectRatios();

  /**
   * Returns the range of accepted aspect ratios when the source gives one (X: 1:2.39 to 2.39:1).
   *
   * @return the accepted range, or empty
   */
  public abstract Optional<AspectRatioRange> acceptedAspectRatios();

  /**
   * Returns facts about this format that are not limits, and disagreements between sources.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

  /**
   * Returns limits for a format about which nothing is known: every check accepts.
   *
   * @return the empty limits
   */
  public static FormatLimits unknown() {
    return UNKNOWN;
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
   * Returns the text limits on one part of a post.
   *
   * @param field the text part
   * @return its limits, possibly empty
   */
  public List<TextLimit> textLimits(TextField field) {
    Checks.notNull(field, "field");
    return textLimits().stream()
        .filter(l -> l.field() == field)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the first limit on the body, the one usually quoted (X: 280 weighted characters).
   *
   * @return the body limit, or empty when the body has none
   */
  public Optional<TextLimit> bodyLimit() {
    return textLimits().stream().filter(l -> l.field() == TextField.BODY).findFirst();
  }

  /**
   * Measures a text against every limit on one part of a post.
   *
   * @param field the text part
   * @param text the text
   * @return one result per limit on that part, in order; empty when the part has no limit
   */
  public List<TextFit> checkText(TextField field, String text) {
    Checks.notNull(text, "text");
    return textLimits(field).stream()
        .map(l -> l.check(text))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether a text fits every limit on one part of a post.
   *
   * @param field the text part
   * @param text the text
   * @return true if every limit on that part holds, or there is none
   */
  public boolean textFits(TextField field, String text) {
    return checkText(field, text).stream().allMatch(TextFit::fits);
  }

  /**
   * Tells whether a post may carry this many hashtags.
   *
   * @param hashtags the number of hashtags, zero or more
   * @return true if there is no cap or the number is within it
   * @throws IllegalArgumentException if the number is negative
   */
  public boolean acceptsHashtags(int hashtags) {
    Checks.nonNegative(hashtags, "hashtags");
    return maxHashtags().isEmpty() || hashtags <= maxHashtags().getAsInt();
  }

  /**
   * Tells whether a post may carry this many media items.
   *
   * @param items the number of media items, zero or more
   * @return true if the number is at least {@link #minMediaItems()} and within any cap
   * @throws IllegalArgumentException if the number is negative
   */
  public boolean acceptsMediaItems(int items) {
    Checks.nonNegative(items, "items");
    return items >= minMediaItems()
        && (maxMediaItems().isEmpty() || items <= maxMediaItems().getAsInt());
  }

  /**
   * Tells whether a video of this length is accepted.
   *
   * @param duration the video's length, not negative
   * @return true if it is within the known minimum and maximum
   * @throws IllegalArgumentException if the duration is negative
   */
  public boolean acceptsVideoDuration(Duration duration) {
    Checks.notNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    return minVideoDuration().map(min -> duration.compareTo(min) >= 0).orElse(true)
        && maxVideoDuration().map(max -> duration.compareTo(max) <= 0).orElse(true);
  }

  /**
   * Tells whether an image or video of this shape is accepted: within {@link
   * #acceptedAspectRatios()} when there is a range, otherwise equivalent to one of {@link
   * #aspectRatios()} when there are any, otherwise accepted.
   *
   * @param ratio the shape
   * @return true if accepted
   */
  public boolean acceptsAspectRatio(AspectRatio ratio) {
    Checks.notNull(ratio, "ratio");
    if (acceptedAspectRatios().isPresent()) {
      return acceptedAspectRatios().get().contains(ratio);
    }
    return aspectRatios().isEmpty() || aspectRatios().stream().anyMatch(ratio::isEquivalentTo);
  }

  @Value.Check
  void check() {
    maxHashtags().ifPresent(n -> Checks.nonNegative(n, "maxHashtags"));
    maxMentions().ifPresent(n -> Checks.nonNegative(n, "maxMentions"));
    maxLinks().ifPresent(n -> Checks.nonNegative(n, "maxLinks"));
    maxThreadParts().ifPresent(n -> positive(n, "maxThreadParts"));
    Checks.nonNegative(minMediaItems(), "minMediaItems");
    maxMediaItems()
        .ifPresent(
            max -> {
              if (max < minMediaItems()) {
                throw new IllegalArgumentException(
                    "maxMediaItems must not be less than minMediaItems (" + minMediaItems() + "): "
                        + max);
              }
            });
    maxMediaBytes().ifPresent(n -> positive(n, "maxMediaBytes"));
    maxDocumentPages().ifPresent(n -> positive(n, "maxDocumentPages"));
    minVideoDuration().ifPresent(d -> nonNegative(d, "minVideoDuration"));
    maxVideoDuration().ifPresent(d -> nonNegative(d, "maxVideoDuration"));
    if (minVideoDuration().isPresent()
        && maxVideoDuration().isPresent()
        && maxVideoDuration().get().compareTo(minVideoDuration().get()) < 0) {
      throw new IllegalArgumentException(
          "maxVideoDuration must not be shorter than minVideoDuration ("
              + minVideoDuration().get()
              + "): "
              + maxVideoDuration().get());
    }
    for (int i = 0; i < notes().size(); i++) {
      Checks.nonBlank(notes().get(i), "notes[" + i + "]");
    }
  }

  private static void positive(long n, String field) {
    if (n <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + n);
    }
  }

  private static void nonNegative(Duration d, String field) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + d);
    }
  }

  /** Builds {@link FormatLimits}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableFormatLimits.Builder {
    Builder() {}
  }
}
