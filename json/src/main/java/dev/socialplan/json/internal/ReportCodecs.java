package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.Scalars.BOOLEAN;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.enumOf;

import dev.socialplan.calendar.rules.CalendarRules;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Validation reports and findings as a front end shows them: code, severity, path, method step,
 * the message and hint rendered in the writer's locale, and the raw arguments.
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

  /**
   * A finding argument as it is stored: a string, a whole number (long), a number (double), or
   * {"decimal": "1.50"} / {"integer": "123…"} for exact values.
   */
  public static final Codec<Object> ARGUMENT =
      new Codec<Object>() {
        @Override
        public void write(Object value, JsonGenerator out) {
          if (value instanceof String) {
            out.writeString((String) value);
          } else if (value instanceof Long) {
            out.writeNumber((Long) value);
          } else if (value instanceof Double) {
            // Double.toString always has a '.' or an exponent, so it reads back as a double.
            out.writeNumber((Double) value);
          } else if (value instanceof BigDecimal) {
            out.writeStartObject();
            out.writeName("decimal");
            out.writeString(((BigDecimal) value).toPlainString());
            out.writeEndObject();
          } else if (value instanceof BigInteger) {
            out.writeStartObject();
            out.writeName("integer");
            out.writeString(value.toString());
            out.writeEndObject();
          } else {
            out.writeString(value.toString());
          }
        }

        @Override
        public Object read(JsonParser in, Reading reading) {
          switch (in.currentToken()) {
            case VALUE_STRING:
              return in.getString();
            case VALUE_NUMBER_INT:
              return Scalars.LONG.read(in, reading);
            case VALUE_NUMBER_FLOAT:
              return Scalars.DOUBLE.read(in, reading);
            case START_OBJECT:
              if (in.nextToken() != JsonToken.PROPERTY_NAME) {
                throw Reading.refuse(in, "expected \"decimal\" or \"integer\"");
              }
              String kind = in.currentName();
              in.nextToken();
              Object exact;
              if (kind.equals("decimal")) {
                exact = Scalars.DECIMAL.read(in, reading);
              } else if (kind.equals("integer")) {
                String text = STRING.read(in, reading);
                if (!text.matches("-?[0-9]{1,100}")) {
                  throw Reading.refuse(in, "not a whole number");
                }
                exact = new BigInteger(text);
              } else {
                throw Reading.refuse(in, "expected \"decimal\" or \"integer\"");
              }
              if (in.nextToken() != JsonToken.END_OBJECT) {
                throw Reading.refuse(in, "an exact argument has exactly one property");
              }
              return exact;
            default:
              throw Reading.wrongType(in, expected());
          }
        }

        @Override
        public String expected() {
          return "a string, a number, or an object with decimal or integer";
        }
      };

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
    sink.put(Finding.class, FINDING);
    sink.put(ValidationReport.class, VALIDATION_REPORT);
  }
}
