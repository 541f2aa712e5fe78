package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MixTallyTest {
  private static final ContentMix MIX = ContentMix.EIGHTY_TWENTY;
  private static final MixSlice VALUE = MIX.slices().get(0);
  private static final MixSlice PROMOTE = MIX.slices().get(1);
  private static final MixTally FOUR_AND_ONE =
      MIX.emptyTally()
          .plus(PostPurpose.INFORM)
          .plus(PostPurpose.EDUCATE)
          .plus(ContentKind.of(PostPurpose.ENTERTAIN, ContentSource.PERSONAL))
          .plus(PostPurpose.INFORM)
          .plus(PostPurpose.PROMOTE);

  @Test
  void countsPostsPerSlice() {
    assertThat(FOUR_AND_ONE.total()).isEqualTo(5);
    assertThat(FOUR_AND_ONE.count(VALUE)).isEqualTo(4);
    assertThat(FOUR_AND_ONE.count(PROMOTE)).isEqualTo(1);
    assertThat(FOUR_AND_ONE.isWithinTolerance()).isTrue();
    assertThat(FOUR_AND_ONE.mix()).isSameAs(MIX);
    assertThat(FOUR_AND_ONE).hasToString("80/20 {inform, educate, entertain=4, promote=1}");
  }

  @Test
  void isImmutable() {
    MixTally more = FOUR_AND_ONE.plus(PostPurpose.PROMOTE);
    assertThat(FOUR_AND_ONE.count(PROMOTE)).isEqualTo(1);
    assertThat(more.count(PROMOTE)).isEqualTo(2);
    assertThat(more.isWithinTolerance()).isFalse(); // 2 of 6 = 33 %
  }

  @Test
  void removesPostsAsAWindowSlides() {
    MixTally slid = FOUR_AND_ONE.minus(ContentKind.of(PostPurpose.INFORM));
    assertThat(slid.total()).isEqualTo(4);
    assertThat(slid.count(VALUE)).isEqualTo(3);
    assertThat(slid.minus(ContentKind.of(PostPurpose.PROMOTE)).count(PROMOTE)).isZero();
    assertThatThrownBy(() -> MIX.emptyTally().minus(ContentKind.of(PostPurpose.PROMOTE)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot remove a ContentKind[purpose=PROMOTE, source=ORIGINAL] post: slice \"promote\""
                + " is empty");
  }

  @Test
  void evaluatesLikeTheMix() {
    assertThat(FOUR_AND_ONE.evaluate())
        .isEqualTo(
            MIX.evaluatePurposes(
                java.util.List.of(
                    PostPurpose.INFORM,
                    PostPurpose.EDUCATE,
                    PostPurpose.ENTERTAIN,
                    PostPurpose.INFORM,
                    PostPurpose.PROMOTE)));
  }

  @Test
  void equalByCounts() {
    MixTally same =
        MIX.emptyTally()
            .plus(PostPurpose.PROMOTE)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN)
            .plus(PostPurpose.ENTERTAIN);
    assertThat(same).isEqualTo(FOUR_AND_ONE).hasSameHashCodeAs(FOUR_AND_ONE);
    assertThat(same)
        .isNotEqualTo(same.plus(PostPurpose.INFORM))
        .doesNotHaveSameHashCodeAs(same.plus(PostPurpose.INFORM));
    new EqualsTester()
        .addEqualityGroup(same, FOUR_AND_ONE)
        .addEqualityGroup(same.plus(PostPurpose.INFORM))
        .addEqualityGroup(MIX.emptyTally())
        .testEquals();
  }

  @Test
  void refusesSlicesOfAnotherMix() {
    MixSlice foreign = MixSlice.ofPurposes("promo", 0.2, EnumSet.of(PostPurpose.PROMOTE));
    assertThatThrownBy(() -> FOUR_AND_ONE.count(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slice is not part of mix \"80/20\": promo");
  }
}
