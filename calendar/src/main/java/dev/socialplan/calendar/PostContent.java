package dev.socialplan.calendar;

import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a post says and why: its format, purpose, pillar and campaign, text, hashtags, mentions,
 * media (with alt text), first comment, thread parts, running time and where the content comes
 * from. A {@link ScheduledPost}, a {@linkplain
 * dev.socialplan.calendar.scheduler.Draft draft} waiting for a time and an {@linkplain
 * OccurrenceOverride occurrence override} of a recurring post all hold one {@code PostContent}, so
 * the same content can be planned on several platforms and a new part of a post is added in one
 * place.
 *
 * <pre>{@code
 * PostContent content = PostContent.builder()
 *     .format(PostFormat.IMAGE)
 *     .purpose(PostPurpose.EDUCATE)
 *     .text("Three ways to brew a better filter coffee")
 *     .addHashtags("coffee")
 *     .addMedia(MediaItem.of(MediaKind.IMAGE, "A filter coffee dripping into a glass carafe"))
 *     .build();
 * ScheduledPost post = ScheduledPost.of("tip-1", Platform.INSTAGRAM, time, content);
 * }</pre>
 *
 * <p>Links are {@link Link}s: those written in the text ({@link #textLinks()}) and a {@linkplain
 * #linkAttachment() link attachment}; {@link UtmTemplate#tagAll(PostContent,
 * dev.socialplan.platform.Platform, String)} tags them for a campaign.
 *
 * <p>The content does not know its platform: whether the text fits, whether the format is supported
 * and whether user-generated content has permission are findings of the calendar rules (see {@code
 * docs/rules.md}). Construction refuses only structural impossibilities: a blank pillar, campaign,
 * announced id, first comment or thread part, a hashtag or mention that is blank, contains white
 * space or starts with {@code #} or {@code @}, and a running time that is not positive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostContent {

  PostContent() {}

  /**
   * Returns the post's format.
   *
   * @return the format
   */
  public abstract PostFormat format();

  /**
   * Returns why the post is published.
   *
   * @return the purpose
   */
  public abstract PostPurpose purpose();

  /**
   * Returns the name of the content pillar the post belongs to.
   *
   * @return the pillar name, not blank; empty when the post belongs to no pillar
   */
  public abstract Optional<String> pillar();

  /**
   * Returns the name of the campaign the post belongs to.
   *
   * @return the campaign name, not blank; empty outside campaigns
   */
  public abstract Optional<String> campaign();

  /**
   * Returns the post's text (caption, body).
   *
   * @return the text, empty by default
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * Returns the hashtags, without the leading {@code #}.
   *
   * @return the hashtags, in order
   */
  public abstract List<String> hashtags();

  /**
   * Returns the accounts mentioned, without the leading {@code @}.
   *
   * @return the mentions, in order
   */
  public abstract List<String> mentions();

  /**
   * Returns the media attachments, one entry per attachment, each with its kind and alt text.
   *
   * @return the attachments, in order
   */
  public abstract List<MediaItem> media();

  /**
   * Returns the kinds of the media attachments.
   *
   * @return the kind of each item of {@link #media()}, in order
   */
  public List<MediaKind> mediaKinds() {
    List<MediaKind> kinds = new ArrayList<>(media().size());
    for (MediaItem item : media()) {
      kinds.add(item.kind());
    }
    return List.copyOf(kinds);
  }

  /**
   * Returns the first comment, which a scheduling tool publishes under the post right after it
   * (Instagram, Facebook and LinkedIn take one; see {@code docs/posts.md}): often the hashtags
   * ({@link #withHashtagsInFirstComment()}) or a link.
   *
   * @return the comment, not blank; empty when the post has none
   */
  public abstract Optional<String> firstComment();

  /**
   * Returns the parts that follow the post's own text when the post is a thread (on X, Threads,
   * Bluesky and Mastodon: each part is published as a reply to the one before). The post stays one
   * post for the scheduler and the calendar rules: one slot, one count towards a cadence.
   *
   * @return the second and later parts, each not blank, in order; empty for a single post
   */
  public abstract List<String> threadParts();

  /**
   * Returns every part of the post as published: its text, then its {@link #threadParts()}.
   *
   * @return the parts, at least one (the text, possibly empty)
   */
  public List<String> parts() {
    if (threadParts().isEmpty()) {
      return List.of(text());
    }
    List<String> parts = new ArrayList<>(threadParts().size() + 1);
    parts.add(text());
    parts.addAll(threadParts());
    return List.copyOf(parts);
  }

  /**
   * Tells whether the post is a thread: it has at least one part after its text.
   *
   * @return true for a thread
   */
  public boolean isThread() {
    return !threadParts().isEmpty();
  }

  /**
   * Returns the running time of a live stream or video.
   *
   * @return the duration, positive; empty when the post has none
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns where the content comes from.
   *
   * @return the source, {@link PostSource#original()} by default
   */
  @Value.Default
  public PostSource source() {
    return PostSource.original();
  }

  /**
   * Returns where the content comes from for the content mix (the dimension of the rule of thirds
   * and 5-3-2; see {@link ContentSource}). Defaults to {@link ContentSource#CURATED} for
   * user-generated content and {@link ContentSource#ORIGINAL} otherwise; set {@link
   * ContentSource#PERSONAL} for behind-the-scenes posts.
   *
   * @return the content source
   */
  @Value.Default
  public ContentSource contentSource() {
    return source().isUserGenerated() ? ContentSource.CURATED : ContentSource.ORIGINAL;
  }

  /**
   * Tells whether the post belongs to a purpose-driven campaign (a social or environmental cause),
   * which the calendar rules require to be approved before publishing.
   *
   * @return true for a purpose-driven post, false by default
   */
  @Value.Default
  public boolean purposeDriven() {
    return false;
  }

  /**
   * Returns the id of a later post this one announces, typically a live stream.
   *
   * @return the announced post's id, not blank; empty when the post announces nothing
   */
  public abstract Optional<String> announces();

  /**
   * Returns the link attached to the post, which platforms that support it show as a preview card.
   *
   * @return the link attachment; empty when the post has none
   */
  public abstract Optional<Link> linkAttachment();

  /**
   * Tells whether the post is paid (boosted or run as an ad), which {@link UtmTemplate} tags as
   * {@code paid_social}.
   *
   * @return true for a paid post, false by default
   */
  @Value.Default
  public boolean paid() {
    return false;
  }

  /**
   * Returns the links written in the text, in order: every run that starts with {@code http://} or
   * {@code https://} up to the next white space, less punctuation that ends a sentence, and that
   * parses as a {@link Link}. A run that only looks like a link (a {@code javascript:} payload, a
   * host hidden behind user information) is not a link and is left out.
   *
   * @return the links of the text, possibly empty
   */
  public List<Link> textLinks() {
    if (text().indexOf("://") < 0) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    for (Link.Span span : Link.findAll(text())) {
      links.add(span.link());
    }
    return List.copyOf(links);
  }

  /**
   * Returns every link of the post: the links of its text, then its link attachment unless the text
   * already has it.
   *
   * @return the links, possibly empty
   */
  public List<Link> links() {
    List<Link> text = textLinks();
    if (linkAttachment().isEmpty() || text.contains(linkAttachment().get())) {
      return text;
    }
    List<Link> all = new ArrayList<>(text);
    all.add(linkAttachment().get());
    return List.copyOf(all);
  }

  /**
   * Returns what the post is for a content mix: its purpose and content source.
   *
   * @return the content kind
   */
  public ContentKind kind() {
    return ContentKind.of(purpose(), contentSource());
  }

  /**
   * Returns the number of media attachments.
   *
   * @return the size of {@link #media()}
   */
  public int mediaCount() {
    return media().size();
  }

  /**
   * Obtains a content with only a format, a purpose and a text; everything else takes its default.
   *
   * @param format the format
   * @param purpose why the post is published
   * @param text the text, possibly empty
   * @return the content
   */
  public static PostContent of(PostFormat format, PostPurpose purpose, String text) {
    return builder().format(format).purpose(purpose).text(text).build();
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
   * Returns a copy with another text.
   *
   * @param text the new text
   * @return the new content
   */
  public abstract PostContent withText(String text);

  /**
   * Returns a copy with other hashtags.
   *
   * @param hashtags the new hashtags, without {@code #}
   * @return the new content
   */
  public abstract PostContent withHashtags(Iterable<String> hashtags);

  /**
   * Returns a copy with other media attachments.
   *
   * @param media the new attachments, in order
   * @return the new content
   */
  public abstract PostContent withMedia(Iterable<? extends MediaItem> media);

  /**
   * Returns a copy in which one media item has alt text.
   *
   * @param index the item's index in {@link #media()}
   * @param altText the description read by screen readers, not blank
   * @return the new content
   * @throws NullPointerException if the alt text is null
   * @throws IndexOutOfBoundsException if there is no item at that index
   * @throws IllegalArgumentException if the alt text is blank
   */
  public PostContent withAltText(int index, String altText) {
    Checks.notNull(altText, "altText");
    List<MediaItem> items = new ArrayList<>(media());
    if (index < 0 || index >= items.size()) {
      throw new IndexOutOfBoundsException(
          "media[" + index + "] does not exist: the post has " + items.size() + " media items");
    }
    items.set(index, items.get(index).withAltText(altText));
    return withMedia(items);
  }

  /**
   * Returns a copy in another format.
   *
   * @param format the new format
   * @return the new content
   */
  public abstract PostContent withFormat(PostFormat format);

  /**
   * Returns a copy with another purpose.
   *
   * @param purpose the new purpose
   * @return the new content
   */
  public abstract PostContent withPurpose(PostPurpose purpose);

  /**
   * Returns a copy in a campaign.
   *
   * @param campaign the campaign name, not blank
   * @return the new content
   */
  public abstract PostContent withCampaign(String campaign);

  /**
   * Returns a copy in a content pillar.
   *
   * @param pillar the pillar name, not blank
   * @return the new content
   */
  public abstract PostContent withPillar(String pillar);

  /**
   * Returns a copy with a link attachment.
   *
   * @param link the link
   * @return the new content
   */
  public abstract PostContent withLinkAttachment(Link link);

  /**
   * Returns a copy that is paid or organic.
   *
   * @param paid true for a paid post
   * @return the new content
   */
  public abstract PostContent withPaid(boolean paid);

  /**
   * Returns a copy with a first comment.
   *
   * @param comment the comment, not blank
   * @return the new content
   */
  public abstract PostContent withFirstComment(String comment);

  /**
   * Returns a copy that is a thread: its text, then these parts.
   *
   * @param parts the second and later parts, each not blank, in order; empty for a single post
   * @return the new content
   */
  public abstract PostContent withThreadParts(Iterable<String> parts);

  /**
   * Returns a copy whose listed hashtags move to the end of the first comment, each as {@code
   * #tag}, separated by spaces (after a blank line when the comment already has text); the list of
   * hashtags is then empty. Hashtags written in the text itself stay where they are.
   *
   * @return the new content, or this content when it lists no hashtags
   */
  public PostContent withHashtagsInFirstComment() {
    if (hashtags().isEmpty()) {
      return this;
    }
    StringBuilder tags = new StringBuilder();
    for (String tag : hashtags()) {
      tags.append(tags.length() == 0 ? "#" : " #").append(tag);
    }
    String comment = firstComment().map(c -> c + "\n\n" + tags).orElse(tags.toString());
    return withFirstComment(comment).withHashtags(List.of());
  }

  @Value.Check
  void check() {
    pillar().ifPresent(p -> Checks.nonBlank(p, "pillar"));
    campaign().ifPresent(c -> Checks.nonBlank(c, "campaign"));
    announces().ifPresent(a -> Checks.nonBlank(a, "announces"));
    firstComment().ifPresent(c -> Checks.nonBlank(c, "firstComment"));
    for (int i = 0; i < threadParts().size(); i++) {
      Checks.nonBlank(threadParts().get(i), "threadParts[" + i + "]");
    }
    checkHandles(hashtags(), "hashtags", '#');
    checkHandles(mentions(), "mentions", '@');
    if (duration().isPresent() && (duration().get().isNegative() || duration().get().isZero())) {
      throw new IllegalArgumentException("duration must be positive: " + duration().get());
    }
  }

  private static void checkHandles(List<String> values, String field, char sigil) {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      String name = field + "[" + i + "]";
      Checks.nonBlank(value, name);
      if (value.charAt(0) == sigil || value.codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            name + " must not start with '" + sigil + "' or contain white space: \"" + value + "\"");
      }
    }
  }

  /** Builds a {@link PostContent}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePostContent.Builder {
    Builder() {}

    /**
     * Adds media items of the given kinds, without alt text.
     *
     * @param kinds the kinds, in order
     * @return this builder
     * @throws NullPointerException if the array or an element is null
     */
    public Builder addMedia(MediaKind... kinds) {
      Checks.notNull(kinds, "kinds");
      for (MediaKind kind : kinds) {
        addMedia(MediaItem.of(kind));
      }
      return this;
    }
  }
}
