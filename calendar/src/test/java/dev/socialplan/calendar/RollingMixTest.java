package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingMixTest {
  private static ScheduledPost post(String id, Platform platform, long seconds) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(Instant.ofEpochSecond(seconds))
        .content(PostContent.builder()
            .format(PostFormat.TEXT)
            .purpose(PostPurpose.INFORM)
            .build())
        .build();
  }

  private static final ScheduledPost X_2 = post("x2", Platform.X, 200);
  private static final ScheduledPost IG_1 = post("ig1", Platform.INSTAGRAM, 100);
  private static final ScheduledPost X_1B = post("b", Platform.X, 100);
  private static final ScheduledPost X_1A = post("a", Platform.X, 100);

  @Test
  void defaultTargetIsEightyTwentyOverTenPostsPerPlatform() {
    RollingMix target = RollingMix.defaultTarget();
    assertThat(target.mix()).isEqualTo(ContentMix.EIGHTY_TWENTY);
    assertThat(target.windowPosts()).isEqualTo(10);
    assertThat(target.scope()).isEqualTo(MixScope.PLATFORM);
  }

  @Test
  void withMethodsChangeOnePart() {
    RollingMix target = RollingMix.of(ContentMix.RULE_OF_THIRDS);
    assertThat(target.withWindowPosts(6))
        .isEqualTo(RollingMix.of(ContentMix.RULE_OF_THIRDS, 6, MixScope.PLATFORM));
    assertThat(target.withScope(MixScope.CALENDAR).scope()).isEqualTo(MixScope.CALENDAR);
  }

  @Test
  void refusesAnEmptyWindow() {
    assertThatThrownBy(() -> RollingMix.of(ContentMix.EIGHTY_TWENTY, 0, MixScope.PLATFORM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowPosts")
        .hasMessageContaining("0");
  }

  @Test
  void perPlatformSequencesAreInCalendarOrderByPlatform() {
    List<List<ScheduledPost>> sequences =
        RollingMix.defaultTarget().sequences(List.of(X_2, IG_1, X_1B, X_1A));
    assertThat(sequences).containsExactly(List.of(IG_1), List.of(X_1A, X_1B, X_2));
  }

  @Test
  void calendarScopeIsOneSequence() {
    List<List<ScheduledPost>> sequences =
        RollingMix.defaultTarget().withScope(MixScope.CALENDAR).sequences(List.of(X_2, IG_1, X_1B));
    assertThat(sequences).containsExactly(List.of(X_1B, IG_1, X_2));
    assertThat(RollingMix.defaultTarget().sequences(List.of())).isEmpty();
  }
}
