package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApprovalStatusTest {

  @Test
  void onlyAnApprovalLetsAPurposeDrivenCampaignRun() {
    PurposeDrivenCampaign campaign = PurposeDrivenCampaign.of("parents' week", "single parents");
    for (ApprovalStatus status : ApprovalStatus.values()) {
      PurposeDrivenCampaign c = PurposeDrivenCampaign.builder().from(campaign).approval(status).build();
      assertThat(c.isApproved()).as(status.name()).isEqualTo(status == ApprovalStatus.APPROVED);
    }
    assertThat(campaign.approval()).isEqualTo(ApprovalStatus.NOT_SUBMITTED);
  }
}
