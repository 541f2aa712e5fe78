package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityProgrammeTest {
  private static final CommunityProgramme MUMS_CLUB =
      CommunityProgramme.builder()
          .name("Busy mums club")
          .platform(Platform.FACEBOOK)
          .groupName("Glow Busy Mums Club")
          .addInteractivePosts(InteractivePost.POLL, InteractivePost.QUESTION)
          .interactivePostsPerWeek(3)
          .build();

  @Test
  void keepsItsParts() {
    assertThat(MUMS_CLUB.platform()).isEqualTo(Platform.FACEBOOK);
    assertThat(MUMS_CLUB.platforms()).isEqualTo(Set.of(Platform.FACEBOOK));
    assertThat(MUMS_CLUB.groupName()).contains("Glow Busy Mums Club");
    assertThat(MUMS_CLUB.interactivePosts())
        .containsExactly(InteractivePost.QUESTION, InteractivePost.POLL);
    assertThat(MUMS_CLUB.interactivePostsPerWeek()).isEqualTo(3);
    assertThat(MUMS_CLUB.kind()).isEqualTo(TacticKind.COMMUNITY);
  }

  @Test
  void b2bCommunityOnLinkedIn() {
    CommunityProgramme b2b = CommunityProgramme.of("Ops leaders", Platform.LINKEDIN);
    assertThat(b2b.interactivePosts()).isEmpty();
    assertThat(b2b.interactivePostsPerWeek()).isZero();
    assertThat(b2b.groupName()).isEmpty();
  }

  @Test
  void equalByValue() {
    CommunityProgramme same = CommunityProgramme.builder().from(MUMS_CLUB).build();
    assertThat(same).isEqualTo(MUMS_CLUB).hasSameHashCodeAs(MUMS_CLUB);
    assertThat(same.toString()).contains("Glow Busy Mums Club");
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(
            () -> CommunityProgramme.builder().from(MUMS_CLUB).interactivePostsPerWeek(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactivePostsPerWeek must not be negative: -2");
    assertThatThrownBy(() -> CommunityProgramme.builder().from(MUMS_CLUB).groupName(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupName must not be blank: \" \"");
  }
}
