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
  void equalByProfiles() {
    new EqualsTester()
        .addEqualityGroup(PlatformCatalog.standard(), PlatformCatalog.of(PlatformCatalog.standard().profiles()))
        .addEqualityGroup(PlatformCatalog.standard().without(Platform.X))
        .addEqualityGroup(PlatformCatalog.empty())
        .testEquals();
  }
}
