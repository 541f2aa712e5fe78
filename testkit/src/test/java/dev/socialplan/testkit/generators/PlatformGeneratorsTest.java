package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.TextCounting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlatformGeneratorsTest {
  private static final long SEED = 20261101L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void platformsIncludeWellKnownAndCustomIds() {
    List<Platform> platforms = sample(PlatformGenerators.platforms(), 300);
    assertThat(platforms).anyMatch(Platform::isWellKnown);
    assertThat(platforms).anyMatch(p -> !p.isWellKnown());
    assertThat(sample(PlatformGenerators.customPlatforms(), 100)).noneMatch(Platform::isWellKnown);
  }

  @Test
  void textsMixEmojiCjkAndUrls() {
    List<String> texts = sample(PlatformGenerators.texts(), 300);
    assertThat(texts).anyMatch(t -> t.contains("https://"));
    assertThat(texts).anyMatch(t -> t.contains("社"));
    assertThat(texts)
        .anyMatch(
            t -> TextCounting.GRAPHEME_CLUSTERS.count(t) < TextCounting.CODE_POINTS.count(t));
  }

  @Test
  void profilesAndCatalogsAreVaried() {
    List<PlatformProfile> profiles = sample(PlatformGenerators.profiles(), 200);
    assertThat(profiles).anyMatch(p -> p.reach().isPresent());
    assertThat(profiles).anyMatch(p -> p.reach().isEmpty());
    assertThat(profiles).anyMatch(p -> p.formats().size() > 1);
    List<PlatformCatalog> catalogs = sample(PlatformGenerators.catalogs(), 100);
    assertThat(catalogs).anyMatch(c -> c.size() > PlatformCatalog.standard().size());
    assertThat(catalogs).anyMatch(c -> c.size() < 5);
  }
}
