package dev.socialplan.report;

import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.calendar.rules.PlannedCalendar;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.report.internal.Page;
import dev.socialplan.report.internal.Section;
import dev.socialplan.report.internal.Text;
import dev.socialplan.validation.ValidationReport;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A review of a social media plan as one self-contained HTML page: what the caller has of the plan,
 * its validation report, the platform ranking, the content calendar with its findings and content
 * mix, the best times to post, goal progress, budget performance and experiments. Every part is
 * optional; the page shows a section for each part given ({@link #sections()}).
 *
 * <pre>{@code
 * PlanReview review =
 *     PlanReview.builder()
 *         .plan(plan)
 *         .validation(PlanRules.standard().validate(plan))
 *         .calendar(planned)
 *         .calendarFindings(CalendarRules.standard().validate(planned))
 *         .bestTimes(BestTimeToPost.analyse(Platform.FACEBOOK, zone, records))
 *         .goalProgress(ProgressReport.of(plan, seriesByGoal, asOf))
 *         .putAllGoalSeries(seriesByGoal)
 *         .build();
 * try (Writer out = Files.newBufferedWriter(Path.of("review.html"))) {
 *   review.renderTo(out, Locale.TAIWAN);
 * }
 * }</pre>
 *
 * <p><b>The page.</b> One HTML5 document with its CSS and its charts (SVG) inline: it loads no
 * font, image, style sheet or script and makes no request, so it can be mailed, archived or opened
 * from disk. It needs no script to read. Every text the caller supplied (names, post texts,
 * hashtags, reasons) is HTML-escaped by the templates (jte, precompiled at build time), so a post
 * reading {@code <script>} shows those characters. Each chart has an accessible name and
 * description and a data table with the same figures; headings are semantic; colours come from
 * the Okabe-Ito palette and viridis, and text meets the WCAG 2.x contrast minimum of 4.5:1. A
 * print style sheet lays the page out on A4. See {@code docs/report.md}.
 *
 * <p><b>Languages.</b> English and Traditional Chinese ({@code Locale.TAIWAN}, or any {@code zh}
 * locale with the {@code Hant} script or the TW region): the {@code lang} attribute, every label,
 * the library's finding messages and platform explanations, dates and numbers follow the locale. Any
 * other locale gets English.
 *
 * <p>This class is immutable and thread-safe; rendering reads it only, so one review can be
 * rendered by several threads at once.
 */
@Value.Immutable
public abstract class PlanReview {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, PlanReview.class.getClassLoader());

  PlanReview() {}

  /**
   * Returns the page title; by default "Plan review: " and the plan's brand.
   *
   * @return the title, or empty for the default
   */
  public abstract Optional<String> title();

  /**
   * Returns the plan: brand, period, goals, chosen platforms, budget and content at a glance. Its
   * content pillars also give the calendar's colours their order.
   *
   * @return the plan, or empty
   */
  public abstract Optional<StrategyPlan> plan();

  /**
   * Returns the plan's validation report, shown by step of the method.
   *
   * @return the report, or empty
   */
  public abstract Optional<ValidationReport> validation();

  /**
   * Returns the platform ranking, shown as a table with each recommended or chosen platform's
   * explanation.
   *
   * @return the ranking, or empty
   */
  public abstract Optional<PlatformRanking> platformRanking();

  /**
   * Returns the calendar with what it is checked against; it gives the month grids and, with its
   * rolling mix target, the content mix section.
   *
   * @return the calendar, or empty
   */
  public abstract Optional<PlannedCalendar> calendar();

  /**
   * Returns the calendar's findings, shown in the calendar section.
   *
   * @return the findings, or empty
   */
  public abstract Optional<ValidationReport> calendarFindings();

  /**
   * Returns a best-time analysis, shown as a weekday-by-hour heatmap.
   *
   * @return the analysis, or empty
   */
  public abstract Optional<BestTimeResult> bestTimes();

  /**
   * Returns the goals' progress.
   *
   * @return the progress report, or empty
   */
  public abstract Optional<ProgressReport> goalProgress();

  /**
   * Returns the observed series of the goals, by goal name, drawn in the goal charts (a goal
   * without a series shows only its latest observation).
   *
   * @return the series by goal name, unmodifiable
   */
  public abstract Map<String, MetricSeries> goalSeries();

  /**
   * Returns the budget performance, shown by platform and by category.
   *
   * @return the performance, or empty
   */
  public abstract Optional<BudgetPerformance> budgetPerformance();

  /**
   * Returns the experiments, each with its variants' intervals.
   *
   * @return the experiments, in order, unmodifiable
   */
  public abstract List<ExperimentResult> experiments();

  /**
   * Returns a new builder; every part is optional.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the sections the page will show, in page order.
   *
   * @return the sections, unmodifiable
   */
  public Set<ReviewSection> sections() {
    Set<ReviewSection> sections = EnumSet.noneOf(ReviewSection.class);
    plan().ifPresent(p -> sections.add(ReviewSection.PLAN));
    validation().ifPresent(v -> sections.add(ReviewSection.VALIDATION));
    platformRanking().ifPresent(r -> sections.add(ReviewSection.PLATFORMS));
    if (calendar().isPresent() || calendarFindings().isPresent()) {
      sections.add(ReviewSection.CALENDAR);
    }
    calendar().ifPresent(c -> sections.add(ReviewSection.CONTENT_MIX));
    bestTimes().ifPresent(b -> sections.add(ReviewSection.BEST_TIMES));
    goalProgress().ifPresent(g -> sections.add(ReviewSection.GOALS));
    budgetPerformance().ifPresent(b -> sections.add(ReviewSection.BUDGET));
    if (!experiments().isEmpty()) {
      sections.add(ReviewSection.EXPERIMENTS);
    }
    return Collections.unmodifiableSet(sections);
  }

  /**
   * Writes the page to {@code out}, UTF-8 text (the page declares {@code charset="utf-8"}; write it
   * to a file or response in UTF-8).
   *
   * @param out where the page goes
   * @param locale the language: Traditional Chinese for {@code zh-TW} or {@code zh-Hant}, else
   *     English
   * @throws IOException if {@code out} throws one (the page may then be incomplete)
   * @throws NullPointerException if an argument is null
   */
  public void renderTo(Appendable out, Locale locale) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(locale, "locale");
    Page page = page(Text.of(locale));
    AppendableOutput output = new AppendableOutput(out);
    try {
      TEMPLATES.render("review.jte", page, output);
    } catch (RuntimeException e) {
      // jte wraps what a template output throws in its TemplateException; the caller's own
      // IOException is what it should see.
      if (output.failure != null) {
        throw output.failure;
      }
      throw e;
    }
  }

  /**
   * Returns the page as a string.
   *
   * @param locale the language, as for {@link #renderTo(Appendable, Locale)}
   * @return the HTML document
   * @throws NullPointerException if the locale is null
   */
  public String toHtml(Locale locale) {
    StringBuilder html = new StringBuilder(64 * 1024);
    try {
      renderTo(html, locale);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return html.toString();
  }

  private Page page(Text t) {
    List<Section> sections = new ArrayList<>();
    List<String> pillars =
        plan()
            .flatMap(StrategyPlan::content)
            .map(c -> c.pillars().stream().map(ContentPillar::name).toList())
            .orElse(List.of());
    plan().ifPresent(p -> sections.add(PlanSections.plan(p, t)));
    validation().ifPresent(v -> sections.add(PlanSections.validation(v, t)));
    platformRanking().ifPresent(r -> sections.add(PlanSections.platforms(r, plan(), t)));
    if (calendar().isPresent() || calendarFindings().isPresent()) {
      sections.add(CalendarSections.calendar(calendar(), calendarFindings(), pillars, t));
    }
    calendar().ifPresent(c -> sections.add(CalendarSections.mix(c, t)));
    bestTimes().ifPresent(b -> sections.add(BestTimeSection.of(b, t)));
    goalProgress().ifPresent(g -> sections.add(GoalSection.of(g, goalSeries(), t)));
    budgetPerformance().ifPresent(b -> sections.add(BudgetSection.of(b, t)));
    if (!experiments().isEmpty()) {
      sections.add(ExperimentSection.of(experiments(), t));
    }
    String title =
        title().orElseGet(() -> plan().map(p -> t.f("page.titleFor", p.brand().name())).orElse(t.t("page.title")));
    String subtitle =
        plan()
            .map(
                p ->
                    p.period()
                        .map(r -> t.f("page.subtitle", p.brand().industry(), t.f("range", t.date(r.getStart()), t.date(r.getEndInclusive()))))
                        .orElse(p.brand().industry()))
            .orElse("");
    return new Page(t.lang(), title, subtitle, t.t("page.contents"), t.t("page.dataTable"), t.t("page.footer"), sections);
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Blank.check(t, "title"));
  }

  /** Appends the template's output; keeps the first {@link IOException} for the caller. */
  private static final class AppendableOutput implements TemplateOutput {
    private final Appendable out;
    private @Nullable IOException failure;

    AppendableOutput(Appendable out) {
      this.out = out;
    }

    @Override
    public void writeContent(String value) {
      try {
        out.append(value);
      } catch (IOException e) {
        failure = e;
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      try {
        out.append(value, beginIndex, endIndex);
      } catch (IOException e) {
        failure = e;
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Builds a {@link PlanReview}. Not thread-safe. */
  public static final class Builder extends ImmutablePlanReview.Builder {
    Builder() {}
  }
}
