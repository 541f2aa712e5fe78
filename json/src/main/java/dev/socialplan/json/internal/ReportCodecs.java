package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.Scalars.BOOLEAN;
import static dev.socialplan.json.internal.Scalars.DOUBLE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE;
import static dev.socialplan.json.internal.Scalars.LONG;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.enumOf;

import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingArgument.Kind;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.joda.money.Money;

/**
 * Validation reports and findings as a front end shows them: code, severity, path, method step,
 * the message and hint rendered in the writer's locale, and the arguments, named and typed.
 */
public final class ReportCodecs {

  private ReportCodecs() {}

  /** The library's finding codes by name: the standard plan and calendar rule sets'. */
  private static final Map<String, FindingCode> KNOWN_CODES = new HashMap<>();

  static {
    for (FindingCode code : PlanRules.standard().codes()) {
      KNOWN_CODES.put(code.name(), code);
    }
    for (FindingCode code : CalendarRules.standard().codes()) {
      KNOWN_CODES.put(code.name(), code);
    }
  }

  /** The number of digits is bounded by the maximum string length of a document. */
  private static final Pattern EXACT_DECIMAL_TEXT =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?(E[+-]?[0-9]{1,4})?");

  /**
   * A decimal argument's value as Java writes a {@link BigDecimal} ({@code "2.50"}, {@code "1E+3"}):
   * unlike the plain decimals of the rest of the format, a decimal argument may have a negative
   * scale, which the exponent keeps. The exponent has at most four digits, so the text cannot make
   * an enormous number; {@link FindingArgument#decimal(String, BigDecimal)} bounds the rest.
   */
  private static final Codec<BigDecimal> EXACT_DECIMAL =
      Scalars.text(
          "a decimal number as a string (\"2.50\", \"1E+3\")",
          BigDecimal::toString,
          text -> {
            if (!EXACT_DECIMAL_TEXT.matcher(text).matches()) {
              throw new IllegalArgumentException(
                  "not a decimal number (digits, an optional point, an optional exponent of up to"
                      + " four digits)");
            }
            return new BigDecimal(text);
          });

  /**
   * A finding argument: its name and its value under the property that names its kind, so the
   * kind is in the document and any property order reads back: {"name": "reach", "percent": 0.125},
   * {"name": "total", "money": {"amount": "1200.00", "currency": "USD"}}. Decimals are strings so
   * their scale survives; a percent is the fraction, not the percentage.
   */
  public static final ObjectCodec<FindingArgument> ARGUMENT =
      ObjectCodec.define(
          "FindingArgument",
          t -> {
            var name = t.req("name", STRING, FindingArgument::name);
            var text = t.opt("text", STRING, a -> valueOf(a, Kind.TEXT, String.class));
            var integer = t.opt("integer", LONG, a -> valueOf(a, Kind.INTEGER, Long.class));
            var decimal =
                t.opt("decimal", EXACT_DECIMAL, a -> valueOf(a, Kind.DECIMAL, BigDecimal.class));
            var percent = t.opt("percent", DOUBLE, a -> valueOf(a, Kind.PERCENT, Double.class));
            var money = t.opt("money", Scalars.MONEY, a -> valueOf(a, Kind.MONEY, Money.class));
            var date = t.opt("date", LOCAL_DATE, a -> valueOf(a, Kind.DATE, LocalDate.class));
            return v -> {
              String n = v.get(name);
              List<FindingArgument> given = new ArrayList<>(1);
              v.get(text).ifPresent(x -> given.add(FindingArgument.text(n, x)));
              v.get(integer).ifPresent(x -> given.add(FindingArgument.integer(n, x)));
              v.get(decimal).ifPresent(x -> given.add(FindingArgument.decimal(n, x)));
              v.get(percent).ifPresent(x -> given.add(FindingArgument.percent(n, x)));
              v.get(money).ifPresent(x -> given.add(FindingArgument.money(n, x)));
              v.get(date).ifPresent(x -> given.add(FindingArgument.date(n, x)));
              if (given.size() != 1) {
                throw new IllegalArgumentException(
                    "argument \""
                        + n
                        + "\" must have exactly one of text, integer, decimal, percent, money,"
                        + " date; found "
                        + given.size());
              }
              return given.get(0);
            };
          });

  private static <V> Optional<V> valueOf(FindingArgument argument, Kind kind, Class<V> type) {
    return argument.kind() == kind ? Optional.of(type.cast(argument.value())) : Optional.empty();
  }

  /** A finding as a front end shows it. */
  public static final ObjectCodec<Finding> FINDING =
      ObjectCodec.define(
          "Finding",
          t -> {
            var code = t.req("code", STRING, f -> f.code().name());
            var severity = t.req("severity", enumOf(Severity.class), Finding::severity);
            var path = t.req("path", STRING, Finding::path);
            var step = t.req("step", enumOf(MethodStep.class), Finding::step);
            var message = t.localized("message", Finding::message);
            var hint = t.localized("hint", Finding::hint);
            var arguments = t.list("arguments", ARGUMENT, Finding::arguments);
            return v -> {
              FindingCode known = KNOWN_CODES.get(v.get(code));
              FindingCode resolved =
                  known != null && known.step() == v.get(step)
                      ? known
                      : FindingCode.literal(
                          v.get(code),
                          v.get(severity),
                          v.get(step),
                          quote(v.get(message).orElse(v.get(code))),
                          quote(v.get(hint).orElse(v.get(code))));
              return Finding.of(resolved, v.get(path), v.get(arguments))
                  .withSeverity(v.get(severity));
            };
          });

  /** Quotes text as a MessageFormat pattern that renders to the text itself. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** A validation report: its findings in order, and whether it is valid (no error). */
  public static final ObjectCodec<ValidationReport> VALIDATION_REPORT =
      ObjectCodec.define(
          "ValidationReport",
          t -> {
            t.dflt("valid", BOOLEAN, ValidationReport::isValid);
            var findings = t.list("findings", FINDING, ValidationReport::findings);
            return v -> ValidationReport.of(v.get(findings));
          });

  static void register(Registry.Sink sink) {
    sink.put(FindingArgument.class, ARGUMENT);
    sink.put(Finding.class, FINDING);
    sink.put(ValidationReport.class, VALIDATION_REPORT);
  }
}
