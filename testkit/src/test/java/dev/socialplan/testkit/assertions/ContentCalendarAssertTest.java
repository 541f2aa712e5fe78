package dev.socialplan.testkit.assertions;

import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThat;
import static dev.socialplan.testkit.assertions.SocialplanAssertions.assertThatThrownBy;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class ContentCalendarAssertTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private static ScheduledPost post(String id, Platform platform, String time, PostStatus status) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(Instant.parse(time))
        .content(PostContent.builder()
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.INFORM)
            .addMedia(MediaKind.IMAGE)
            .build())
        .status(status)
        .build();
  }

  // Local times (UTC+8): 2 March 20:30, 3 March 09:00 and 10:00, 3 March 12:30.
  private static final ScheduledPost IG_1 =
      post("ig-1", Platform.INSTAGRAM, "2026-03-02T12:30:00Z", PostStatus.PUBLISHED);
  private static final ScheduledPost IG_2 =
      post("ig-2", Platform.INSTAGRAM, "2026-03-03T01:00:00Z", PostStatus.PUBLISHED);
  private static final ScheduledPost IG_3 =
      post("ig-3", Platform.INSTAGRAM, "2026-03-03T02:00:00Z", PostStatus.SCHEDULED);
  private static final ScheduledPost FB_1 =
      post("fb-1", Platform.FACEBOOK, "2026-03-03T04:30:00Z", PostStatus.PUBLISHED);
  private static final ContentCalendar CALENDAR = ContentCalendar.of(TAIPEI, FB_1, IG_3, IG_1, IG_2);
  private static final Interval MARCH_2_TO_4 =
      Interval.of(Instant.parse("2026-03-01T16:00:00Z"), Instant.parse("2026-03-03T16:00:00Z"));

  @Test
  void sizeAndPostsPerPlatform() {
    assertThat(CALENDAR)
        .hasSize(4)
        .hasPostsOn(Platform.INSTAGRAM, 3)
        .hasPostsOn(Platform.FACEBOOK)
        .hasNoPostsOn(Platform.X);
    assertThat(ContentCalendar.empty(TAIPEI)).isEmpty().hasSize(0).hasNoPostsOn(Platform.INSTAGRAM);
    assertThatThrownBy(() -> assertThat(CALENDAR).hasSize(5))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the calendar to have 5 posts, but it has 4: {Facebook=1, Instagram=3}.");
    assertThatThrownBy(() -> assertThat(CALENDAR).hasPostsOn(Platform.INSTAGRAM, 2))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have 2 posts on Instagram, but it has 3: {Facebook=1, Instagram=3}.");
    assertThatThrownBy(() -> assertThat(CALENDAR).hasPostsOn(Platform.TIKTOK))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have posts on TikTok, but it has none: {Facebook=1, Instagram=3}.");
  }

  @Test
  void failuresListThePostsConcerned() {
    assertThatThrownBy(() -> assertThat(CALENDAR).hasNoPostsOn(Platform.FACEBOOK))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have no post on Facebook, but it has 1 post:\n"
                + "    fb-1 Facebook 2026-03-03T12:30+08:00 IMAGE INFORM PUBLISHED");
    assertThatThrownBy(() -> assertThat(CALENDAR).isEmpty())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expecting the calendar to be empty, but it has 4 posts:\n"
                + "    ig-1 Instagram 2026-03-02T20:30+08:00 IMAGE INFORM PUBLISHED\n");
  }

  @Test
  void postsByIdAndInOrder() {
    assertThat(CALENDAR).hasPost("ig-2").doesNotHavePost("ig-9").hasPostsInOrder("ig-1", "ig-3", "fb-1");
    assertThatThrownBy(() -> assertThat(CALENDAR).hasPost("ig-9"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have a post \"ig-9\", but it has none (4 posts: {Facebook=1,"
                + " Instagram=3}).");
    assertThatThrownBy(() -> assertThat(CALENDAR).doesNotHavePost("ig-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have no post \"ig-2\", but it has:\n"
                + "    ig-2 Instagram 2026-03-03T09:00+08:00 IMAGE INFORM PUBLISHED");
    assertThatThrownBy(() -> assertThat(CALENDAR).hasPostsInOrder("fb-1", "ig-2"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the calendar to have the posts [fb-1, ig-2] in order, but \"ig-2\" comes before"
                + " \"fb-1\":\n"
                + "    ig-2 Instagram 2026-03-03T09:00+08:00 IMAGE INFORM PUBLISHED\n"
                + "    fb-1 Facebook 2026-03-03T12:30+08:00 IMAGE INFORM PUBLISHED");
    assertThatThrownBy(() -> assertThat(CALENDAR).hasPostsInOrder("ig-1", "ig-7"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting the calendar to have the posts [ig-1, ig-7] in order, but it lacks [ig-7].");
  }

  @Test
  void allPostsWithinAPeriod() {
    assertThat(CALENDAR).allPostsWithin(MARCH_2_TO_4);
    Interval endsAtFb1 = Interval.of(MARCH_2_TO_4.getStart(), FB_1.time());
    assertThatThrownBy(() -> assertThat(CALENDAR).allPostsWithin(endsAtFb1))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every post to lie within 2026-03-01T16:00:00Z/2026-03-03T04:30:00Z, but 1 post"
                + " does not:\n    fb-1 Facebook 2026-03-03T12:30+08:00 IMAGE INFORM PUBLISHED");
  }

  @Test
  void allPostsHaveStatus() {
    assertThat(CALENDAR.byStatus(PostStatus.PUBLISHED)).allPostsHaveStatus(PostStatus.PUBLISHED);
    assertThatThrownBy(() -> assertThat(CALENDAR).allPostsHaveStatus(PostStatus.PUBLISHED))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting every post to be PUBLISHED, but 1 post is not:\n"
                + "    ig-3 Instagram 2026-03-03T10:00+08:00 IMAGE INFORM SCHEDULED");
  }

  @Test
  void spacingIsPerPlatform() {
    // ig-2 and ig-3 are an hour apart; fb-1 comes 2.5 hours after ig-3 but on another platform.
    assertThat(CALENDAR).hasMinimumSpacing(Duration.ofHours(1));
    assertThatThrownBy(() -> assertThat(CALENDAR).hasMinimumSpacing(Duration.ofHours(2)))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting posts on the same platform to be at least PT2H apart, but these are PT1H apart:\n"
                + "    ig-2 Instagram 2026-03-03T09:00+08:00 IMAGE INFORM PUBLISHED\n"
                + "    ig-3 Instagram 2026-03-03T10:00+08:00 IMAGE INFORM SCHEDULED");
  }

  @Test
  void postsPerLocalDay() {
    // In Taipei, ig-2 and ig-3 fall on 3 March; in UTC ig-1 would fall on 2 March too.
    assertThat(CALENDAR).hasAtMostPostsPerDay(2);
    assertThatThrownBy(() -> assertThat(CALENDAR).hasAtMostPostsPerDay(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting at most 1 post a day on each platform, but Instagram has 2 on 2026-03-03:\n"
                + "    ig-2 Instagram 2026-03-03T09:00+08:00 IMAGE INFORM PUBLISHED\n"
                + "    ig-3 Instagram 2026-03-03T10:00+08:00 IMAGE INFORM SCHEDULED");
  }

  @Test
  void aNullCalendarFails() {
    assertThatThrownBy(() -> assertThat((ContentCalendar) null).hasSize(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }
}
