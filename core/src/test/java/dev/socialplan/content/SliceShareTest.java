package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class SliceShareTest {
  private static final SliceShare PROMOTE_1_OF_4 =
      ContentMix.EIGHTY_TWENTY
          .evaluatePurposes(
              List.of(PostPurpose.INFORM, PostPurpose.PROMOTE, PostPurpose.EDUCATE, PostPurpose.INFORM))
          .share("promote")
          .orElseThrow();

  @Test
  void comparesActualWithTarget() {
    assertThat(PROMOTE_1_OF_4.count()).isEqualTo(1);
    assertThat(PROMOTE_1_OF_4.actual()).isEqualTo(Ratio.of(1, 4));
    assertThat(PROMOTE_1_OF_4.target()).isEqualTo(0.2);
    assertThat(PROMOTE_1_OF_4.deviation().getAsDouble()).isCloseTo(0.05, within(1e-12));
    assertThat(PROMOTE_1_OF_4.isWithinTolerance()).isTrue();
    assertThat(PROMOTE_1_OF_4.slice().name()).isEqualTo("promote");
    assertThat(PROMOTE_1_OF_4).hasToString("promote 1/4 = 25% (target 20%)");
  }

  @Test
  void deviationIsNegativeBelowTarget() {
    SliceShare none =
        ContentMix.EIGHTY_TWENTY.evaluatePurposes(List.of(PostPurpose.INFORM)).share("promote").orElseThrow();
    assertThat(none.deviation().getAsDouble()).isCloseTo(-0.2, within(1e-12));
    assertThat(none.isWithinTolerance()).isFalse();
  }

  @Test
  void undefinedWithoutPosts() {
    SliceShare empty =
        ContentMix.EIGHTY_TWENTY.evaluatePurposes(List.of()).share("promote").orElseThrow();
    assertThat(empty.actual().isDefined()).isFalse();
    assertThat(empty.deviation()).isEmpty();
    assertThat(empty.isWithinTolerance()).isTrue();
    assertThat(empty).hasToString("promote no posts (target 20%)");
  }

  @Test
  void equalByValue() {
    SliceShare same =
        ContentMix.EIGHTY_TWENTY
            .evaluatePurposes(
                List.of(PostPurpose.PROMOTE, PostPurpose.ENTERTAIN, PostPurpose.ENTERTAIN, PostPurpose.ENTERTAIN))
            .share("promote")
            .orElseThrow();
    assertThat(same).isEqualTo(PROMOTE_1_OF_4).hasSameHashCodeAs(PROMOTE_1_OF_4);
    SliceShare promote2Of4 =
        ContentMix.EIGHTY_TWENTY
            .evaluatePurposes(
                List.of(
                    PostPurpose.PROMOTE,
                    PostPurpose.PROMOTE,
                    PostPurpose.ENTERTAIN,
                    PostPurpose.INFORM))
            .share("promote")
            .orElseThrow();
    assertThat(promote2Of4).isNotEqualTo(PROMOTE_1_OF_4).doesNotHaveSameHashCodeAs(PROMOTE_1_OF_4);
    new EqualsTester()
        .addEqualityGroup(same, PROMOTE_1_OF_4)
        .addEqualityGroup(promote2Of4)
        .testEquals();
  }
}
