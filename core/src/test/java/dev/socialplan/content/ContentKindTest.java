package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentKindTest {
  private static final ContentKind CURATED_EDUCATE =
      ContentKind.of(PostPurpose.EDUCATE, ContentSource.CURATED);

  @Test
  void purposeAloneMeansTheBrandsOwnContent() {
    assertThat(ContentKind.of(PostPurpose.PROMOTE))
        .isEqualTo(new ContentKind(PostPurpose.PROMOTE, ContentSource.ORIGINAL));
  }

  @Test
  void keepsBothDimensions() {
    assertThat(CURATED_EDUCATE.purpose()).isEqualTo(PostPurpose.EDUCATE);
    assertThat(CURATED_EDUCATE.source()).isEqualTo(ContentSource.CURATED);
    assertThat(CURATED_EDUCATE).isNotEqualTo(ContentKind.of(PostPurpose.EDUCATE));
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> ContentKind.of(null, ContentSource.CURATED))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("purpose must not be null");
    assertThatThrownBy(() -> ContentKind.of(PostPurpose.INFORM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source must not be null");
  }
}
