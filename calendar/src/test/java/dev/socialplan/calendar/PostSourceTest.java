package dev.socialplan.calendar;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.tactic.CreatorPermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostSourceTest {
  private static final Instant GRANTED = Instant.parse("2026-01-02T10:00:00Z");
  private static final PostSource ANA_NO_PERMISSION = PostSource.userGenerated("@ana");
  private static final PostSource ANA_WITH_PERMISSION = PostSource.userGenerated("@ana", GRANTED);

  @Test
  void originalNeedsNoPermission() {
    assertThat(PostSource.original().isOriginal()).isTrue();
    assertThat(PostSource.original().isUserGenerated()).isFalse();
    assertThat(PostSource.original().hasPermission()).isTrue();
    assertThat(PostSource.original().creator()).isEmpty();
    assertThat(PostSource.original()).hasToString("original");
  }

  @Test
  void userGeneratedContentCarriesPermission() {
    assertThat(ANA_NO_PERMISSION.isUserGenerated()).isTrue();
    assertThat(ANA_NO_PERMISSION.hasPermission()).isFalse();
    assertThat(ANA_NO_PERMISSION.creator()).contains("@ana");
    assertThat(ANA_NO_PERMISSION.permissionGrantedAt()).isEmpty();
    assertThat(ANA_NO_PERMISSION).hasToString("UGC by @ana (no permission)");
    assertThat(ANA_WITH_PERMISSION.hasPermission()).isTrue();
    assertThat(ANA_WITH_PERMISSION.permissionGrantedAt()).contains(GRANTED);
    assertThat(ANA_NO_PERMISSION.withPermission(GRANTED))
        .isEqualTo(ANA_WITH_PERMISSION)
        .hasSameHashCodeAs(ANA_WITH_PERMISSION);
    assertThat(ANA_WITH_PERMISSION).isNotEqualTo(ANA_NO_PERMISSION);
    assertThat(ANA_WITH_PERMISSION).hasToString("UGC by @ana (permission 2026-01-02T10:00:00Z)");
  }

  @Test
  void keepsTheCreatorsPermissionWithItsEvidence() {
    CreatorPermission dm = CreatorPermission.grantedAt(GRANTED).withEvidence("DM reply of 2 Jan");
    PostSource source = PostSource.userGenerated("@ana", dm);
    assertThat(source.permission()).contains(dm);
    assertThat(source.permissionGrantedAt()).contains(GRANTED);
    assertThat(source).isNotEqualTo(ANA_WITH_PERMISSION);
    assertThat(ANA_WITH_PERMISSION.permission()).contains(CreatorPermission.grantedAt(GRANTED));
    assertThat(PostSource.original().permission()).isEmpty();
  }

  @Test
  void refusesBlankCreatorAndPermissionForOriginal() {
    assertThatThrownBy(() -> PostSource.userGenerated(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creator must not be blank: \" \"");
    assertThatThrownBy(() -> PostSource.original().withPermission(GRANTED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("original content needs no permission");
  }

  @Test
  void userGeneratedContentIsNotOriginalAndEqualityTellsCreatorsAndPermissionsApart() {
    assertThat(ANA_NO_PERMISSION.isOriginal()).isFalse();
    new EqualsTester()
        .addEqualityGroup(PostSource.original(), PostSource.original())
        .addEqualityGroup(ANA_NO_PERMISSION, PostSource.userGenerated("@ana"))
        .addEqualityGroup(ANA_WITH_PERMISSION, PostSource.userGenerated("@ana", GRANTED))
        .addEqualityGroup(PostSource.userGenerated("@ben"))
        .testEquals();
    assertThat(ANA_NO_PERMISSION.hashCode()).isNotEqualTo(PostSource.userGenerated("@ben").hashCode());
    assertThat(ANA_NO_PERMISSION.hashCode()).isNotEqualTo(ANA_WITH_PERMISSION.hashCode());
  }
}
