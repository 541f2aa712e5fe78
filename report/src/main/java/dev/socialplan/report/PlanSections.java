package dev.socialplan.report;

import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.report.internal.Block;
import dev.socialplan.report.internal.DataTable;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Text;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The sections without charts: the plan, its validation report, the platform ranking. */
final class PlanSections {
  private PlanSections() {}

  static Section plan(StrategyPlan plan, Text t) {
    List<Block> blocks = new ArrayList<>();
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(new Block.Fact(t.t("plan.brand"), plan.brand().name()));
    facts.add(new Block.Fact(t.t("plan.industry"), plan.brand().industry()));
    facts.add(new Block.Fact(t.t("plan.businessModel"), t.label("businessModel", plan.brand().businessModel())));
    plan.period()
        .ifPresent(
            p ->
                facts.add(
                    new Block.Fact(
                        t.t("plan.period"),
                        t.f("range", t.date(p.getStart()), t.date(p.getEndInclusive())))));
    plan.timeZone().ifPresent(z -> facts.add(new Block.Fact(t.t("plan.timeZone"), z.getId())));
    facts.add(new Block.Fact(t.t("plan.goals"), t.integer(plan.goals().size())));
    facts.add(
        new Block.Fact(
            t.t("plan.platforms"),
            plan.platforms().isEmpty()
                ? t.t("none")
                : plan.platforms().stream()
                    .map(c -> c.platform().displayName())
                    .collect(Collectors.joining(t.t("list.separator")))));
    plan.budget().ifPresent(b -> facts.add(new Block.Fact(t.t("plan.budget"), t.money(b.total()))));
    blocks.add(new Block.Facts(facts));
    plan.brand().missionStatement().ifPresent(m -> blocks.add(new Block.Paragraph(m, "lead")));

    if (!plan.goals().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (Goal g : plan.goals()) {
        rows.add(
            List.of(
                g.name(),
                t.label("objective", g.objective()),
                g.metric().map(m -> metric(m, t)).orElse(t.t("none")),
                g.baseline().map(v -> target(v, t)).orElse(t.t("none")),
                g.target().map(v -> target(v, t)).orElse(t.t("none")),
                g.deadline().map(t::date).orElse(t.t("none")),
                g.platform().map(p -> p.displayName()).orElse(t.t("plan.allPlatforms"))));
      }
      blocks.add(new Block.Heading(t.t("plan.goals")));
      blocks.add(
          new Block.Table(
              new DataTable(
                  t.t("plan.goalsCaption"),
                  List.of(
                      t.t("col.goal"),
                      t.t("col.objective"),
                      t.t("col.metric"),
                      t.t("col.baseline"),
                      t.t("col.target"),
                      t.t("col.deadline"),
                      t.t("col.platform")),
                  List.of(false, false, false, true, true, false, false),
                  rows)));
    }
    if (!plan.platforms().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (PlatformChoice c : plan.platforms()) {
        rows.add(List.of(c.platform().displayName(), c.reason()));
      }
      blocks.add(new Block.Heading(t.t("plan.platforms")));
      blocks.add(
          new Block.Table(
              new DataTable(
                  t.t("plan.platformsCaption"),
                  List.of(t.t("col.platform"), t.t("col.reason")),
                  List.of(false, false),
                  rows)));
    }
    plan.content().ifPresent(content -> contentFacts(content, t, blocks));
    return new Section(ReviewSection.PLAN.id(), t.t("section.plan"), blocks);
  }

  private static void contentFacts(ContentStrategy content, Text t, List<Block> blocks) {
    blocks.add(new Block.Heading(t.t("plan.content")));
    List<Block.Fact> facts = new ArrayList<>();
    facts.add(
        new Block.Fact(
            t.t("plan.pillars"),
            content.pillars().isEmpty()
                ? t.t("none")
                : content.pillars().stream()
                    .map(ContentPillar::name)
                    .collect(Collectors.joining(t.t("list.separator")))));
    facts.add(new Block.Fact(t.t("plan.mix"), content.mix().name()));
    facts.add(new Block.Fact(t.t("plan.tactics"), t.integer(content.tactics().size())));
    blocks.add(new Block.Facts(facts));
  }

  static String metric(MetricKind kind, Text t) {
    return t.find("metric." + kind.id()).orElse(kind.displayName());
  }

  static String target(Target target, Text t) {
    if (target instanceof Target.Amount amount) {
      return t.money(amount.value());
    }
    if (target instanceof Target.Rate rate) {
      return rate.value().value().isPresent() ? t.percent(rate.value().value().getAsDouble(), 2) : t.t("undefined");
    }
    return t.decimal(target.magnitude(), 2);
  }

  static Section validation(ValidationReport report, Text t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            t.f(
                report.isValid() ? "validation.summaryValid" : "validation.summaryInvalid",
                report.errors().size(),
                report.warnings().size(),
                report.infos().size()),
            "lead"));
    if (!report.isEmpty()) {
      blocks.add(new Block.Heading(t.t("validation.next")));
      blocks.add(findings(report.whatToDoNext(), t));
    }
    List<List<String>> rows = new ArrayList<>();
    for (MethodStep step : MethodStep.values()) {
      ValidationReport atStep = report.onlyStep(step);
      rows.add(
          List.of(
              step(step, t),
              t.integer(atStep.errors().size()),
              t.integer(atStep.warnings().size()),
              t.integer(atStep.infos().size())));
    }
    blocks.add(new Block.Heading(t.t("validation.byStep")));
    blocks.add(
        new Block.Table(
            new DataTable(
                t.t("validation.byStepCaption"),
                List.of(t.t("col.step"), severity(Severity.ERROR, t), severity(Severity.WARNING, t), severity(Severity.INFO, t)),
                List.of(false, true, true, true),
                rows)));
    for (MethodStep step : MethodStep.values()) {
      ValidationReport atStep = report.onlyStep(step);
      if (!atStep.isEmpty()) {
        blocks.add(new Block.Heading(step(step, t)));
        blocks.add(findings(atStep.whatToDoNext(), t));
      }
    }
    return new Section(ReviewSection.VALIDATION.id(), t.t("section.validation"), blocks);
  }

  static Block.Findings findings(List<Finding> findings, Text t) {
    Locale locale = t.locale();
    List<Block.FindingItem> items = new ArrayList<>();
    for (Finding f : findings) {
      items.add(
          new Block.FindingItem(
              f.severity().name().toLowerCase(Locale.ROOT),
              severity(f.severity(), t),
              f.code().name(),
              f.path(),
              f.message(locale),
              f.hint(locale)));
    }
    return new Block.Findings(items);
  }

  static String step(MethodStep step, Text t) {
    return MessageBundle.CORE.text("step." + step.name(), t.locale()).orElse(step.name());
  }

  static String severity(Severity severity, Text t) {
    return MessageBundle.CORE.text("severity." + severity.name(), t.locale()).orElse(severity.name());
  }

  static Section platforms(PlatformRanking ranking, java.util.Optional<StrategyPlan> plan, Text t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(t.t("platforms.intro"), "lead"));
    List<List<String>> rows = new ArrayList<>();
    for (PlatformScore s : ranking.scores()) {
      rows.add(
          List.of(
              t.integer(s.rank()),
              s.platform().displayName(),
              t.number(s.score(), 2),
              s.reach().flatMap(r -> r.value().isPresent() ? java.util.Optional.of(r.value().getAsDouble()) : java.util.Optional.empty())
                  .map(r -> t.percent(r, 0))
                  .orElse(t.t("platforms.noData")),
              t.percent(s.fit(), 0),
              t.label("platformVerdict", s.verdict()),
              plan.map(p -> p.isChosen(s.platform())).orElse(false) ? t.t("platforms.chosen") : ""));
    }
    blocks.add(
        new Block.Table(
            new DataTable(
                t.t("platforms.caption"),
                List.of(
                    t.t("col.rank"),
                    t.t("col.platform"),
                    t.t("col.score"),
                    t.t("col.reach"),
                    t.t("col.fit"),
                    t.t("col.verdict"),
                    t.t("col.inPlan")),
                List.of(true, false, true, true, true, false, false),
                rows)));
    blocks.add(new Block.Heading(t.t("platforms.why")));
    for (PlatformScore s : ranking.scores()) {
      if (s.isRecommended() || (plan.map(p -> p.isChosen(s.platform())).orElse(false))) {
        List<String> lines =
            Arrays.stream(s.explain(t.locale()).split("\n")).filter(l -> !l.isBlank()).toList();
        blocks.add(
            new Block.Explanation(
                t.f("platforms.explanation", t.integer(s.rank()), s.platform().displayName()), lines));
      }
    }
    return new Section(ReviewSection.PLATFORMS.id(), t.t("section.platforms"), blocks);
  }
}
