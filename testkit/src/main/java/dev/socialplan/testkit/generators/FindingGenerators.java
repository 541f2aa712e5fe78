package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the {@code dev.socialplan.validation} package: finding arguments of
 * every kind with the values at the edges of each kind's range, and findings of literal codes whose
 * texts refer to their arguments. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class FindingGenerators {

  private static final List<String> TYPICAL_NAMES =
      List.of("reach", "total", "platform", "limit", "count", "x", "fittingPlatforms", "day2");

  private FindingGenerators() {}

  /**
   * Generates argument names: lower camel case, typical names and any of up to 12 characters.
   *
   * @return names matching {@code [a-z][A-Za-z0-9]*}
   */
  public static Gen<String> argumentNames() {
    String first = "abcdefghijklmnopqrstuvwxyz";
    String rest = first + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    Gen<String> any =
        integers()
            .between(0, first.length() - 1)
            .zip(
                lists().of(integers().between(0, rest.length() - 1)).ofSizeBetween(0, 11),
                (head, tail) ->
                    first.charAt(head)
                        + tail.stream()
                            .map(i -> String.valueOf(rest.charAt(i)))
                            .collect(Collectors.joining()));
    return Generate.pick(TYPICAL_NAMES).mix(any, 60);
  }

  /**
   * Generates arguments of one name, of every kind: any Unicode text (empty included), whole
   * numbers up to {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE}, decimals with trailing zeros,
   * negative scales, 40 digits and the most digits before and after the point an argument takes, percent fractions from the smallest subnormal to the largest
   * finite double (negative too), money of every currency scale (negative too), and dates from
   * {@link GoalGenerators#dates()}.
   *
   * @param name the argument's name, lower camel case
   * @return arguments named {@code name}
   */
  public static Gen<FindingArgument> arguments(String name) {
    Gen<FindingArgument> text =
        PlatformGenerators.anyUnicodeTexts()
            .mix(PlatformGenerators.texts(), 50)
            .map(t -> FindingArgument.text(name, t));
    Gen<FindingArgument> integer =
        longs()
            .all()
            .mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)), 20)
            .map(n -> FindingArgument.integer(name, n));
    Gen<BigDecimal> decimals =
        longs()
            .all()
            .zip(integers().between(-3, 12), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
            .mix(
                Generate.pick(
                    List.of(
                        new BigDecimal("2.50"),
                        new BigDecimal("0.000"),
                        new BigDecimal("-0.1"),
                        new BigDecimal("1E+999"),
                        new BigDecimal("-1E-1000"),
                        new BigDecimal(new BigInteger("1234567890123456789012345678901234567890"), 20))),
                20);
    Gen<FindingArgument> decimal = decimals.map(d -> FindingArgument.decimal(name, d));
    Gen<FindingArgument> percent =
        doubles()
            .between(-2.0, 2.0)
            .mix(
                Generate.pick(
                    List.of(
                        Double.MIN_VALUE,
                        -Double.MIN_VALUE,
                        Double.MAX_VALUE,
                        -Double.MAX_VALUE,
                        0.0,
                        -0.0,
                        0.1,
                        1.0 / 3)),
                20)
            .map(f -> FindingArgument.percent(name, f));
    Gen<FindingArgument> money =
        BudgetGenerators.money()
            .zip(Generate.booleans(), (m, negative) -> negative ? m.negated() : m)
            .map(m -> FindingArgument.money(name, m));
    Gen<FindingArgument> date = GoalGenerators.dates().map(d -> FindingArgument.date(name, d));
    return text.mix(integer, 17).mix(decimal, 17).mix(percent, 17).mix(money, 17).mix(date, 17);
  }

  /**
   * Generates arguments of any name and kind.
   *
   * @return arguments
   * @see #arguments(String)
   */
  public static Gen<FindingArgument> arguments() {
    return argumentNames().flatMap(FindingGenerators::arguments);
  }

  /**
   * Generates lists of zero to five arguments with unique names, as a finding takes them.
   *
   * @return argument lists, in no particular name order
   */
  public static Gen<List<FindingArgument>> argumentLists() {
    return lists()
        .of(arguments())
        .ofSizeBetween(0, 5)
        .map(
            list -> {
              Map<String, FindingArgument> unique = new LinkedHashMap<>();
              list.forEach(a -> unique.putIfAbsent(a.name(), a));
              return List.copyOf(unique.values());
            });
  }

  /**
   * Generates findings of literal codes ({@code CUSTOM_0} to {@code CUSTOM_99}, any severity and
   * step) whose message names every argument and whose hint names the first, at paths such as
   * {@code content.pillars[3]}.
   *
   * @return findings whose messages render in every locale
   */
  public static Gen<Finding> literalFindings() {
    return argumentLists()
        .zip(
            integers().between(0, 99),
            Generate.enumValues(Severity.class),
            Generate.enumValues(MethodStep.class),
            (arguments, n, severity, step) -> {
              List<String> names = new ArrayList<>();
              arguments.forEach(a -> names.add("{" + a.name() + "}"));
              String message = "It''s " + String.join(", ", names) + " '{'literal'}'";
              String hint = arguments.isEmpty() ? "Fix it." : "Fix " + names.get(0) + ".";
              FindingCode code = FindingCode.literal("CUSTOM_" + n, severity, step, message, hint);
              return Finding.of(code, "content.pillars[" + n + "]", arguments);
            });
  }
}
