package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixEvaluationTest {
  private static final MixEvaluation SEVEN_THREE_STRICT =
      ContentMix.EIGHTY_TWENTY
          .withTolerance(0.05)
          .evaluatePurposes(
              List.of(
                  PostPurpose.INFORM, PostPurpose.INFORM, PostPurpose.INFORM, PostPurpose.EDUCATE,
                  PostPurpose.EDUCATE, PostPurpose.ENTERTAIN, PostPurpose.ENTERTAIN,
                  PostPurpose.PROMOTE, PostPurpose.PROMOTE, PostPurpose.PROMOTE));

  @Test
  void reportsSharesAndVerdict() {
    assertThat(SEVEN_THREE_STRICT.totalPosts()).isEqualTo(10);
    assertThat(SEVEN_THREE_STRICT.isEmpty()).isFalse();
    assertThat(SEVEN_THREE_STRICT.isWithinTolerance()).isFalse();
    assertThat(SEVEN_THREE_STRICT.shares()).hasSize(2);
    assertThat(SEVEN_THREE_STRICT.offTarget()).hasSize(2);
    assertThat(SEVEN_THREE_STRICT.share("promote").orElseThrow().count()).isEqualTo(3);
    assertThat(SEVEN_THREE_STRICT.share("nothing")).isEmpty();
    assertThat(SEVEN_THREE_STRICT.mix().tolerance()).isEqualTo(0.05);
  }

  @Test
  void readsLikeAReport() {
    assertThat(SEVEN_THREE_STRICT)
        .hasToString(
            "80/20 off target: inform, educate, entertain 7/10 = 70% (target 80%),"
                + " promote 3/10 = 30% (target 20%)");
    assertThat(ContentMix.EIGHTY_TWENTY.evaluatePurposes(List.of()))
        .hasToString("80/20 within tolerance: no posts");
  }

  @Test
  void equalByMixAndCounts() {
    MixEvaluation same =
        ContentMix.EIGHTY_TWENTY
            .withTolerance(0.05)
            .emptyTally()
            .plus(PostPurpose.PROMOTE)
            .plus(PostPurpose.PROMOTE)
            .plus(PostPurpose.PROMOTE)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .evaluate();
    assertThat(same).isEqualTo(SEVEN_THREE_STRICT).hasSameHashCodeAs(SEVEN_THREE_STRICT);
    List<PostPurpose> sevenThree =
        List.of(
            PostPurpose.PROMOTE, PostPurpose.PROMOTE, PostPurpose.PROMOTE, PostPurpose.INFORM,
            PostPurpose.INFORM, PostPurpose.INFORM, PostPurpose.INFORM, PostPurpose.INFORM,
            PostPurpose.INFORM, PostPurpose.INFORM);
    MixEvaluation loose = ContentMix.EIGHTY_TWENTY.evaluatePurposes(sevenThree);
    List<PostPurpose> eightThree = new ArrayList<>(sevenThree);
    eightThree.add(PostPurpose.EDUCATE);
    MixEvaluation oneMore =
        ContentMix.EIGHTY_TWENTY.withTolerance(0.05).evaluatePurposes(eightThree);
    assertThat(same)
        .isNotEqualTo(oneMore)
        .isNotEqualTo(loose)
        .doesNotHaveSameHashCodeAs(oneMore)
        .doesNotHaveSameHashCodeAs(loose);
    new EqualsTester()
        .addEqualityGroup(same, SEVEN_THREE_STRICT)
        .addEqualityGroup(oneMore)
        .addEqualityGroup(loose)
        .testEquals();
  }
}
