package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class PurposeDrivenCampaignTest {
  private static final PurposeDrivenCampaign PARENTS_WEEK =
      PurposeDrivenCampaign.of("parents' week", "support for single parents");

  @Test
  void startsNotSubmittedAndWithoutALinkToTheMission() {
    assertThat(PARENTS_WEEK.approval()).isEqualTo(ApprovalStatus.NOT_SUBMITTED);
    assertThat(PARENTS_WEEK.isApproved()).isFalse();
    assertThat(PARENTS_WEEK.approver()).isEmpty();
    assertThat(PARENTS_WEEK.missionLink()).isEmpty();
    assertThat(PARENTS_WEEK.cause()).isEqualTo("support for single parents");
    assertThat(PARENTS_WEEK.kind()).isEqualTo(TacticKind.PURPOSE_DRIVEN);
  }

  @Test
  void approvedAndLinkedToTheMission() {
    PurposeDrivenCampaign ready =
        PARENTS_WEEK
            .withMissionLink("Our mission is to make skincare simple for busy parents")
            .approvedBy("Head of brand");
    assertThat(ready.isApproved()).isTrue();
    assertThat(ready.approver()).contains("Head of brand");
    assertThat(ready.missionLink()).isPresent();
  }

  @Test
  void pendingAndRejectedAreNotApproved() {
    PurposeDrivenCampaign pending =
        PurposeDrivenCampaign.builder()
            .from(PARENTS_WEEK)
            .approval(ApprovalStatus.PENDING)
            .addPlatforms(Platform.INSTAGRAM, Platform.FACEBOOK)
            .build();
    assertThat(pending.isApproved()).isFalse();
    assertThat(pending.platforms()).containsExactly(Platform.INSTAGRAM, Platform.FACEBOOK);
    assertThat(
            PurposeDrivenCampaign.builder()
                .from(PARENTS_WEEK)
                .approval(ApprovalStatus.REJECTED)
                .build()
                .isApproved())
        .isFalse();
  }

  @Test
  void equalByValue() {
    PurposeDrivenCampaign same =
        PurposeDrivenCampaign.builder().name("parents' week").cause("support for single parents").build();
    assertThat(same).isEqualTo(PARENTS_WEEK).hasSameHashCodeAs(PARENTS_WEEK);
    assertThat(same.toString()).contains("support for single parents");
  }

  @Test
  void refusesBlankTexts() {
    assertThatThrownBy(() -> PurposeDrivenCampaign.of("c", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cause must not be blank: \" \"");
    assertThatThrownBy(() -> PARENTS_WEEK.withMissionLink(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missionLink must not be blank: \"\"");
    assertThatThrownBy(() -> PARENTS_WEEK.approvedBy(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("approver must not be blank: \" \"");
  }
}
