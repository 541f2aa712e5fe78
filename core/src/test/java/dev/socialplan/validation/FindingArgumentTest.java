package dev.socialplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.socialplan.plan.MethodStep;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class FindingArgumentTest {
  private static final FindingArgument PLATFORM = FindingArgument.text("platform", "Instagram");
  private static final FindingArgument POSTS = FindingArgument.integer("posts", 12_345);
  private static final FindingArgument DAYS = FindingArgument.decimal("days", 2.5);
  private static final FindingArgument REACH = FindingArgument.percent("reach", 0.126);
  private static final FindingArgument BUDGET =
      FindingArgument.money("budget", Money.parse("USD 1200.00"));
  private static final FindingArgument DEADLINE =
      FindingArgument.date("deadline", LocalDate.of(2026, 3, 1));
  private static final FindingCode EVERY_KIND =
      FindingCode.literal(
          "TEST_EVERY_KIND",
          Severity.INFO,
          MethodStep.PLATFORMS,
          "{platform}: {posts} posts in {days} days reach {reach} for {budget} by {deadline}.",
          "At most {reach,number,#.#%}; don''t pay more than {budget}.");

  @Test
  void eachKindHoldsItsValueInOneClass() {
    assertThat(PLATFORM.value()).isEqualTo("Instagram");
    assertThat(POSTS.value()).isEqualTo(12_345L);
    assertThat(DAYS.value()).isEqualTo(new BigDecimal("2.5"));
    assertThat(REACH.value()).isEqualTo(0.126);
    assertThat(BUDGET.value()).isEqualTo(Money.parse("USD 1200.00"));
    assertThat(DEADLINE.value()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(new FindingArgument[] {PLATFORM, POSTS, DAYS, REACH, BUDGET, DEADLINE})
        .extracting(FindingArgument::kind)
        .containsExactly(FindingArgument.Kind.values());
    // A double keeps its shortest decimal form, not its binary expansion.
    assertThat(FindingArgument.decimal("share", 0.1).value()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void messagesShowEachKindTheWayItsKindSaysInEveryLanguage() {
    Finding f = Finding.of(EVERY_KIND, "platforms[0]", PLATFORM, POSTS, DAYS, REACH, BUDGET, DEADLINE);
    String expected =
        "Instagram: 12,345 posts in 2.5 days reach 13% for USD 1200.00 by 2026-03-01.";
    assertThat(f.message(Locale.ENGLISH)).isEqualTo(expected);
    assertThat(f.message(Locale.GERMANY)).isEqualTo(expected);
    // An explicit format wins over the kind's; quotes work as in MessageFormat.
    assertThat(f.hint(Locale.ENGLISH)).isEqualTo("At most 12.6%; don't pay more than USD 1200.00.");
    assertThat(EVERY_KIND.argumentNames())
        .containsExactly("platform", "posts", "days", "reach", "budget", "deadline");
  }

  @Test
  void namesAreLowerCamelCase() {
    for (String name : new String[] {"reach", "x", "postsPerWeek2"}) {
      assertThat(FindingArgument.integer(name, 1).name()).isEqualTo(name);
    }
    for (String name : new String[] {"", "Reach", "2posts", "posts_per_week", "reach rate", "é"}) {
      assertThatThrownBy(() -> FindingArgument.integer(name, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must be lower camel case ([a-z][A-Za-z0-9]*): \"" + name + "\"");
    }
    assertThatThrownBy(() -> FindingArgument.integer(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
  }

  @Test
  void refusesNullAndNonFiniteValuesNamingTheArgument() {
    assertThatThrownBy(() -> FindingArgument.text("platform", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("platform must not be null");
    assertThatThrownBy(() -> FindingArgument.percent("reach", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reach must be a finite number: NaN");
    assertThatThrownBy(() -> FindingArgument.decimal("days", new BigDecimal("1E+1001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "days must have at most 1000 digits before and after its point (a message shows it in"
                + " full): 1E+1001");
    assertThatThrownBy(() -> FindingArgument.decimal("days", new BigDecimal("1E-1001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("days must have at most 1000 digits");
    assertThatThrownBy(() -> FindingArgument.decimal("days", new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FindingArgument.decimal("days", new BigDecimal("1E+999")).value())
        .isEqualTo(new BigDecimal("1E+999"));
    assertThat(FindingArgument.decimal("days", new BigDecimal("1E-1000")).value())
        .isEqualTo(new BigDecimal("1E-1000"));
    assertThat(FindingArgument.decimal("days", Double.MAX_VALUE).value())
        .isEqualTo(BigDecimal.valueOf(Double.MAX_VALUE));
    assertThat(FindingArgument.decimal("days", -Double.MIN_VALUE).value())
        .isEqualTo(BigDecimal.valueOf(-Double.MIN_VALUE));
    assertThatThrownBy(() -> FindingArgument.decimal("days", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be a finite number: Infinity");
    assertThatThrownBy(() -> FindingArgument.money("budget", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("budget must not be null");
  }

  @Test
  void equalByNameKindAndValue() {
    new EqualsTester()
        .addEqualityGroup(POSTS, FindingArgument.integer("posts", 12_345L))
        .addEqualityGroup(FindingArgument.integer("posts", 12_346))
        .addEqualityGroup(FindingArgument.integer("count", 12_345))
        .addEqualityGroup(FindingArgument.decimal("posts", new BigDecimal("12345")))
        .addEqualityGroup(FindingArgument.text("posts", "12345"))
        .addEqualityGroup(DAYS, FindingArgument.decimal("days", new BigDecimal("2.5")))
        // Decimals compare like BigDecimal#equals: 2.50 is not 2.5.
        .addEqualityGroup(FindingArgument.decimal("days", new BigDecimal("2.50")))
        .addEqualityGroup(REACH)
        .addEqualityGroup(BUDGET)
        .addEqualityGroup(DEADLINE)
        .testEquals();
    assertThat(BUDGET).hasToString("budget=USD 1200.00");
  }

  @Test
  void survivesSerialisationThroughItsProxy() throws Exception {
    for (FindingArgument a : new FindingArgument[] {PLATFORM, POSTS, DAYS, REACH, BUDGET, DEADLINE}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(a);
      }
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).isEqualTo(a);
      }
    }
  }
}
