package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformCatalogTest {
  private static final LocalDate CHECKED = LocalDate.of(2026, 11, 1);
  private static final Source OWN = Source.secondary("our notes");
  private static final PlatformProfile XIAOHONGSHU =
      PlatformProfile.of(Platform.of("Xiaohongshu"), OWN, CHECKED)
          .withFormat(PostFormat.CAROUSEL, FormatLimits.builder().maxMediaItems(18).build());
  private static final PlatformProfile MY_INSTAGRAM =
      PlatformProfile.of(Platform.INSTAGRAM, OWN, CHECKED)
          .withFormat(PostFormat.CAROUSEL, FormatLimits.builder().maxMediaItems(20).build());

  @Test
  void standardHasEveryPlatformOfTheReference() {
    assertThat(PlatformCatalog.standard().platforms())
        .containsExactly(
            Platform.X,
            Platform.INSTAGRAM,
            Platform.FACEBOOK,
            Platform.LINKEDIN,
            Platform.TIKTOK,
            Platform.YOUTUBE,
            Platform.PINTEREST,
            Platform.THREADS,
            Platform.BLUESKY,
            Platform.SNAPCHAT,
            Platform.GOOGLE_BUSINESS_PROFILE,
            Platform.MASTODON,
            Platform.WHATSAPP,
            Platform.REDDIT);
    assertThat(PlatformCatalog.standard().platforms()).containsAll(Platform.wellKnown());
    assertThat(PlatformCatalog.standard()).isSameAs(PlatformCatalog.standard());
  }

  @Test
  void usersAddTheirOwnPlatforms() {
    PlatformCatalog catalog = PlatformCatalog.standard().with(XIAOHONGSHU);
    assertThat(catalog.profile(Platform.of("xiaohongshu"))).contains(XIAOHONGSHU);
    assertThat(catalog.size()).isEqualTo(PlatformCatalog.standard().size() + 1);
    assertThat(catalog.profiles()).endsWith(XIAOHONGSHU);
    assertThat(catalog.contains(Platform.of("xiaohongshu"))).isTrue();
    assertThat(catalog)
        .isNotEqualTo(PlatformCatalog.standard())
        .doesNotHaveSameHashCodeAs(PlatformCatalog.standard());
    assertThat(PlatformCatalog.standard().contains(Platform.of("xiaohongshu"))).isFalse();
  }

  @Test
  void usersOverrideAProfileInPlace() {
    PlatformCatalog catalog = PlatformCatalog.standard().with(MY_INSTAGRAM);
    assertThat(catalog.profile(Platform.INSTAGRAM)).contains(MY_INSTAGRAM);
    assertThat(catalog.platforms()).containsExactlyElementsOf(PlatformCatalog.standard().platforms());
    assertThat(PlatformCatalog.standard().profile(Platform.INSTAGRAM)).isNotEqualTo(
        catalog.profile(Platform.INSTAGRAM));
  }

  @Test
  void withoutRemovesAProfile() {
    PlatformCatalog catalog = PlatformCatalog.standard().without(Platform.SNAPCHAT);
    assertThat(catalog.contains(Platform.SNAPCHAT)).isFalse();
    assertThat(catalog.profile(Platform.SNAPCHAT)).isEmpty();
    assertThat(catalog.size()).isEqualTo(PlatformCatalog.standard().size() - 1);
    assertThat(catalog.without(Platform.SNAPCHAT)).isSameAs(catalog);
    assertThat(catalog.with(PlatformCatalog.standard().profile(Platform.SNAPCHAT).orElseThrow()))
        .isEqualTo(PlatformCatalog.standard());
  }

  @Test
  void ofKeepsOrderAndRefusesDuplicates() {
    PlatformCatalog catalog = PlatformCatalog.of(List.of(XIAOHONGSHU, MY_INSTAGRAM));
    assertThat(catalog.profiles()).containsExactly(XIAOHONGSHU, MY_INSTAGRAM);
    assertThat(catalog).hasToString("PlatformCatalog[Xiaohongshu, Instagram]");
    assertThat(catalog).isEqualTo(PlatformCatalog.of(List.of(MY_INSTAGRAM, XIAOHONGSHU)));
    assertThat(catalog.hashCode())
        .isEqualTo(PlatformCatalog.of(List.of(MY_INSTAGRAM, XIAOHONGSHU)).hashCode());
    assertThatThrownBy(() -> PlatformCatalog.of(List.of(MY_INSTAGRAM, MY_INSTAGRAM)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profiles must hold at most one profile per platform: instagram appears twice");
    assertThatThrownBy(() -> PlatformCatalog.of(Arrays.asList(MY_INSTAGRAM, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profiles[1] must not be null");
  }

  @Test
  void emptyCatalog() {
    assertThat(PlatformCatalog.empty().profiles()).isEmpty();
    assertThat(PlatformCatalog.empty().platforms()).isEmpty();
    assertThat(PlatformCatalog.empty()).isEqualTo(PlatformCatalog.of(List.of()));
    assertThat(PlatformCatalog.empty().with(XIAOHONGSHU).profiles()).containsExactly(XIAOHONGSHU);
  }

  @Test
  void viewsAreUnmodifiable() {
    assertThatThrownBy(() -> PlatformCatalog.standard().profiles().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> PlatformCatalog.standard().platforms().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void xPremiumIsASelectableTierWithLongerPosts() {
    PlatformCatalog premium = PlatformCatalog.standard().withTier(Platform.X, AccountTier.PREMIUM);
    PlatformProfile x = premium.profile(Platform.X).orElseThrow();
    PlatformProfile standardX = PlatformCatalog.standard().profile(Platform.X).orElseThrow();
    assertThat(standardX.tier()).isEqualTo(AccountTier.STANDARD);
    assertThat(x.tier()).isEqualTo(AccountTier.PREMIUM);
    for (PostFormat f : standardX.formats().keySet()) {
      assertThat(standardX.limits(f).orElseThrow().bodyLimit())
          .contains(TextLimit.body(280, TextCounting.X_WEIGHTED));
      assertThat(x.limits(f).orElseThrow().bodyLimit())
          .as(f.name())
          .contains(TextLimit.body(25_000, TextCounting.X_WEIGHTED));
    }
    assertThat(x.sources()).containsAll(standardX.sources());
    assertThat(x.sources())
        .filteredOn(src -> src.kind() == SourceKind.SECONDARY)
        .extracting(Source::citation)
        .anySatisfy(c -> assertThat(c).contains("developers.buffer.com"))
        .anySatisfy(c -> assertThat(c).contains("publer.com"));
    assertThat(x.checkedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
    // Only X changes, in place; the standard tier restores the standard profile.
    assertThat(premium.platforms()).isEqualTo(PlatformCatalog.standard().platforms());
    assertThat(premium.without(Platform.X)).isEqualTo(PlatformCatalog.standard().without(Platform.X));
    assertThat(premium.withTier(Platform.X, AccountTier.STANDARD)).isEqualTo(PlatformCatalog.standard());
    assertThat(premium).isNotEqualTo(PlatformCatalog.standard());
    assertThat(PlatformCatalog.empty().withTier(Platform.X, AccountTier.PREMIUM).platforms())
        .containsExactly(Platform.X);
  }

  @Test
  void aPostBetween280And25000WeightedCharactersFitsOnlyWithPremium() {
    String post = "好".repeat(140) + " " + "a".repeat(999); // 280 + 1 + 999 = 1,280 weighted
    FormatLimits standard =
        PlatformCatalog.standard().profile(Platform.X).orElseThrow().limits(PostFormat.TEXT).orElseThrow();
    FormatLimits premium =
        PlatformCatalog.standard()
            .withTier(Platform.X, AccountTier.PREMIUM)
            .profile(Platform.X)
            .orElseThrow()
            .limits(PostFormat.TEXT)
            .orElseThrow();
    assertThat(standard.textFits(TextField.BODY, post)).isFalse();
    assertThat(premium.textFits(TextField.BODY, post)).isTrue();
    assertThat(premium.textFits(TextField.BODY, "a".repeat(25_000))).isTrue();
    assertThat(premium.textFits(TextField.BODY, "a".repeat(25_001))).isFalse();
  }

  @Test
  void onlyTheTiersTheStandardCatalogDescribesCanBeSelected() {
    assertThat(PlatformCatalog.standardTiers(Platform.X))
        .containsExactly(AccountTier.STANDARD, AccountTier.PREMIUM);
    assertThat(PlatformCatalog.standardTiers(Platform.INSTAGRAM)).containsExactly(AccountTier.STANDARD);
    assertThat(PlatformCatalog.standardTiers(Platform.of("xiaohongshu"))).isEmpty();
    assertThatThrownBy(
            () -> PlatformCatalog.standard().withTier(Platform.INSTAGRAM, AccountTier.PREMIUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the standard catalog has no PREMIUM profile of Instagram; tiers: [STANDARD]");
    assertThatThrownBy(() -> PlatformCatalog.standard().withTier(null, AccountTier.PREMIUM))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("platform must not be null");
    assertThatThrownBy(() -> PlatformCatalog.standard().withTier(Platform.X, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tier must not be null");
  }

  @Test
  void equalByProfiles() {
    new EqualsTester()
        .addEqualityGroup(PlatformCatalog.standard(), PlatformCatalog.of(PlatformCatalog.standard().profiles()))
        .addEqualityGroup(PlatformCatalog.standard().without(Platform.X))
        .addEqualityGroup(PlatformCatalog.empty())
        .testEquals();
  }
}
