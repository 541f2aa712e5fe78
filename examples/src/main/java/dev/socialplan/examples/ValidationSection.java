package dev.socialplan.examples;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Prints the plan's validation report: a numbered "what to do next" list (errors first, then by step
 * of the method), then every finding with its code, path and hint under the heading of its method
 * step. The same report is printed in English and once in Traditional Chinese: the library's
 * messages come from its resource bundles, and the few labels of this report from {@link Labels}.
 */
final class ValidationSection {
  private ValidationSection() {}

  /** Validates the plan as of the planning date (goals with a passed deadline are findings). */
  static ValidationReport validate(StrategyPlan plan) {
    ZoneId zone = plan.timeZone().orElse(ArticleScenario.TAIPEI);
    Clock clock = Clock.fixed(ArticleScenario.PLANNING_DATE.atStartOfDay(zone).toInstant(), zone);
    return PlanRules.standard().validate(plan, clock);
  }

  static void print(ReportWriter out, String number, ValidationReport report, Locale locale) {
    Labels labels = Labels.of(locale);
    out.section(number + " " + labels.title);
    out.paragraph(labels.summary(report));

    out.heading(labels.whatToDoNext);
    List<Finding> next = report.whatToDoNext();
    if (next.isEmpty()) {
      out.paragraph(labels.nothingToDo);
    }
    for (int i = 0; i < next.size(); i++) {
      Finding f = next.get(i);
      String prefix = String.format(Locale.ROOT, "%2d. ", i + 1);
      out.hanging(
          prefix,
          "    ",
          "[" + severity(f.severity(), locale) + "] " + step(f.step(), locale) + labels.dash
              + f.message(locale));
    }

    out.heading(labels.byStep);
    for (MethodStep step : MethodStep.values()) {
      ValidationReport atStep = report.onlyStep(step);
      out.blank();
      out.line(step(step, locale) + "  (" + labels.count(atStep.size()) + ")");
      if (atStep.isEmpty()) {
        out.line("  " + labels.noFindings);
        continue;
      }
      for (Finding f : atStep.whatToDoNext()) {
        out.line("  " + severity(f.severity(), locale) + "  " + f.code().name() + "  @ " + f.path());
        out.indented("     ", f.message(locale));
        out.hanging("     → ", "       ", f.hint(locale));
      }
    }
  }

  /** The step's name from the library's bundle: "Step 1 Goals", "步驟一 目標". */
  static String step(MethodStep step, Locale locale) {
    return MessageBundle.CORE.text("step." + step.name(), locale).orElse(step.name());
  }

  static String severity(Severity severity, Locale locale) {
    return MessageBundle.CORE.text("severity." + severity.name(), locale).orElse(severity.name());
  }

  /** The labels of this section in English and Traditional Chinese. */
  static final class Labels {
    final String title;
    final String whatToDoNext;
    final String nothingToDo;
    final String byStep;
    final String noFindings;
    final String dash;
    private final boolean chinese;

    private Labels(boolean chinese) {
      this.chinese = chinese;
      this.title =
          chinese ? "驗證報告：計畫還缺什麼（繁體中文）" : "Validation: what the plan still needs";
      this.whatToDoNext = chinese ? "下一步該做什麼（先處理錯誤，再依方法步驟）" : "What to do next (errors first, then step by step)";
      this.nothingToDo = chinese ? "沒有需要處理的事項。" : "Nothing to do.";
      this.byStep = chinese ? "依方法步驟列出的檢查結果" : "Findings by step of the method";
      this.noFindings = chinese ? "這個步驟沒有發現問題。" : "No findings at this step.";
      this.dash = chinese ? "：" : ": ";
    }

    static Labels of(Locale locale) {
      return new Labels(locale.getLanguage().equals("zh"));
    }

    String count(int n) {
      return chinese ? n + " 項" : Figures.plural(n, "finding", "findings");
    }

    String summary(ValidationReport report) {
      int errors = report.errors().size();
      int warnings = report.warnings().size();
      int infos = report.infos().size();
      if (chinese) {
        return "以 PlanRules.standard() 於 "
            + ArticleScenario.PLANNING_DATE
            + " 檢查計畫：錯誤 "
            + errors
            + " 項、警告 "
            + warnings
            + " 項、提示 "
            + infos
            + " 項。"
            + (report.isValid() ? "沒有錯誤，計畫可以執行；警告與提示值得在開始前處理。" : "有錯誤，請先修正。");
      }
      return "PlanRules.standard() checked the plan as of "
          + Figures.date(ArticleScenario.PLANNING_DATE)
          + ": "
          + Figures.plural(errors, "error", "errors")
          + ", "
          + Figures.plural(warnings, "warning", "warnings")
          + ", "
          + Figures.plural(infos, "note", "notes")
          + " (info). "
          + (report.isValid()
              ? "No errors: the plan can run; the warnings and notes are worth fixing before it starts."
              : "Fix the errors first.");
    }
  }
}
