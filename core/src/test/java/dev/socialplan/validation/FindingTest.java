package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import dev.socialplan.plan.MethodStep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final FindingArgument ALLOCATED = FindingArgument.decimal("allocated", 12500.5);
  private static final FindingArgument TOTAL = FindingArgument.integer("total", 10000);
  private static final Finding OVER =
      Finding.of(TestCodes.OVER_TOTAL, "budget.allocations", ALLOCATED, TOTAL);

  @Test
  void keepsItsPartsWithTheCodesDefaultSeverityAndStep() {
    assertThat(OVER.code()).isEqualTo(TestCodes.OVER_TOTAL);
    assertThat(OVER.severity()).isEqualTo(Severity.ERROR);
    assertThat(OVER.step()).isEqualTo(MethodStep.BUDGET);
    assertThat(OVER.path()).isEqualTo("budget.allocations");
    assertThat(OVER.arguments()).containsExactly(ALLOCATED, TOTAL);
    assertThat(OVER.argument("total")).contains(TOTAL);
    assertThat(OVER.argument("allocated").map(FindingArgument::value))
        .contains(new BigDecimal("12500.5"));
    assertThat(OVER.argument("missing")).isEmpty();
  }

  @Test
  void formatsMessagesAndHintsInTheGivenLocaleWithStableNumbers() {
    assertThat(OVER.message(Locale.ENGLISH))
        .isEqualTo("Allocations of 12,500.5 exceed the total of 10,000.");
    assertThat(OVER.message(Locale.TAIWAN)).isEqualTo("分配金額 12,500.5 超過總預算 10,000。");
    assertThat(OVER.hint(Locale.ENGLISH)).isEqualTo("Lower the allocations or raise the total.");
    // German would write 12.500,5; messages keep Locale.ROOT number formatting in every language.
    assertThat(OVER.message(Locale.GERMANY))
        .isEqualTo("Allocations of 12,500.5 exceed the total of 10,000.");
  }

  @Test
  void keepsArgumentsInTheRulesOrderAndAcceptsThemAsAList() {
    FindingArgument listed = FindingArgument.integer("listed", 7);
    FindingArgument maximum = FindingArgument.integer("maximum", 5);
    FindingArgument extra = FindingArgument.date("since", LocalDate.of(2025, 3, 1));
    Finding f = Finding.of(TestCodes.TOO_MANY, "competitors", List.of(maximum, extra, listed));
    assertThat(f.arguments()).containsExactly(maximum, extra, listed);
    // The order does not matter to the text: names do.
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("7 competitors listed; the method asks for 5.");
    assertThatThrownBy(() -> f.arguments().add(listed))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesMissingDuplicateAndNullArguments() {
    assertThatThrownBy(
            () ->
                Finding.of(TestCodes.TOO_MANY, "competitors", FindingArgument.integer("listed", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "TEST_TOO_MANY needs the argument maximum (its texts refer to [listed, maximum]):"
                + " [listed=1]");
    assertThatThrownBy(
            () ->
                Finding.of(
                    TestCodes.TOO_MANY,
                    "competitors",
                    FindingArgument.integer("listed", 1),
                    FindingArgument.integer("maximum", 2),
                    FindingArgument.text("listed", "one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arguments of TEST_TOO_MANY share the name listed");
    assertThatThrownBy(
            () ->
                Finding.of(
                    TestCodes.TOO_MANY,
                    "competitors",
                    FindingArgument.integer("listed", 1),
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("arguments[1] must not be null");
  }

  @Test
  void acceptsWellFormedPaths() {
    for (String path :
        List.of(
            "budget",
            "goals[2].deadline",
            "budget.allocations[instagram]",
            "audience.personas[0].painPoints",
            "matrix[1][2]")) {
      assertThat(Finding.of(TestCodes.NO_GOALS, path).path()).isEqualTo(path);
    }
  }

  @Test
  void refusesMalformedPaths() {
    for (String path : List.of("", " ", "goals.", ".goals", "goals[]", "goals[2", "2goals", "a b")) {
      assertThatThrownBy(() -> Finding.of(TestCodes.NO_GOALS, path))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + path + "\"");
    }
  }

  /** The grammar of paths as a regular expression: the oracle of the hand-written scan. */
  private static final Pattern PATH_GRAMMAR =
      Pattern.compile(
          "[A-Za-z_][A-Za-z0-9_]*(\\[[^\\[\\]]+\\])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[[^\\[\\]]+\\])*)*");

  @Test
  void thePathScanAgreesWithTheGrammarsRegularExpression() {
    // Texts over the characters that matter (name characters, digits, dots, brackets, a space, a
    // non-ASCII letter and an emoji), so that well-formed and malformed paths both come up often.
    String alphabet = "ab_Z09.[].[]x é😀";
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 14))
        .checkAssert(
            indexes -> {
              StringBuilder sb = new StringBuilder();
              indexes.forEach(i -> sb.append(alphabet.charAt(i)));
              String text = sb.toString();
              assertThat(Finding.isPath(text))
                  .as("\"%s\"", text)
                  .isEqualTo(PATH_GRAMMAR.matcher(text).matches());
            });
    // The edges of the name characters: A, Z, a, z and the characters just outside them.
    List<String> edges = List.of("A", "Z.a", "z[1]", "@a", "[a", "`a", "{a", "a@", "a{", "a.@");
    for (String path : edges) {
      assertThat(Finding.isPath(path)).as(path).isEqualTo(PATH_GRAMMAR.matcher(path).matches());
    }
    for (String path : List.of("a[😀]", "a[b.c].d", "_[ ]", "a[]]", "a[[b]]", "a.b[1].", "é")) {
      assertThat(Finding.isPath(path)).as(path).isEqualTo(PATH_GRAMMAR.matcher(path).matches());
    }
  }

  @Test
  void pathPrefixesStopAtSegmentBoundaries() {
    Finding deadline = Finding.of(TestCodes.NO_GOALS, "goals[2].deadline");
    assertThat(deadline.isUnder("goals[2].deadline")).isTrue();
    assertThat(deadline.isUnder("goals[2]")).isTrue();
    assertThat(deadline.isUnder("goals")).isTrue();
    assertThat(deadline.isUnder("")).isTrue();
    assertThat(deadline.isUnder("goals[20]")).isFalse();
    assertThat(deadline.isUnder("go")).isFalse();
    assertThat(deadline.isUnder("goals[2].dead")).isFalse();
  }

  @Test
  void withSeverityChangesOnlyTheSeverity() {
    Finding warning = OVER.withSeverity(Severity.WARNING);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.code()).isEqualTo(OVER.code());
    assertThat(warning.arguments()).isEqualTo(OVER.arguments());
    assertThat(warning).isNotEqualTo(OVER);
    assertThat(OVER.withSeverity(Severity.ERROR)).isSameAs(OVER);
  }

  @Test
  void equalByValueWithReadableToString() {
    assertThat(
            Finding.of(
                TestCodes.OVER_TOTAL,
                "budget.allocations",
                FindingArgument.decimal("allocated", new BigDecimal("12500.5")),
                FindingArgument.integer("total", 10000L)))
        .isEqualTo(OVER)
        .hasSameHashCodeAs(OVER);
    assertThat(OVER)
        .hasToString("ERROR TEST_OVER_TOTAL at budget.allocations [allocated=12500.5, total=10000]");
    assertThat(Finding.of(TestCodes.NO_GOALS, "goals"))
        .hasToString("WARNING TEST_NO_GOALS at goals");
  }

  @Test
  void differsInAnyPartAndFromOtherTypes() {
    Finding otherArguments =
        Finding.of(
            TestCodes.OVER_TOTAL, "budget.allocations", ALLOCATED, FindingArgument.integer("total", 9000));
    assertThat(OVER)
        .isNotEqualTo(otherArguments)
        .isNotEqualTo(OVER.withSeverity(Severity.WARNING))
        .isNotEqualTo(Finding.of(TestCodes.OVER_TOTAL, "budget.total", ALLOCATED, TOTAL))
        .isNotEqualTo(OVER.toString())
        .doesNotHaveSameHashCodeAs(otherArguments);
    new EqualsTester()
        .addEqualityGroup(
            OVER, Finding.of(TestCodes.OVER_TOTAL, "budget.allocations", List.of(ALLOCATED, TOTAL)))
        .addEqualityGroup(otherArguments)
        .addEqualityGroup(OVER.withSeverity(Severity.WARNING))
        .addEqualityGroup(Finding.of(TestCodes.OVER_TOTAL, "budget.total", ALLOCATED, TOTAL))
        .testEquals();
  }

  @Test
  void survivesSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(OVER);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Finding copy = (Finding) in.readObject();
      assertThat(copy).isEqualTo(OVER);
      assertThat(copy.message(Locale.ENGLISH)).isEqualTo(OVER.message(Locale.ENGLISH));
    }
  }
}
