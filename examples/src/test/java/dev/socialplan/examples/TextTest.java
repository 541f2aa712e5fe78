package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
  private static final String ENGLISH =
      "Add the account's growth over the last months, or a benchmark from comparable accounts.";
  private static final String CHINESE = "加入帳號過去幾個月的成長數據，或同類帳號的標竿，作為目標的成長參考。";

  @Test
  void chineseCharactersTakeTwoColumns() {
    assertThat(Text.width("abc")).isEqualTo(3);
    assertThat(Text.width("步驟一 目標")).isEqualTo(11);
    assertThat(Text.width("（繁體中文）")).isEqualTo(12);
    assertThat(Text.width("e\u0301")).isEqualTo(1);
  }

  @Test
  void wrapsEnglishAtSpacesWithinTheWidth() {
    List<String> lines = Text.wrap(ENGLISH, 30);
    assertThat(lines).allSatisfy(l -> assertThat(Text.width(l)).isLessThanOrEqualTo(30));
    assertThat(String.join(" ", lines)).isEqualTo(ENGLISH);
    assertThat(lines.get(0)).isEqualTo("Add the account's growth over");
  }

  @Test
  void wrapsChineseBetweenCharactersNeverBeforePunctuation() {
    List<String> lines = Text.wrap(CHINESE, 20);
    assertThat(lines).allSatisfy(l -> assertThat(Text.width(l)).isLessThanOrEqualTo(20));
    assertThat(String.join("", lines)).isEqualTo(CHINESE);
    assertThat(lines).noneMatch(l -> l.startsWith("，") || l.startsWith("。"));
  }

  @Test
  void keepsHardLineBreaks() {
    assertThat(Text.wrap("one\ntwo three", 100)).containsExactly("one", "two three");
  }

  @Test
  void excerptsCutByColumnsWithAnEllipsis() {
    assertThat(Text.excerpt("short", 10)).isEqualTo("short");
    assertThat(Text.excerpt("孩子起床前的五分鐘", 10)).isEqualTo("孩子起床…");
    assertThat(Text.width(Text.excerpt(CHINESE, 17))).isLessThanOrEqualTo(17);
    assertThat(Text.excerpt("a  b\nc", 10)).isEqualTo("a b c");
  }

  @Test
  void tablesAlignChineseAndNumbers() {
    TextTable table = new TextTable("Text", ">Posts").row("孩子", 5).row("abc", 12);
    assertThat(table.lines())
        .containsExactly("Text  Posts", "----  -----", "孩子      5", "abc      12");
  }
}
