package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MediaKindTest {

  @Test
  void namesAreStableBecauseExportsWriteThem() {
    // X-SOCIALPLAN-MEDIA in iCalendar exports carries these names; renaming one breaks readers.
    assertThat(Arrays.stream(MediaKind.values()).map(Enum::name))
        .containsExactly("IMAGE", "VIDEO", "GIF", "AUDIO", "DOCUMENT");
  }

  @Test
  void eachAttachmentCountsOnce() {
    ScheduledPost carousel =
        ScheduledPost.builder()
            .id("c")
            .platform(Platform.INSTAGRAM)
            .time(Instant.parse("2026-01-05T01:00:00Z"))
            .content(PostContent.builder()
                .format(PostFormat.CAROUSEL)
                .purpose(PostPurpose.INFORM)
                .addMedia(MediaKind.IMAGE, MediaKind.IMAGE, MediaKind.VIDEO)
                .build())
            .build();
    assertThat(carousel.content().mediaCount()).isEqualTo(3);
    assertThat(carousel.content().mediaKinds()).containsExactly(MediaKind.IMAGE, MediaKind.IMAGE, MediaKind.VIDEO);
  }
}
