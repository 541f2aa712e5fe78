package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKindTest {
  @Test
  void standardCatalogUsesEveryKind() {
    assertThat(
            PlatformCatalog.standard().profiles().stream()
                .flatMap(p -> p.sources().stream())
                .map(Source::kind)
                .distinct())
        .containsExactlyInAnyOrder(SourceKind.values());
  }
}
