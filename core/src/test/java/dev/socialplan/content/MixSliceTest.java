package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MixSliceTest {
  private static final MixSlice PROMOTE =
      MixSlice.ofPurposes("promote", 0.2, EnumSet.of(PostPurpose.PROMOTE));
  private static final MixSlice CURATED =
      MixSlice.ofSources("curated", 0.5, EnumSet.of(ContentSource.CURATED));

  @Test
  void purposeSliceTakesEverySource() {
    assertThat(PROMOTE.sources()).containsExactly(ContentSource.values());
    assertThat(PROMOTE.contains(ContentKind.of(PostPurpose.PROMOTE, ContentSource.CURATED)))
        .isTrue();
    assertThat(PROMOTE.contains(ContentKind.of(PostPurpose.INFORM))).isFalse();
  }

  @Test
  void sourceSliceTakesEveryPurpose() {
    assertThat(CURATED.purposes()).containsExactly(PostPurpose.values());
    assertThat(CURATED.contains(ContentKind.of(PostPurpose.PROMOTE, ContentSource.CURATED)))
        .isTrue();
    assertThat(CURATED.contains(ContentKind.of(PostPurpose.PROMOTE))).isFalse();
  }

  @Test
  void bothDimensionsMustMatch() {
    MixSlice curatedEducation =
        MixSlice.builder()
            .name("curated education")
            .share(0.3)
            .addPurposes(PostPurpose.EDUCATE)
            .addSources(ContentSource.CURATED)
            .build();
    assertThat(curatedEducation.contains(ContentKind.of(PostPurpose.EDUCATE, ContentSource.CURATED)))
        .isTrue();
    assertThat(curatedEducation.contains(ContentKind.of(PostPurpose.EDUCATE))).isFalse();
  }

  @Test
  void equalByValueWhateverTheOrderOfItsSets() {
    MixSlice a =
        MixSlice.ofPurposes("value", 0.8, Set.of(PostPurpose.ENTERTAIN, PostPurpose.INFORM));
    MixSlice b =
        MixSlice.ofPurposes("value", 0.8, EnumSet.of(PostPurpose.INFORM, PostPurpose.ENTERTAIN));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.purposes()).containsExactly(PostPurpose.INFORM, PostPurpose.ENTERTAIN);
    assertThat(a.withShare(0.7)).isNotEqualTo(b);
    assertThat(a.toString()).contains("value", "0.8");
  }

  @Test
  void refusesImpossibleSlices() {
    assertThatThrownBy(() -> PROMOTE.withShare(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be between 0 and 1: 1.2");
    assertThatThrownBy(() -> MixSlice.ofPurposes(" ", 0.2, EnumSet.of(PostPurpose.PROMOTE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> MixSlice.ofPurposes("none", 0.2, EnumSet.noneOf(PostPurpose.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purposes of slice \"none\" must not be empty");
    assertThatThrownBy(() -> MixSlice.ofSources("none", 0.2, EnumSet.noneOf(ContentSource.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sources of slice \"none\" must not be empty");
  }
}
