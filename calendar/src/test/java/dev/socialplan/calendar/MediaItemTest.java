package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaItemTest {
  private static final String COFFEE = "Three cups of filter coffee on a wooden bar";
  private static final MediaItem PHOTO = MediaItem.of(MediaKind.IMAGE, COFFEE);
  private static final MediaItem BARE = MediaItem.of(MediaKind.IMAGE);

  @Test
  void anItemHasAKindAndMaybeAltText() {
    assertThat(PHOTO.kind()).isEqualTo(MediaKind.IMAGE);
    assertThat(PHOTO.altText()).contains(COFFEE);
    assertThat(PHOTO.hasAltText()).isTrue();
    assertThat(BARE.altText()).isEmpty();
    assertThat(BARE.hasAltText()).isFalse();
    assertThat(PHOTO.toString()).isEqualTo("IMAGE \"" + COFFEE + "\"");
    assertThat(BARE.toString()).isEqualTo("IMAGE");
  }

  @Test
  void altTextIsReplacedOrRemovedByCopy() {
    assertThat(BARE.withAltText(COFFEE)).isEqualTo(PHOTO);
    assertThat(PHOTO.withoutAltText()).isEqualTo(BARE);
    assertThat(BARE.withoutAltText()).isSameAs(BARE);
    assertThat(PHOTO.withAltText("  Latte art \n")).extracting(MediaItem::altText)
        .isEqualTo(java.util.Optional.of("  Latte art \n"));
  }

  @Test
  void itemsWithoutAltTextAreSharedOnePerKind() {
    // A year of drafts for an agency holds millions of bare items: one object per kind, not each.
    for (MediaKind kind : MediaKind.values()) {
      MediaItem item = MediaItem.of(kind);
      assertThat(item.kind()).isEqualTo(kind);
      assertThat(item.hasAltText()).isFalse();
      assertThat(MediaItem.of(kind)).isSameAs(item);
      assertThat(MediaItem.of(kind, COFFEE).withoutAltText()).isSameAs(item);
    }
  }

  @Test
  void onlyImagesGifsAndVideosAreVisual() {
    assertThat(MediaItem.of(MediaKind.IMAGE).isVisual()).isTrue();
    assertThat(MediaItem.of(MediaKind.GIF).isVisual()).isTrue();
    assertThat(MediaItem.of(MediaKind.VIDEO).isVisual()).isTrue();
    assertThat(MediaItem.of(MediaKind.AUDIO).isVisual()).isFalse();
    assertThat(MediaItem.of(MediaKind.DOCUMENT).isVisual()).isFalse();
  }

  @Test
  void blankAltTextIsRefusedByName() {
    assertThatThrownBy(() -> MediaItem.of(MediaKind.IMAGE, " \u200B\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("altText");
    assertThatThrownBy(() -> BARE.withAltText(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("altText");
  }

  @Test
  void equalityIsKindAndAltText() {
    new EqualsTester()
        .addEqualityGroup(PHOTO, MediaItem.of(MediaKind.IMAGE, COFFEE), BARE.withAltText(COFFEE))
        .addEqualityGroup(BARE, MediaItem.of(MediaKind.IMAGE))
        .addEqualityGroup(MediaItem.of(MediaKind.VIDEO, COFFEE))
        .addEqualityGroup(MediaItem.of(MediaKind.IMAGE, COFFEE + "."))
        .testEquals();
  }

  private static PostContent carouselOfAnImageAndAVideo() {
    return PostContent.builder()
        .format(PostFormat.CAROUSEL)
        .purpose(PostPurpose.EDUCATE)
        .addMedia(MediaKind.IMAGE, MediaKind.VIDEO)
        .build();
  }

  @Test
  void aPostSetsAltTextOnOneItem() {
    PostContent content = carouselOfAnImageAndAVideo();
    PostContent described = content.withAltText(1, "A barista pours milk");
    assertThat(described.media())
        .containsExactly(BARE, MediaItem.of(MediaKind.VIDEO, "A barista pours milk"));
    assertThat(described.mediaKinds()).containsExactly(MediaKind.IMAGE, MediaKind.VIDEO);
    assertThat(content.media()).containsExactly(BARE, MediaItem.of(MediaKind.VIDEO));
    assertThatThrownBy(() -> content.withAltText(2, "x"))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("media[2]")
        .hasMessageContaining("2 media items");
    assertThatThrownBy(() -> content.withAltText(-1, "x"))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(content.withMedia(List.of(PHOTO)).media()).containsExactly(PHOTO);
  }

  @Test
  void theFirstItemCanBeDescribed() {
    // Index 0 is the lowest index that exists: it must not be refused as out of range.
    PostContent content = carouselOfAnImageAndAVideo();
    assertThat(content.withAltText(0, COFFEE).media())
        .containsExactly(MediaItem.of(MediaKind.IMAGE, COFFEE), MediaItem.of(MediaKind.VIDEO));
  }
}
