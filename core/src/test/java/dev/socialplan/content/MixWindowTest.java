package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixWindowTest {
  private static final List<PostPurpose> POSTS =
      List.of(PostPurpose.INFORM, PostPurpose.PROMOTE, PostPurpose.PROMOTE, PostPurpose.EDUCATE);
  private static final List<MixWindow> OFF =
      ContentMix.EIGHTY_TWENTY.offTargetWindows(POSTS, ContentKind::of, 2);

  @Test
  void describesTheWindowEndingAtAPost() {
    // windows [0,1] 50 %, [1,2] 100 %, [2,3] 50 % promotion: all off target
    assertThat(OFF).extracting(MixWindow::first).containsExactly(0, 1, 2);
    assertThat(OFF).extracting(MixWindow::last).containsExactly(1, 2, 3);
    MixWindow both = OFF.get(1);
    assertThat(both.size()).isEqualTo(2);
    assertThat(both.tally().total()).isEqualTo(2);
    assertThat(both.evaluation().share("promote").orElseThrow().count()).isEqualTo(2);
    assertThat(both).hasToString("posts[1..2]: 80/20 off target: inform, educate, entertain 0/2 = 0%"
        + " (target 80%), promote 2/2 = 100% (target 20%)");
  }

  @Test
  void equalByRangeAndCounts() {
    List<MixWindow> again = ContentMix.EIGHTY_TWENTY.offTargetWindows(POSTS, ContentKind::of, 2);
    assertThat(again).isEqualTo(OFF);
    assertThat(again.get(0))
        .hasSameHashCodeAs(OFF.get(0))
        .isNotEqualTo(OFF.get(2))
        .doesNotHaveSameHashCodeAs(OFF.get(2));
    new EqualsTester()
        .addEqualityGroup(again.get(0), OFF.get(0))
        .addEqualityGroup(OFF.get(2))
        .testEquals();
  }
}
