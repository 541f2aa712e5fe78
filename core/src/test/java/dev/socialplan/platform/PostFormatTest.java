package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PostFormatTest {
  @Test
  void videoFormats() {
    assertThat(Arrays.stream(PostFormat.values()).filter(PostFormat::isVideo))
        .containsExactly(
            PostFormat.VIDEO, PostFormat.SHORT_VIDEO, PostFormat.LONG_VIDEO, PostFormat.LIVE);
  }
}
