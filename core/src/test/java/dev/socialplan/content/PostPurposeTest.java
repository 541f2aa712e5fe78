package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PostPurposeTest {
  @Test
  void onlyPromoteIsPromotional() {
    assertThat(Arrays.stream(PostPurpose.values()).filter(PostPurpose::isPromotional))
        .containsExactly(PostPurpose.PROMOTE);
  }
}
