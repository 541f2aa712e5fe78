package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class PlatformTest {
  private static final Platform XIAOHONGSHU = Platform.of("Xiaohongshu");

  @Test
  void wellKnownIdsReturnTheirConstants() {
    assertThat(Platform.of("instagram")).isSameAs(Platform.INSTAGRAM);
    assertThat(Platform.of("  LinkedIn ")).isSameAs(Platform.LINKEDIN);
    assertThat(Platform.of("twitter")).isSameAs(Platform.X);
    assertThat(Platform.of("tiktok", "Douyin?")).isSameAs(Platform.TIKTOK);
    assertThat(Platform.wellKnown()).hasSize(14).allMatch(Platform::isWellKnown);
  }

  @Test
  void anyOtherPlatformByIdWithItsOwnName() {
    assertThat(XIAOHONGSHU.id()).isEqualTo("xiaohongshu");
    assertThat(XIAOHONGSHU.displayName()).isEqualTo("Xiaohongshu");
    assertThat(XIAOHONGSHU.isWellKnown()).isFalse();
    assertThat(Platform.of("line", "LINE")).hasToString("LINE");
    assertThat(Platform.of("XIAOHONGSHU", "小紅書")).isEqualTo(XIAOHONGSHU);
  }

  @Test
  void refusesMalformedIds() {
    assertThatThrownBy(() -> Platform.of("we chat"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be 1 to 64 letters, digits, '-' or '_': \"we chat\"");
    assertThatThrownBy(() -> Platform.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("displayName must not be blank");
    assertThatThrownBy(() -> Platform.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Platform.of(null)).isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
  }

  @Test
  void ordersById() {
    assertThat(Platform.FACEBOOK).isLessThan(Platform.INSTAGRAM);
    assertThat(Platform.X.compareTo(Platform.of("x"))).isZero();
  }

  @Test
  void deserialisedConstantsStayUnique() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(Platform.INSTAGRAM);
      out.writeObject(XIAOHONGSHU);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(Platform.INSTAGRAM);
      assertThat(in.readObject()).isEqualTo(XIAOHONGSHU);
    }
  }

  @Test
  void equalById() {
    new EqualsTester()
        .addEqualityGroup(Platform.INSTAGRAM, Platform.of("instagram"), Platform.of(" Instagram "))
        .addEqualityGroup(XIAOHONGSHU, Platform.of("xiaohongshu"))
        .addEqualityGroup(Platform.FACEBOOK)
        .testEquals();
  }
}
