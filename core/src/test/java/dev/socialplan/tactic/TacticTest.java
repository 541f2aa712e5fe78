package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class TacticTest {
  private static final LocalDateRange MARCH =
      LocalDateRange.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1));
  private static final ZonedDateTime LAUNCH =
      ZonedDateTime.of(2027, 3, 20, 20, 0, 0, 0, ZoneId.of("Asia/Taipei"));
  private static final List<Tactic> ONE_OF_EACH =
      List.of(
          ShortVideoProgramme.of("TikTok routines", 5, Platform.TIKTOK),
          CommunityProgramme.of("Busy mums club", Platform.FACEBOOK),
          InfluencerCampaign.builder()
              .name("micro-influencers")
              .addInfluencers(Influencer.of("@mia", Platform.INSTAGRAM, 25_000, Money.parse("TWD 8000")))
              .build(),
          LiveStream.of("launch live", Platform.INSTAGRAM, LAUNCH, Duration.ofMinutes(45)),
          UgcProgramme.builder().name("#MyGlowMorning").addCollectingOn(Platform.INSTAGRAM).build(),
          SocialCommerce.of("Instagram shop", Platform.INSTAGRAM, "Glow Shop"),
          ArEffect.of("glow try-on filter", Platform.INSTAGRAM),
          PurposeDrivenCampaign.of("parents' week", "support for single parents"));

  @Test
  void everyKindIsATacticWithItsOwnKind() {
    assertThat(ONE_OF_EACH).extracting(Tactic::kind).containsExactly(TacticKind.values());
    assertThat(ONE_OF_EACH).allMatch(t -> t.campaignWindow().isEmpty());
    assertThat(ONE_OF_EACH).allMatch(t -> t.allocationId().isEmpty() && t.goalIds().isEmpty());
  }

  @Test
  void everyKindCarriesAWindowAndReferences() {
    Map<TacticKind, Tactic> linked =
        Map.of(
            TacticKind.AR_EFFECT,
            ArEffect.builder()
                .name("filter")
                .platform(Platform.SNAPCHAT)
                .campaignWindow(MARCH)
                .allocationId("ar-production")
                .addGoalIds("awareness-q1")
                .build(),
            TacticKind.SOCIAL_COMMERCE,
            SocialCommerce.builder()
                .name("shop")
                .platform(Platform.FACEBOOK)
                .shopName("Glow")
                .campaignWindow(MARCH)
                .allocationId("shop")
                .addGoalIds("revenue")
                .build());
    linked.values()
        .forEach(
            t -> {
              assertThat(t.campaignWindow()).contains(MARCH);
              assertThat(t.allocationId()).isPresent();
              assertThat(t.goalIds()).hasSize(1);
            });
  }

  @Test
  void everyKindNamesItsPlatforms() {
    Function<Tactic, Object> platforms = Tactic::platforms;
    assertThat(ONE_OF_EACH)
        .extracting(platforms)
        .containsExactly(
            java.util.Set.of(Platform.TIKTOK),
            java.util.Set.of(Platform.FACEBOOK),
            java.util.Set.of(Platform.INSTAGRAM),
            java.util.Set.of(Platform.INSTAGRAM),
            java.util.Set.of(Platform.INSTAGRAM),
            java.util.Set.of(Platform.INSTAGRAM),
            java.util.Set.of(Platform.INSTAGRAM),
            java.util.Set.of());
  }

  @Test
  void everyKindRefusesABlankName() {
    Influencer mia = Influencer.of("@mia", Platform.INSTAGRAM, 25_000, Money.parse("TWD 8000"));
    List<ThrowingCallable> blankNames =
        List.of(
            () -> ShortVideoProgramme.of(" ", 5, Platform.TIKTOK),
            () -> CommunityProgramme.of(" ", Platform.FACEBOOK),
            () -> InfluencerCampaign.builder().name(" ").addInfluencers(mia).build(),
            () -> LiveStream.of(" ", Platform.INSTAGRAM, LAUNCH, Duration.ofMinutes(45)),
            () -> UgcProgramme.builder().name(" ").addCollectingOn(Platform.INSTAGRAM).build(),
            () -> SocialCommerce.of(" ", Platform.INSTAGRAM, "Glow Shop"),
            () -> ArEffect.of(" ", Platform.INSTAGRAM),
            () -> PurposeDrivenCampaign.of(" ", "support for single parents"));
    for (ThrowingCallable blankName : blankNames) {
      assertThatThrownBy(blankName)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must not be blank: \" \"");
    }
  }

  @Test
  void everyKindRefusesBlankNamesAndReferences() {
    assertThatThrownBy(() -> ArEffect.of(" ", Platform.TIKTOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(
            () -> ArEffect.builder().name("f").platform(Platform.TIKTOK).allocationId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocationId must not be blank: \"\"");
    assertThatThrownBy(
            () ->
                PurposeDrivenCampaign.builder()
                    .name("c")
                    .cause("cause")
                    .addGoalIds("ok", " ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goalIds[1] must not be blank: \" \"");
  }
}
