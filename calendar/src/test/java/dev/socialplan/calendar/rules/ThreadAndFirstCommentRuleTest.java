package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThreadAndFirstCommentRuleTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");
  private static final PostContent TIP =
      PostContent.builder()
          .format(PostFormat.TEXT)
          .purpose(PostPurpose.EDUCATE)
          .text("1/ Three steps to a calmer morning routine")
          .build();
  private static final RuleSet<PlannedCalendar> RULES =
      RuleSet.of(List.of(CalendarRules.FIRST_COMMENT, CalendarRules.THREADS));

  private static ScheduledPost post(String id, Platform platform, int hour, PostContent content) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(MONDAY.plusSeconds(3600L * hour))
        .content(content)
        .status(PostStatus.SCHEDULED)
        .build();
  }

  private static List<Finding> check(PlatformCatalog catalog, ScheduledPost... posts) {
    return RULES
        .validate(
            PlannedCalendar.builder()
                .calendar(ContentCalendar.of(TAIPEI, List.of(posts)))
                .catalog(catalog)
                .build())
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
  void eachPartIsMeasuredLikeAPostOnItsPlatform() {
    // X weighs CJK 2 and every URL 23: 140 CJK characters are exactly 280, 141 are 282.
    String cjk280 = "長".repeat(140);
    String cjk282 = "長".repeat(141);
    String longLink = "See https://brand.com/" + "a".repeat(400);
    PostContent xThread = TIP.withThreadParts(List.of(cjk280, cjk282, longLink));
    // Bluesky: 300 grapheme clusters; "e" and a combining acute accent are one cluster of 3 bytes.
    String family = "e\u0301";
    PostContent bskyThread =
        TIP.withThreadParts(List.of(family.repeat(300), family.repeat(301)));
    List<Finding> findings =
        check(
            PlatformCatalog.standard(),
            post("x-1", Platform.X, 0, xThread),
            post("bsky-1", Platform.BLUESKY, 1, bskyThread));
    assertThat(described(findings))
        .containsExactlyInAnyOrder(
            "CALENDAR_THREAD_PART_TOO_LONG posts[0].threadParts[1] [x-1, 3, X, TEXT, 282, 280, X_WEIGHTED]",
            "CALENDAR_THREAD_PART_TOO_LONG posts[1].threadParts[1] [bsky-1, 3, Bluesky, TEXT, 301, 300, GRAPHEME_CLUSTERS]");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .startsWith("Part 3 of thread ");
  }

  @Test
  void aThreadOnAPlatformWithoutThreadsIsAWarningAndItsPartsAreNotMeasured() {
    PostContent thread = TIP.withThreadParts(List.of("2/ " + "x".repeat(5_000)));
    List<Finding> findings =
        check(
            PlatformCatalog.standard(),
            post("li-1", Platform.LINKEDIN, 0, thread),
            post("threads-1", Platform.THREADS, 1, thread),
            post("masto-1", Platform.MASTODON, 2, thread));
    assertThat(described(findings))
        .containsExactlyInAnyOrder(
            "CALENDAR_THREAD_UNSUPPORTED posts[0].threadParts [li-1, LinkedIn, TEXT, 2]",
            "CALENDAR_THREAD_PART_TOO_LONG posts[1].threadParts[0] [threads-1, 2, Threads, TEXT, 5003, 500, CODE_POINTS_EMOJI_AS_UTF8_BYTES]",
            "CALENDAR_THREAD_PART_TOO_LONG posts[2].threadParts[0] [masto-1, 2, Mastodon, TEXT, 5003, 500, CODE_POINTS]");
    assertThat(findings.stream().filter(f -> f.path().equals("posts[0].threadParts")).findFirst())
        .hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aPartCountIsLimitedWhereTheCatalogStatesOne() {
    PlatformProfile x = PlatformCatalog.standard().profile(Platform.X).orElseThrow();
    FormatLimits text = x.limits(PostFormat.TEXT).orElseThrow();
    PlatformCatalog capped =
        PlatformCatalog.standard()
            .with(x.withFormat(PostFormat.TEXT, FormatLimits.builder().from(text).maxThreadParts(3).build()));
    PostContent four = TIP.withThreadParts(List.of("2/", "3/", "4/"));
    assertThat(described(check(capped, post("x-1", Platform.X, 0, four), post("x-2", Platform.X, 1, four.withThreadParts(List.of("2/", "3/"))))))
        .containsExactly("CALENDAR_THREAD_TOO_MANY_PARTS posts[0].threadParts [x-1, X, 4, 3]");
    assertThat(check(PlatformCatalog.standard(), post("x-1", Platform.X, 0, four))).isEmpty();
  }

  @Test
  void aFirstCommentIsCheckedOnlyWhereSourced() {
    PostContent image = TIP.withFormat(PostFormat.IMAGE).withFirstComment("#skincare #MomLife");
    PostContent story = TIP.withFormat(PostFormat.STORY).withFirstComment("Link in bio");
    PostContent longComment = image.withFirstComment("a".repeat(2_201));
    List<Finding> findings =
        check(
            PlatformCatalog.standard(),
            post("ig-1", Platform.INSTAGRAM, 0, image),
            post("ig-2", Platform.INSTAGRAM, 1, story),
            post("ig-3", Platform.INSTAGRAM, 2, longComment),
            post("fb-1", Platform.FACEBOOK, 3, longComment),
            post("fb-2", Platform.FACEBOOK, 4, image.withFirstComment("a".repeat(8_001))),
            post("x-1", Platform.X, 5, TIP.withFirstComment("a".repeat(9_000))),
            post("li-1", Platform.LINKEDIN, 6, TIP.withFirstComment("a".repeat(9_000))));
    assertThat(described(findings))
        .containsExactlyInAnyOrder(
            "CALENDAR_FIRST_COMMENT_UNSUPPORTED posts[1].firstComment [ig-2, Instagram, STORY]",
            "CALENDAR_FIRST_COMMENT_TOO_LONG posts[2].firstComment [ig-3, Instagram, IMAGE, 2201, 2200, UTF16_CODE_UNITS]",
            "CALENDAR_FIRST_COMMENT_TOO_LONG posts[4].firstComment [fb-2, Facebook, IMAGE, 8001, 8000, UTF16_CODE_UNITS]");
  }
}
