package dev.socialplan.platform;

import static dev.socialplan.platform.TextCounting.CODE_POINTS;
import static dev.socialplan.platform.TextCounting.UTF16_CODE_UNITS;

import java.util.Map;

/**
 * The facts of the standard catalog about alt text, first comments and threads, added to every
 * format of the profiles they concern. <strong>Not API</strong>: reach them through {@link
 * PlatformCatalog#standard()}; {@code docs/posts.md} lists them with their sources.
 *
 * <p>Alt text: X 1,000 characters, Mastodon 1,500, Bluesky 2,000 (UTF-16 units, the app counts a
 * JavaScript string's length); Threads takes alt text but states no limit, so it has none here.
 * First comments: Instagram and Facebook (Meta's comment endpoints; limits 2,200 and 8,000
 * characters from a scheduling tool's documentation), LinkedIn (scheduling tools' documentation,
 * no stated limit); Instagram stories and live videos take none. Threads: X, Threads, Bluesky and
 * Mastodon publish a reply to one's own post through their APIs; no source states a part count.
 */
final class PostAnatomyFacts {
  private PostAnatomyFacts() {}

  static final Source X_ALT_TEXT =
      Source.primary(
          "X developer documentation, \"POST media/metadata/create\": alt_text up to 1,000"
              + " characters;"
              + " https://developer.x.com/en/docs/media/upload-media/api-reference/post-media-metadata-create"
              + " (checked 2026-12-07)");

  static final Source MASTODON_ALT_TEXT =
      Source.primary(
          "mastodon/mastodon, app/models/media_attachment.rb: MAX_DESCRIPTION_LENGTH = 1_500,"
              + " validated with Ruby's length (characters);"
              + " https://github.com/mastodon/mastodon/blob/main/app/models/media_attachment.rb"
              + " (checked 2026-12-07)");

  static final Source BLUESKY_ALT_TEXT =
      Source.primary(
          "bluesky-social/social-app, src/lib/constants.ts: MAX_ALT_TEXT = 2000 (a JavaScript"
              + " string length, UTF-16 units);"
              + " https://github.com/bluesky-social/social-app/blob/main/src/lib/constants.ts"
              + " (checked 2026-12-07)");

  static final Source INSTAGRAM_COMMENTS =
      Source.primary(
          "Meta, Instagram Platform, \"IG Media Comments\": POST /{ig-media-id}/comments creates a"
              + " comment on the account's media; comments on live video media are not supported;"
              + " https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-media/comments"
              + " (checked 2026-12-07)");

  static final Source BLOTATO_FIRST_COMMENT =
      Source.secondary(
          "Blotato help, \"First Comment\": Instagram first comments up to 2,200 characters,"
              + " Facebook up to 8,000; Facebook posts and reels, Instagram posts, carousels and"
              + " reels; stories do not support first comments;"
              + " https://help.blotato.com/features/first-comment (checked 2026-12-07)");

  static final Source LINKEDIN_FIRST_COMMENT =
      Source.secondary(
          "Scheduling tools' documentation: oriiion \"set_first_comment\" (supported on Facebook,"
              + " Instagram and LinkedIn),"
              + " https://glama.ai/mcp/connectors/ai.oriiion/oriiion/tools/set_first_comment;"
              + " PostProxy \"comments_create\" (Instagram, Facebook, Threads, YouTube, LinkedIn),"
              + " https://glama.ai/mcp/connectors/dev.postproxy/postproxy/tools/comments_create"
              + " (checked 2026-12-07); no stated comment length");

  static final Source X_THREADS =
      Source.primary(
          "X API v2, \"Create Post\" (POST /2/tweets): reply.in_reply_to_tweet_id makes a post a"
              + " reply, which chains a thread; https://docs.x.com/x-api/posts/create-post"
              + " (checked 2026-12-07)");

  static final Source THREADS_THREADS =
      Source.primary(
          "Meta, Threads API reference, \"Publishing\": reply_to_id on POST"
              + " /{threads-user-id}/threads;"
              + " https://developers.facebook.com/documentation/threads/reference/publishing"
              + " (checked 2026-12-07)");

  static final Source BLUESKY_THREADS =
      Source.primary(
          "atproto lexicon app.bsky.feed.post: reply (replyRef with root and parent);"
              + " https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json"
              + " (checked 2026-12-07)");

  static final Source MASTODON_THREADS =
      Source.primary(
          "Mastodon documentation, \"Post a new status\" (POST /api/v1/statuses): in_reply_to_id;"
              + " https://docs.joinmastodon.org/methods/statuses/#create (checked 2026-12-07)");

  /**
   * Returns the profile with this class's facts added to every format it supports, and their
   * sources; a profile of another platform unchanged.
   */
  static PlatformProfile apply(PlatformProfile profile) {
    Platform platform = profile.platform();
    PlatformProfile.Builder out = PlatformProfile.builder().from(profile);
    out.formats(Map.of());
    for (Map.Entry<PostFormat, FormatLimits> e : profile.formats().entrySet()) {
      out.putFormat(e.getKey(), apply(platform, e.getKey(), e.getValue()));
    }
    if (platform.equals(Platform.X)) {
      out.addSources(X_ALT_TEXT, X_THREADS);
    } else if (platform.equals(Platform.MASTODON)) {
      out.addSources(MASTODON_ALT_TEXT, MASTODON_THREADS);
    } else if (platform.equals(Platform.BLUESKY)) {
      out.addSources(BLUESKY_ALT_TEXT, BLUESKY_THREADS);
    } else if (platform.equals(Platform.THREADS)) {
      out.addSources(THREADS_THREADS);
    } else if (platform.equals(Platform.INSTAGRAM)) {
      out.addSources(INSTAGRAM_COMMENTS, BLOTATO_FIRST_COMMENT);
    } else if (platform.equals(Platform.FACEBOOK)) {
      out.addSources(BLOTATO_FIRST_COMMENT);
    } else if (platform.equals(Platform.LINKEDIN)) {
      out.addSources(LINKEDIN_FIRST_COMMENT);
    } else {
      return profile;
    }
    return out.build();
  }

  private static FormatLimits apply(Platform platform, PostFormat format, FormatLimits limits) {
    FormatLimits.Builder b = FormatLimits.builder().from(limits);
    if (platform.equals(Platform.X)) {
      b.addTextLimit(TextLimit.altText(1_000, UTF16_CODE_UNITS)).threadsAllowed(true);
    } else if (platform.equals(Platform.MASTODON)) {
      b.addTextLimit(TextLimit.altText(1_500, CODE_POINTS)).threadsAllowed(true);
    } else if (platform.equals(Platform.BLUESKY)) {
      b.addTextLimit(TextLimit.altText(2_000, UTF16_CODE_UNITS)).threadsAllowed(true);
    } else if (platform.equals(Platform.THREADS)) {
      b.threadsAllowed(true);
    } else if (platform.equals(Platform.INSTAGRAM)) {
      if (format == PostFormat.STORY || format == PostFormat.LIVE) {
        b.firstCommentAllowed(false);
      } else {
        b.firstCommentAllowed(true).addTextLimit(TextLimit.firstComment(2_200, UTF16_CODE_UNITS));
      }
    } else if (platform.equals(Platform.FACEBOOK)) {
      if (format != PostFormat.LIVE && format != PostFormat.STORY) {
        b.firstCommentAllowed(true).addTextLimit(TextLimit.firstComment(8_000, UTF16_CODE_UNITS));
      }
    } else if (platform.equals(Platform.LINKEDIN)) {
      b.firstCommentAllowed(true);
    }
    return b.build();
  }
}
