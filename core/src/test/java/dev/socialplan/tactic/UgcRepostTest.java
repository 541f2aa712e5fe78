package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UgcRepostTest {
  private static final CreatorPermission GRANTED =
      CreatorPermission.grantedAt(Instant.parse("2027-02-03T10:15:00Z"));
  private static final UgcRepost MIA = UgcRepost.of("@mia.mornings", Platform.INSTAGRAM);

  @Test
  void needsPermissionToBePermitted() {
    assertThat(MIA.isPermitted()).isFalse();
    assertThat(MIA.permission()).isEmpty();
    UgcRepost permitted = MIA.withPermission(GRANTED);
    assertThat(permitted.isPermitted()).isTrue();
    assertThat(permitted.permission()).contains(GRANTED);
    assertThat(permitted.creator()).isEqualTo("@mia.mornings");
    assertThat(permitted.platform()).isEqualTo(Platform.INSTAGRAM);
  }

  @Test
  void equalByValue() {
    UgcRepost same =
        UgcRepost.builder()
            .creator("@mia.mornings")
            .platform(Platform.INSTAGRAM)
            .reference("instagram.com/p/abc")
            .build();
    assertThat(same.reference()).contains("instagram.com/p/abc");
    assertThat(same).isNotEqualTo(MIA);
    assertThat(UgcRepost.of("@mia.mornings", Platform.INSTAGRAM))
        .isEqualTo(MIA)
        .hasSameHashCodeAs(MIA);
  }

  @Test
  void refusesBlankCreatorOrReference() {
    assertThatThrownBy(() -> UgcRepost.of("", Platform.X))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creator must not be blank: \"\"");
    assertThatThrownBy(() -> UgcRepost.builder().from(MIA).reference(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must not be blank: \" \"");
  }
}
