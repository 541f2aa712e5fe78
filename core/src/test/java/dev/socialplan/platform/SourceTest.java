package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {
  private static final Source TIKTOK = Source.primary("developers.tiktok.com, Content Posting API");

  @Test
  void factoriesSetTheKind() {
    assertThat(TIKTOK.kind()).isEqualTo(SourceKind.PRIMARY);
    assertThat(Source.secondary("Hootsuite 2023").kind()).isEqualTo(SourceKind.SECONDARY);
    assertThat(Source.weak("a blog").kind()).isEqualTo(SourceKind.WEAK);
    assertThat(TIKTOK.citation()).isEqualTo("developers.tiktok.com, Content Posting API");
    assertThat(TIKTOK).hasToString("developers.tiktok.com, Content Posting API (PRIMARY)");
  }

  @Test
  void refusesBlankCitation() {
    assertThatThrownBy(() -> Source.primary(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("citation must not be blank: \" \"");
    assertThatThrownBy(() -> new Source(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind must not be null");
  }
}
