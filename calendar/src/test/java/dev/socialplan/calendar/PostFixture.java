package dev.socialplan.calendar;

import dev.socialplan.content.ContentSource;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A test fixture that builds a {@link ScheduledPost} with its content in one chain, so a test names
 * only the parts it is about. Not thread-safe; each call of {@link #build()} builds a new post.
 */
public final class PostFixture {
  private final ScheduledPost.Builder post = ScheduledPost.builder();
  private final PostContent.Builder content = PostContent.builder();

  private PostFixture(String id, Platform platform, Instant time) {
    post.id(id).platform(platform).time(time);
  }

  /** A post with an id, a platform and a time; format and purpose still to be set. */
  public static PostFixture of(String id, Platform platform, Instant time) {
    return new PostFixture(id, platform, time);
  }

  public PostFixture format(PostFormat format) {
    content.format(format);
    return this;
  }

  public PostFixture purpose(PostPurpose purpose) {
    content.purpose(purpose);
    return this;
  }

  public PostFixture pillar(String pillar) {
    content.pillar(pillar);
    return this;
  }

  public PostFixture campaign(String campaign) {
    content.campaign(campaign);
    return this;
  }

  public PostFixture text(String text) {
    content.text(text);
    return this;
  }

  public PostFixture addHashtags(String... hashtags) {
    content.addHashtags(hashtags);
    return this;
  }

  public PostFixture addMentions(String... mentions) {
    content.addMentions(mentions);
    return this;
  }

  public PostFixture addMedia(MediaKind... media) {
    content.addMedia(media);
    return this;
  }

  public PostFixture media(List<MediaKind> media) {
    content.media(List.of()).addMedia(media.toArray(new MediaKind[0]));
    return this;
  }

  public PostFixture duration(Duration duration) {
    content.duration(duration);
    return this;
  }

  public PostFixture source(PostSource source) {
    content.source(source);
    return this;
  }

  public PostFixture contentSource(ContentSource source) {
    content.contentSource(source);
    return this;
  }

  public PostFixture purposeDriven(boolean purposeDriven) {
    content.purposeDriven(purposeDriven);
    return this;
  }

  public PostFixture announces(String id) {
    content.announces(id);
    return this;
  }

  public PostFixture account(String account) {
    post.account(account);
    return this;
  }

  public PostFixture status(PostStatus status) {
    post.status(status);
    return this;
  }

  public PostFixture priority(int priority) {
    post.priority(priority);
    return this;
  }

  public PostFixture time(Instant time) {
    post.time(time);
    return this;
  }

  /** Builds the post with the content set so far. */
  public ScheduledPost build() {
    return post.content(content.build()).build();
  }
}
