package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void namesAreReadInOrderOfFirstUseOutsideQuotes() {
    assertThat(MessageTemplate.names("{b} then {a}, again {b,number,#}; '{quoted}' it''s {c}", "t"))
        .containsExactly("b", "a", "c");
  }

  @Test
  void numberedArgumentsAndBrokenPatternsAreRefused() {
    assertThatThrownBy(() -> MessageTemplate.names("{0} posts", "X.message"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X.message must name its arguments ({reach}, not {0}): \"{0} posts\"");
    assertThatThrownBy(() -> MessageTemplate.names("{posts,number,percent", "X.hint"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X.hint is not a valid MessageFormat pattern: \"{posts,number,percent\"");
  }

  @Test
  void formatsByNameWhateverTheOrderOfTheArguments() {
    List<FindingArgument> args =
        List.of(
            FindingArgument.integer("periodDays", 7),
            FindingArgument.text("platform", "X"),
            FindingArgument.percent("share", 0.5));
    assertThat(
            MessageTemplate.format(
                "{platform} posts '{share}' {share} a {periodDays,choice,1#day|7#week}; it''s fine",
                args))
        .isEqualTo("X posts {share} 50% a week; it's fine");
    assertThatThrownBy(() -> MessageTemplate.format("{missing}", args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pattern refers to {missing}, which the finding lacks: \"{missing}\"");
  }

  @Test
  void percentsAtTheEdgesOfTheDoubleRangeShowAsNumbers() {
    assertThat(
            MessageTemplate.format(
                "{max} {min} {zero}",
                List.of(
                    FindingArgument.percent("max", -Double.MAX_VALUE),
                    FindingArgument.percent("min", Double.MIN_VALUE),
                    FindingArgument.percent("zero", -0.0))))
        .isEqualTo("-17,976,931,348,623,157" + ",000".repeat(98) + "% 0% 0%");
  }

  @Test
  void readableFormShowsNamesAndUnescapedQuotes() {
    assertThat(MessageTemplate.readable("{platform} reaches {reach,number,percent}; it''s {n}"))
        .isEqualTo("{platform} reaches {reach}; it's {n}");
  }
}
