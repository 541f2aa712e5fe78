package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PostingFrequencyTest {
  private static final Source HOOTSUITE = Source.secondary("Hootsuite 2023");
  /** Instagram: 3–7 feed posts a week. */
  private static final PostingFrequency INSTAGRAM_FEED =
      PostingFrequency.perWeek(3, 7)
          .forFormats(PostFormat.IMAGE, PostFormat.CAROUSEL)
          .withSource(HOOTSUITE);
  /** Instagram: 2 stories a day. */
  private static final PostingFrequency INSTAGRAM_STORIES =
      PostingFrequency.perDay(2, 2).forFormats(PostFormat.STORY);
  /** X: 1–5 posts a day, every format. */
  private static final PostingFrequency X = PostingFrequency.perDay(1, 5);

  @Test
  void keepsItsParts() {
    assertThat(INSTAGRAM_FEED.minPosts()).isEqualTo(3);
    assertThat(INSTAGRAM_FEED.maxPosts()).isEqualTo(7);
    assertThat(INSTAGRAM_FEED.per()).isEqualTo(ChronoUnit.WEEKS);
    assertThat(INSTAGRAM_FEED.source()).contains(HOOTSUITE);
    assertThat(X.source()).isEmpty();
    assertThat(X.per()).isEqualTo(ChronoUnit.DAYS);
  }

  @Test
  void appliesToItsFormatsOrToAll() {
    assertThat(INSTAGRAM_FEED.appliesTo(PostFormat.IMAGE)).isTrue();
    assertThat(INSTAGRAM_FEED.appliesTo(PostFormat.STORY)).isFalse();
    assertThat(INSTAGRAM_STORIES.appliesTo(PostFormat.STORY)).isTrue();
    assertThat(X.appliesTo(PostFormat.POLL)).isTrue();
  }

  @Test
  void convertsBetweenDaysAndWeeks() {
    assertThat(X.minPerWeek()).isEqualTo(7);
    assertThat(X.maxPerWeek()).isEqualTo(35);
    assertThat(X.minPerDay()).isEqualTo(1.0);
    assertThat(X.maxPerDay()).isEqualTo(5.0);
    assertThat(INSTAGRAM_FEED.minPerWeek()).isEqualTo(3);
    assertThat(INSTAGRAM_FEED.maxPerWeek()).isEqualTo(7);
    assertThat(INSTAGRAM_FEED.minPerDay()).isEqualTo(3 / 7.0);
    assertThat(INSTAGRAM_FEED.maxPerDay()).isEqualTo(1.0);
    PostingFrequency weekly = PostingFrequency.perWeek(1, 14);
    assertThat(weekly.per()).isEqualTo(ChronoUnit.WEEKS);
    assertThat(weekly.maxPerDay()).isEqualTo(2.0);
  }

  @Test
  void equalByValue() {
    assertThat(PostingFrequency.perDay(1, 5)).isEqualTo(X).hasSameHashCodeAs(X);
    assertThat(X).isNotEqualTo(PostingFrequency.perWeek(1, 5));
    assertThat(INSTAGRAM_FEED.toString()).contains("minPosts=3").contains("per=Weeks");
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> PostingFrequency.perDay(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minPosts must not be negative: -1");
    assertThatThrownBy(() -> PostingFrequency.perDay(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPosts must not be less than minPosts (3): 2");
    assertThatThrownBy(
            () -> PostingFrequency.builder().minPosts(1).maxPosts(2).per(ChronoUnit.MONTHS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per must be DAYS or WEEKS: Months");
  }
}
