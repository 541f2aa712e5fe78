package dev.socialplan.calendar;

import dev.socialplan.internal.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One media attachment of a post: its {@linkplain MediaKind kind} and, for screen readers, its alt
 * text (the description platforms read aloud in place of the image or video).
 *
 * <p>Alt text is optional here; a post whose image, GIF or video has none is a finding of the
 * calendar rules ({@code CALENDAR_ALT_TEXT_MISSING}), and alt text longer than the platform allows
 * is another ({@code CALENDAR_ALT_TEXT_TOO_LONG}; see {@code docs/posts.md} for the limits and their
 * sources). Alt text, when present, is never blank and is kept exactly as given.
 *
 * <pre>{@code
 * MediaItem photo = MediaItem.of(MediaKind.IMAGE, "Three cups of filter coffee on a wooden bar");
 * MediaItem clip = MediaItem.of(MediaKind.VIDEO);   // no alt text yet
 * }</pre>
 *
 * <p>Two items are equal when they have the same kind and the same alt text. This class is
 * immutable and thread-safe.
 */
public final class MediaItem {
  // One shared item per kind for items without alt text: a year of drafts for an agency holds
  // millions of them, and an object each was an eighth of the requests' heap (docs/performance.md).
  private static final MediaItem[] WITHOUT_ALT_TEXT = sharedItems(MediaKind.values());

  private final MediaKind kind;
  private final @Nullable String altText;

  private MediaItem(MediaKind kind, @Nullable String altText) {
    this.kind = kind;
    this.altText = altText;
  }

  private static MediaItem[] sharedItems(MediaKind[] kinds) {
    MediaItem[] items = new MediaItem[kinds.length];
    for (MediaKind kind : kinds) {
      items[kind.ordinal()] = new MediaItem(kind, null);
    }
    return items;
  }

  /**
   * Obtains an item without alt text. Items without alt text are shared, one per kind, so a
   * calendar of thousands of posts does not hold an item each; compare items with {@link
   * #equals(Object)}, as any value.
   *
   * @param kind the kind of attachment
   * @return the item
   * @throws NullPointerException if the kind is null
   */
  public static MediaItem of(MediaKind kind) {
    Checks.notNull(kind, "kind");
    return WITHOUT_ALT_TEXT[kind.ordinal()];
  }

  /**
   * Obtains an item with alt text.
   *
   * @param kind the kind of attachment
   * @param altText the description read by screen readers, not blank
   * @return the item
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the alt text is blank
   */
  public static MediaItem of(MediaKind kind, String altText) {
    Checks.notNull(kind, "kind");
    Checks.nonBlank(altText, "altText");
    return new MediaItem(kind, altText);
  }

  /**
   * Returns the kind of attachment.
   *
   * @return the kind
   */
  public MediaKind kind() {
    return kind;
  }

  /**
   * Returns the alt text.
   *
   * @return the alt text, not blank; empty when the item has none
   */
  public Optional<String> altText() {
    return Optional.ofNullable(altText);
  }

  /**
   * Tells whether the item has alt text.
   *
   * @return true if it has
   */
  public boolean hasAltText() {
    return altText != null;
  }

  /**
   * Tells whether screen-reader users need alt text for this item: true for images, GIFs and
   * videos, false for audio and documents (which carry their own text or transcript).
   *
   * @return true for a visual item
   */
  public boolean isVisual() {
    return kind == MediaKind.IMAGE || kind == MediaKind.GIF || kind == MediaKind.VIDEO;
  }

  /**
   * Returns a copy with other alt text.
   *
   * @param altText the description read by screen readers, not blank
   * @return the new item
   * @throws NullPointerException if the alt text is null
   * @throws IllegalArgumentException if the alt text is blank
   */
  public MediaItem withAltText(String altText) {
    return of(kind, altText);
  }

  /**
   * Returns a copy without alt text.
   *
   * @return the item of this kind without alt text, this item if it has none
   */
  public MediaItem withoutAltText() {
    return altText == null ? this : of(kind);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MediaItem)) {
      return false;
    }
    MediaItem that = (MediaItem) other;
    return kind == that.kind && java.util.Objects.equals(altText, that.altText);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + (altText == null ? 0 : altText.hashCode());
  }

  /**
   * Returns a readable form: {@code IMAGE} or {@code IMAGE "alt text"}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return altText == null ? kind.name() : kind.name() + " \"" + altText + "\"";
  }
}
