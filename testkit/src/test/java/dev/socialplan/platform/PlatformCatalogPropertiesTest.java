package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.PlatformGenerators;
import org.junit.jupiter.api.Test;

class PlatformCatalogPropertiesTest {

  @Test
  void withThenProfileReturnsTheProfile() {
    qt().forAll(PlatformGenerators.catalogs(), PlatformGenerators.profiles())
        .checkAssert(
            (catalog, profile) -> {
              PlatformCatalog added = catalog.with(profile);
              assertThat(added.profile(profile.platform())).contains(profile);
              assertThat(added.size())
                  .isEqualTo(catalog.size() + (catalog.contains(profile.platform()) ? 0 : 1));
            });
  }

  @Test
  void withThenWithoutIsWithout() {
    qt().forAll(PlatformGenerators.catalogs(), PlatformGenerators.profiles())
        .checkAssert(
            (catalog, profile) ->
                assertThat(catalog.with(profile).without(profile.platform()))
                    .isEqualTo(catalog.without(profile.platform())));
  }

  @Test
  void withoutThenWithRestoresTheCatalog() {
    qt().forAll(PlatformGenerators.catalogs())
        .checkAssert(
            catalog -> {
              for (PlatformProfile profile : catalog.profiles()) {
                assertThat(catalog.without(profile.platform()).with(profile)).isEqualTo(catalog);
                assertThat(catalog.with(profile)).isEqualTo(catalog);
              }
            });
  }

  @Test
  void ofProfilesRebuildsTheCatalog() {
    qt().forAll(PlatformGenerators.catalogs())
        .checkAssert(
            catalog -> {
              PlatformCatalog rebuilt = PlatformCatalog.of(catalog.profiles());
              assertThat(rebuilt).isEqualTo(catalog).hasSameHashCodeAs(catalog);
              assertThat(rebuilt.profiles()).containsExactlyElementsOf(catalog.profiles());
              assertThat(catalog.platforms()).hasSize(catalog.profiles().size());
            });
  }

  @Test
  void distinctProfilesMakeACatalogOfThatSize() {
    qt().forAll(PlatformGenerators.distinctProfiles(8))
        .checkAssert(
            profiles -> {
              PlatformCatalog catalog = PlatformCatalog.of(profiles);
              assertThat(catalog.size()).isEqualTo(profiles.size());
              profiles.forEach(
                  p -> assertThat(catalog.profile(p.platform())).contains(p));
            });
  }

  @Test
  void customPlatformsAreNeverInTheStandardCatalog() {
    qt().forAll(PlatformGenerators.customPlatforms())
        .checkAssert(
            platform -> {
              assertThat(platform.isWellKnown()).isFalse();
              assertThat(PlatformCatalog.standard().profile(platform)).isEmpty();
            });
  }
}
