package dev.socialplan.examples;

import dev.socialplan.json.SocialplanJson;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The plan as a SaaS back end receives it from its web front end, and the validation report as
 * the front end receives it back: {@code socialplan-json} documents (docs/json.md). The report's
 * JSON is shortened for print: its first lines, each cut to the report's width.
 */
final class JsonSection {
  private JsonSection() {}

  /** Lines of the report's JSON shown before it is cut. */
  static final int SHOWN_LINES = 24;

  static void print(ReportWriter out, String number, StrategyPlan plan, ValidationReport report) {
    out.section(number + " JSON: the plan in, the report out");
    SocialplanJson json = SocialplanJson.standard();
    String planJson = json.write(plan);
    StrategyPlan back = json.readPlan(planJson);
    out.paragraph(
        "The plan as a JSON document: "
            + String.format(Locale.ROOT, "%,d", planJson.getBytes(StandardCharsets.UTF_8).length)
            + " bytes (UTF-8), read back "
            + (back.equals(plan) ? "equal to the plan." : "DIFFERENT from the plan."));
    out.paragraph("The validation report as the front end receives it, in Traditional Chinese:");
    out.blank();
    List<String> lines =
        json.withLocale(Locale.TAIWAN).withPrettyPrinting(true).write(report).lines().toList();
    for (String line : lines.subList(0, Math.min(SHOWN_LINES, lines.size()))) {
      // Long messages are cut to the report's width; the front end receives them whole.
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      out.line("  " + indent + Text.excerpt(line, ReportWriter.WIDTH - 2 - indent.length()));
    }
    if (lines.size() > SHOWN_LINES) {
      out.line("  … (" + (lines.size() - SHOWN_LINES) + " more lines)");
    }
  }
}
