package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSourceTest {

  @Test
  void theSourceMixesGiveEverySourceExactlyOneSlice() {
    // A source added without a place in the rule of thirds and 5-3-2 would be counted nowhere.
    for (ContentMix mix : List.of(ContentMix.RULE_OF_THIRDS, ContentMix.FIVE_THREE_TWO)) {
      for (ContentSource source : ContentSource.values()) {
        assertThat(mix.slices().stream().filter(s -> s.sources().contains(source)))
            .as("%s in %s", source, mix.name())
            .hasSize(1);
      }
    }
  }
}
