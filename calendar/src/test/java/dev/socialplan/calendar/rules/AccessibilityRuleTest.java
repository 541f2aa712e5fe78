package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.RuleSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccessibilityRuleTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");
  private static final PostContent PHOTO =
      PostContent.builder().format(PostFormat.IMAGE).purpose(PostPurpose.EDUCATE).text("Brew guide").build();

  private static ScheduledPost post(String id, Platform platform, int hour, PostContent content) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(MONDAY.plusSeconds(3600L * hour))
        .content(content)
        .status(PostStatus.SCHEDULED)
        .build();
  }

  private static List<Finding> check(ScheduledPost... posts) {
    PlannedCalendar subject =
        PlannedCalendar.builder().calendar(ContentCalendar.of(TAIPEI, List.of(posts))).build();
    return RuleSet.<PlannedCalendar>of(List.of(CalendarRules.ACCESSIBILITY))
        .validate(subject)
        .findings();
  }

  private static List<String> described(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                f.code().name()
                    + " "
                    + f.path()
                    + " "
                    + f.arguments().stream().map(FindingArgument::value).toList())
        .toList();
  }

  @Test
  void imagesGifsAndVideosWithoutAltTextAreWarnings() {
    PostContent content =
        PHOTO.withFormat(PostFormat.CAROUSEL)
            .withMedia(
                List.of(
                    MediaItem.of(MediaKind.IMAGE, "A pour-over kettle"),
                    MediaItem.of(MediaKind.GIF),
                    MediaItem.of(MediaKind.VIDEO),
                    MediaItem.of(MediaKind.AUDIO),
                    MediaItem.of(MediaKind.DOCUMENT)));
    assertThat(described(check(post("ig-1", Platform.INSTAGRAM, 0, content))))
        .containsExactly(
            "CALENDAR_ALT_TEXT_MISSING posts[0].media[1] [ig-1, 2, GIF]",
            "CALENDAR_ALT_TEXT_MISSING posts[0].media[2] [ig-1, 3, VIDEO]");
    Finding missing = check(post("ig-1", Platform.INSTAGRAM, 0, content)).get(0);
    assertThat(missing.severity()).isEqualTo(dev.socialplan.validation.Severity.WARNING);
    assertThat(missing.message(Locale.ENGLISH))
        .isEqualTo("Post ig-1 has no alt text on media item 2 (GIF).");
  }

  @Test
  void altTextIsMeasuredAgainstEachPlatformsLimit() {
    // X: 1,000 characters (UTF-16 units); Bluesky: 2,000 UTF-16 units; Mastodon: 1,500 characters.
    String x1000 = "a".repeat(1_000);
    String x1001 = "a".repeat(1_001);
    // 1,000 emoji are 2,000 UTF-16 units: within Bluesky's 2,000, over X's 1,000.
    String emoji = "\uD83D\uDE00".repeat(1_000);
    String mastodon1501 = "\uD83D\uDE00".repeat(1_501);
    String mastodon1500 = "\uD83D\uDE00".repeat(1_500);
    List<Finding> findings =
        check(
            post("x-1", Platform.X, 0, PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, x1000)))),
            post("x-2", Platform.X, 1, PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, x1001)))),
            post("x-3", Platform.X, 2, PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, emoji)))),
            post("bsky-1", Platform.BLUESKY, 3, PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, emoji)))),
            post(
                "bsky-2",
                Platform.BLUESKY,
                4,
                PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, emoji + "a")))),
            post(
                "masto-1",
                Platform.MASTODON,
                5,
                PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, mastodon1500)))),
            post(
                "masto-2",
                Platform.MASTODON,
                6,
                PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, mastodon1501)))),
            // Threads states no limit: even 5,000 characters pass.
            post(
                "threads-1",
                Platform.THREADS,
                7,
                PHOTO.withMedia(List.of(MediaItem.of(MediaKind.IMAGE, "a".repeat(5_000))))));
    assertThat(described(findings))
        .containsExactly(
            "CALENDAR_ALT_TEXT_TOO_LONG posts[1].media[0].altText [x-2, 1, X, 1001, 1000, UTF16_CODE_UNITS]",
            "CALENDAR_ALT_TEXT_TOO_LONG posts[2].media[0].altText [x-3, 1, X, 2000, 1000, UTF16_CODE_UNITS]",
            "CALENDAR_ALT_TEXT_TOO_LONG posts[4].media[0].altText [bsky-2, 1, Bluesky, 2001, 2000, UTF16_CODE_UNITS]",
            "CALENDAR_ALT_TEXT_TOO_LONG posts[6].media[0].altText [masto-2, 1, Mastodon, 1501, 1500, CODE_POINTS]");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(dev.socialplan.validation.Severity.ERROR));
  }

  @Test
  void onlyProvablyMultiWordHashtagsOutOfCamelCaseAreFlagged() {
    PostContent tags =
        PHOTO.withText("Weekend #summer_sale and #Top10Tips, #photography, #新品_上市 #SUMMER_SALE")
            .withHashtags(List.of("top10tips", "summersale", "Summer_Sale", "covid19", "Summer_sale"));
    assertThat(described(check(post("fb-1", Platform.FACEBOOK, 0, tags.withMedia(List.of())))))
        .containsExactlyInAnyOrder(
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[0].hashtags [fb-1, #top10tips, #Top10Tips]",
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[0].hashtags [fb-1, #Summer_sale, #SummerSale]",
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[0].hashtags [fb-1, #summer_sale, #SummerSale]");
  }

  @Test
  void hashtagsAreCheckedWhetherWrittenFirstInTheTextOnlyInTheTextOrOnlyListed() {
    // Built here, not in a static field, so PIT sees the rule run on them. A '#' at index 0 is in
    // the text; a text with a '#' but nothing listed, and a listed hashtag with no '#' in the text,
    // are each enough to check the hashtags.
    PostContent.Builder content = PostContent.builder().format(PostFormat.TEXT).purpose(PostPurpose.EDUCATE);
    PostContent first = content.text("#summer_sale starts today").build();
    PostContent inText = content.text("Weekend #summer_sale").build();
    PostContent listed = content.text("Weekend sale").addHashtag("summer_sale").build();
    assertThat(
            described(
                check(
                    post("first", Platform.FACEBOOK, 0, first),
                    post("in-text", Platform.FACEBOOK, 1, inText),
                    post("listed", Platform.FACEBOOK, 2, listed))))
        .containsExactly(
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[0].hashtags [first, #summer_sale, #SummerSale]",
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[1].hashtags [in-text, #summer_sale, #SummerSale]",
            "CALENDAR_HASHTAG_NOT_CAMEL_CASE posts[2].hashtags [listed, #summer_sale, #SummerSale]");
  }

  @Test
  void aLowerCaseFirstRunIsNotOutOfCamelCase() {
    // Only a run after the first must start in upper case: "summer" may (lower camel case).
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("summer_Sale")).isFalse();
  }

  @Test
  void theMultiWordTestNeedsSeparatedLetterRuns() {
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("summer_sale")).isTrue();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("web3dev")).isTrue();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("_sale")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("sale_")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("SummerSale")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("summersale")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("2026")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("Été_Été")).isFalse();
    assertThat(AccessibilityRule.isProvablyMultiWordNotCamelCase("été_été")).isTrue();
    assertThat(AccessibilityRule.camelCase("été_été")).isEqualTo("ÉtéÉté");
    assertThat(AccessibilityRule.camelCase("top10tips")).isEqualTo("Top10Tips");
  }
}
