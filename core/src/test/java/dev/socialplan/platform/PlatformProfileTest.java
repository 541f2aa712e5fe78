package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformProfileTest {
  private static final LocalDate CHECKED = LocalDate.of(2026, 11, 1);
  private static final Platform XIAOHONGSHU = Platform.of("xiaohongshu");
  private static final Source OWN_RESEARCH = Source.secondary("Our agency's notes, 2026");
  private static final FormatLimits NOTE_LIMITS =
      FormatLimits.builder()
          .addTextLimit(TextLimit.body(1_000, TextCounting.CODE_POINTS))
          .addTextLimit(TextLimit.title(20, TextCounting.CODE_POINTS))
          .maxMediaItems(18)
          .build();
  private static final AudienceReach REACH =
      AudienceReach.builder()
          .all(Ratio.of(30, 100))
          .dailyUse(Ratio.of(12, 100))
          .survey("Our panel")
          .published(LocalDate.of(2026, 6, 1))
          .build();
  /** A user's own profile of a platform the standard catalog does not have. */
  private static final PlatformProfile PROFILE =
      PlatformProfile.of(XIAOHONGSHU, OWN_RESEARCH, CHECKED)
          .withFormat(PostFormat.CAROUSEL, NOTE_LIMITS)
          .withFormat(PostFormat.SHORT_VIDEO, FormatLimits.unknown())
          .withStrengths(List.of(Strength.VISUAL, Strength.SHOPPING))
          .withReach(REACH)
          .withRecommendedFrequencies(
              List.of(
                  PostingFrequency.perDay(1, 2),
                  PostingFrequency.perWeek(2, 3).forFormats(PostFormat.SHORT_VIDEO)));

  @Test
  void answersTheQuestionsOtherModulesAsk() {
    assertThat(PROFILE.platform()).isEqualTo(XIAOHONGSHU);
    assertThat(PROFILE.supports(PostFormat.CAROUSEL)).isTrue();
    assertThat(PROFILE.supports(PostFormat.LIVE)).isFalse();
    assertThat(PROFILE.limits(PostFormat.CAROUSEL)).contains(NOTE_LIMITS);
    assertThat(PROFILE.limits(PostFormat.LIVE)).isEmpty();
    assertThat(PROFILE.hasStrength(Strength.VISUAL)).isTrue();
    assertThat(PROFILE.hasStrength(Strength.B2B)).isFalse();
    assertThat(PROFILE.reach()).contains(REACH);
    assertThat(PROFILE.dailyUse()).contains(Ratio.of(12, 100));
    assertThat(PROFILE.supportedFormats())
        .containsExactly(PostFormat.CAROUSEL, PostFormat.SHORT_VIDEO);
    assertThat(PROFILE.checkedOn()).isEqualTo(CHECKED);
    assertThat(PROFILE.sources()).containsExactly(OWN_RESEARCH);
  }

  @Test
  void estimatedReachComesFromTheReachFigures() {
    assertThat(PROFILE.estimatedReach(20, 29, 1.0)).contains(REACH.estimate(20, 29, 1.0).orElseThrow());
    PlatformProfile bare = PlatformProfile.of(XIAOHONGSHU, OWN_RESEARCH, CHECKED);
    assertThat(bare.estimatedReach(20, 29, 1.0)).isEmpty();
    assertThatThrownBy(() -> bare.estimatedReach(29, 20, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toAge must not be below fromAge (29): 20");
    PlatformProfile instagram =
        PlatformCatalog.standard().profile(Platform.INSTAGRAM).orElseThrow();
    PlatformProfile snapchat = PlatformCatalog.standard().profile(Platform.SNAPCHAT).orElseThrow();
    // The strategy guide's persona, women in their 20s, is reached far better than women over 50 on Snapchat.
    assertThat(instagram.estimatedReach(20, 29, 1.0).orElseThrow())
        .isGreaterThan(snapchat.estimatedReach(50, 80, 1.0).orElseThrow());
  }

  @Test
  void frequenciesForAFormat() {
    assertThat(PROFILE.frequenciesFor(PostFormat.SHORT_VIDEO)).hasSize(2);
    assertThat(PROFILE.frequenciesFor(PostFormat.CAROUSEL))
        .containsExactly(PostingFrequency.perDay(1, 2));
  }

  @Test
  void withoutFormatRemovesOnlyThatFormat() {
    PlatformProfile fewer = PROFILE.withoutFormat(PostFormat.SHORT_VIDEO);
    assertThat(fewer.supportedFormats()).containsExactly(PostFormat.CAROUSEL);
    assertThat(PROFILE.withoutFormat(PostFormat.LIVE)).isSameAs(PROFILE);
  }

  @Test
  void withFormatReplacesLimits() {
    PlatformProfile changed = PROFILE.withFormat(PostFormat.CAROUSEL, FormatLimits.unknown());
    assertThat(changed.limits(PostFormat.CAROUSEL)).contains(FormatLimits.unknown());
    assertThat(changed.supportedFormats()).hasSize(2);
  }

  @Test
  void withCheckedOnReplacesDateAndSources() {
    Source primary = Source.primary("xiaohongshu.com help");
    PlatformProfile rechecked = PROFILE.withCheckedOn(LocalDate.of(2027, 1, 5), List.of(primary));
    assertThat(rechecked.checkedOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(rechecked.sources()).containsExactly(primary);
  }

  @Test
  void equalByValueWithReadableForm() {
    PlatformProfile copy = PlatformProfile.builder().from(PROFILE).build();
    assertThat(copy).isEqualTo(PROFILE).hasSameHashCodeAs(PROFILE);
    assertThat(PROFILE.toString()).contains("xiaohongshu").contains("2026-11-01");
    assertThat(PROFILE.dailyUse()).isPresent();
    assertThat(PlatformProfile.of(XIAOHONGSHU, OWN_RESEARCH, CHECKED).dailyUse()).isEmpty();
  }

  @Test
  void refusesAProfileWithoutSource() {
    assertThatThrownBy(
            () -> PlatformProfile.builder().platform(XIAOHONGSHU).checkedOn(CHECKED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sources must name at least one source for xiaohongshu: []");
    assertThatThrownBy(() -> PlatformProfile.builder().platform(XIAOHONGSHU).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("checkedOn");
    assertThatThrownBy(
            () -> PlatformProfile.builder().from(PROFILE).addNote("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notes[0] must not be blank: \"  \"");
  }
}
