package dev.socialplan.examples;

import dev.socialplan.audience.Generation;
import dev.socialplan.audience.GenerationMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.WeightedPersona;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.MixSlice;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.UgcProgramme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/** Prints the plan at a glance: every step's decisions, in the order of the method. */
final class PlanOverview {
  private PlanOverview() {}

  static void print(ReportWriter out, String number, StrategyPlan plan) {
    out.section(number + " The plan at a glance");
    out.line("Brand      " + plan.brand().name() + ", " + plan.brand().industry() + " ("
        + plan.brand().businessModel() + ")");
    plan.brand().missionStatement().ifPresent(m -> out.hanging("Mission    ", "           ", m));
    plan.period().ifPresent(p -> out.line("Period     " + period(p)
        + plan.timeZone().map(z -> ", times in " + z).orElse("")));

    goals(out, plan);
    audience(out, plan);
    platforms(out, plan);
    competitors(out, plan);
    plan.budget().ifPresent(b -> budget(out, b));
    plan.content().ifPresent(c -> content(out, c));
  }

  private static void goals(ReportWriter out, StrategyPlan plan) {
    out.heading("Step 1 Goals: business objectives and SMART goals");
    for (BusinessObjective o : plan.businessObjectives()) {
      out.hanging("  [" + o.id() + "] ", "    ", o.name() + o.description().map(d -> ". " + d).orElse(""));
    }
    out.blank();
    List<Optional<LocalDateRange>> periods =
        plan.goals().stream().map(Goal::period).distinct().collect(Collectors.toList());
    boolean samePeriod = periods.size() == 1 && periods.get(0).isPresent();
    if (samePeriod) {
      out.line("  Every goal runs " + period(periods.get(0).orElseThrow()) + ".");
      out.blank();
    }
    TextTable table =
        samePeriod
            ? new TextTable("Goal", ">Baseline", ">Target", ">A month", "Serves")
            : new TextTable("Goal", ">Baseline", ">Target", ">A month", "Serves", "By");
    for (Goal g : plan.goals()) {
      List<String> cells = new ArrayList<>(List.of(
          g.name(),
          g.baseline().map(Figures::target).orElse("-"),
          g.target().map(Figures::target).orElse("-"),
          g.requiredMonthlyPace()
              .map(p -> Figures.pace(g.target().orElseThrow(), p))
              .orElse("-"),
          g.businessObjectiveId().orElse("-")));
      if (!samePeriod) {
        cells.add(g.deadline().map(Figures::shortDate).orElse("-"));
      }
      table.row(cells.toArray());
    }
    out.table(table);
  }

  private static void audience(ReportWriter out, StrategyPlan plan) {
    out.heading("Step 2 Audience: personas from data");
    for (WeightedPersona wp : plan.audience().map(a -> a.members()).orElse(List.of())) {
      Persona p = wp.persona();
      out.hanging("  ", "  ", p.name() + " (" + Figures.percent(wp.weight() / plan.audience().orElseThrow().totalWeight(), 0)
          + " of the audience; from " + p.dataSource().name().toLowerCase(Locale.ROOT) + ")");
      p.ageRange().ifPresent(a -> out.line("    Age          " + a + generations(p)));
      p.genderMix().ifPresent(g -> out.line("    Gender       " + (g.isAllWomen() ? "women" : g.isAllMen() ? "men" : Figures.percent(g.women(), 0) + " women")));
      if (!p.households().isEmpty() || !p.employment().isEmpty()) {
        out.line("    Life         " + enums(p.households()) + ", " + enums(p.employment()));
      }
      p.regions().forEach(r -> out.line("    Region       " + r.description()
          + r.settlement().map(s -> " (" + name(s) + ", " + r.activities().stream().map(PlanOverview::name).collect(Collectors.joining(" and ")) + ")").orElse("")));
      if (!p.languages().isEmpty()) {
        out.line("    Languages    " + p.languages().stream().map(l -> l.getDisplayName(Locale.ENGLISH)).collect(Collectors.joining(", ")));
      }
      p.incomeBand().ifPresent(i -> out.line("    Income       " + Figures.money(i.low()) + " to " + Figures.money(i.high()) + " a "
          + (i.basis().name().equals("MONTHLY") ? "month" : "year")));
      p.purchasingPower().ifPresent(pp -> out.line("    Spending     " + name(pp) + " purchasing power"));
      out.hanging("    Interests    ", "                 ", String.join(", ", p.interests()));
      out.hanging("    Pain points  ", "                 ", String.join(", ", p.painPoints()));
      out.line("    Uses         " + p.platforms().stream().map(Platform::displayName).collect(Collectors.joining(", ")));
    }
  }

  private static String generations(Persona p) {
    return p.generations(ArticleScenario.PLANNING_DATE)
        .map(PlanOverview::generations)
        .orElse("");
  }

  private static String generations(GenerationMix mix) {
    String shares =
        mix.shares().entrySet().stream()
            .filter(e -> e.getValue().valueOr(0) > 0)
            .sorted((a, b) -> Double.compare(b.getValue().valueOr(0), a.getValue().valueOr(0)))
            .map(e -> generation(e.getKey()) + " " + Figures.percent(e.getValue(), 0))
            .collect(Collectors.joining(", "));
    return "  (on " + Figures.shortDate(mix.referenceDate()) + ": " + shares + ")";
  }

  private static String generation(Generation g) {
    switch (g) {
      case GEN_Z:
        return "Gen Z";
      case GEN_X:
        return "Gen X";
      case MILLENNIALS:
        return "Millennials";
      case BOOMERS:
        return "Boomers";
      default:
        return "Silent generation";
    }
  }

  private static void platforms(ReportWriter out, StrategyPlan plan) {
    out.heading("Step 3 Platforms: where the audience is, and why");
    for (PlatformChoice c : plan.platforms()) {
      out.hanging(String.format(Locale.ROOT, "  %-10s ", c.platform().displayName()), " ".repeat(13), c.reason());
    }
  }

  private static void competitors(ReportWriter out, StrategyPlan plan) {
    out.heading("Step 4 Competitors: the closest five at most, with SWOT");
    TextTable table =
        new TextTable("Competitor", "Account", ">Followers", ">Posts a week", ">Engagement", "SWOT");
    for (Competitor c : plan.competitors()) {
      boolean first = true;
      for (SocialPresence s : c.presences()) {
        table.row(
            first ? c.name() : "",
            s.platform().displayName() + " @" + s.handle().name(),
            s.followers().isPresent() ? Figures.count(s.followers().getAsLong()) : "-",
            s.postsPerWeek().isPresent() ? Figures.number(s.postsPerWeek().getAsDouble(), 0) : "-",
            s.engagementRate().map(r -> Figures.percent(r, 1)).orElse("-"),
            first ? (c.swot().isPresent() ? "yes" : "not yet") : "");
        first = false;
      }
    }
    out.table(table);
    plan.brandSwot().ifPresent(s -> swot(out, plan.brand().name(), s));
  }

  private static void swot(ReportWriter out, String who, Swot s) {
    out.blank();
    out.line("  SWOT of " + who);
    out.hanging("    Strengths      ", " ".repeat(19), String.join("; ", s.strengths()));
    out.hanging("    Weaknesses     ", " ".repeat(19), String.join("; ", s.weaknesses()));
    out.hanging("    Opportunities  ", " ".repeat(19), String.join("; ", s.opportunities()));
    out.hanging("    Threats        ", " ".repeat(19), String.join("; ", s.threats()));
  }

  private static void budget(ReportWriter out, Budget b) {
    out.heading("Step 5 Budget: what each platform and category gets");
    out.line("  " + Figures.money(b.total()) + " for " + period(b.period())
        + (b.digitalMarketingShare().isPresent()
            ? ", " + Figures.percent(b.digitalMarketingShare().getAsDouble(), 0) + " of the digital marketing budget"
            : ""));
    out.blank();
    TextTable table = new TextTable("Platform", "Category", ">Amount", ">Share", ">Expected return");
    for (Allocation a : b.allocations()) {
      table.row(
          a.platform().map(Platform::displayName).orElse("all"),
          a.category().map(PlanOverview::name).orElse("-"),
          Figures.money(a.amount()),
          Figures.percent(Ratio.of(a.amount().getAmount().doubleValue(), b.total().getAmount().doubleValue()), 1),
          a.expectedReturn().map(Figures::money).orElse(""));
    }
    b.allocated().single().ifPresent(total -> table.row("", "allocated", Figures.money(total),
        Figures.percent(Ratio.of(total.getAmount().doubleValue(), b.total().getAmount().doubleValue()), 1), ""));
    b.unallocated().ifPresent(rest -> table.row("", "reserve (unallocated)", Figures.money(rest),
        Figures.percent(Ratio.of(rest.getAmount().doubleValue(), b.total().getAmount().doubleValue()), 1), ""));
    out.table(table);
  }

  private static void content(ReportWriter out, ContentStrategy c) {
    out.heading("Step 6 Content: mix, pillars and tactics");
    out.line("  Mix       " + c.mix().name() + ": "
        + c.mix().slices().stream()
            .map(s -> Figures.percent(s.share(), 0) + " " + s.name())
            .collect(Collectors.joining(", "))
        + " (tolerance ±" + Figures.percent(c.mix().tolerance(), 0) + ")");
    for (KeywordSet k : c.keywordSets()) {
      out.line("  Keywords  " + k.platform().displayName() + ": " + String.join(" ", k.keywords()));
    }
    out.blank();
    TextTable pillars = new TextTable("Pillar", "Colour", "Keywords");
    for (ContentPillar p : c.pillars()) {
      pillars.row(p.name(), p.colour(), String.join(", ", p.keywords()));
    }
    out.table(pillars);
    out.blank();
    out.line("  Tactics (the strategy guide's trends):");
    for (Tactic t : c.tactics()) {
      out.hanging("  - ", "    ", t.name() + " (" + name(t.kind()) + ", "
          + t.platforms().stream().sorted().map(Platform::displayName).collect(Collectors.joining(" and "))
          + "): " + details(t));
    }
    c.tactics(dev.socialplan.tactic.TacticKind.INFLUENCER).forEach(t -> influencers(out, (InfluencerCampaign) t));
  }

  private static String details(Tactic t) {
    if (t instanceof ShortVideoProgramme) {
      ShortVideoProgramme s = (ShortVideoProgramme) t;
      return s.postsPerWeek() + " a week" + s.videoLength().map(d -> ", " + d.toSeconds() + " s").orElse("")
          + (s.repurposed() ? ", repurposed" : "") + s.trendNiche().map(n -> ", niche: " + n).orElse("");
    }
    if (t instanceof CommunityProgramme) {
      CommunityProgramme c = (CommunityProgramme) t;
      return c.groupName().map(g -> "group " + g + ", ").orElse("")
          + c.interactivePosts().stream().map(PlanOverview::name).collect(Collectors.joining(", "));
    }
    if (t instanceof InfluencerCampaign) {
      InfluencerCampaign i = (InfluencerCampaign) t;
      return i.influencers().size() + " influencers, targets " + enums(i.targetTiers())
          + window(t) + i.costPerEngagement().map(m -> ", " + Figures.money(m) + " per engagement").orElse("");
    }
    if (t instanceof LiveStream) {
      LiveStream l = (LiveStream) t;
      return Figures.shortDate(l.start().toLocalDate()) + " " + l.start().toLocalTime() + ", "
          + l.duration().toMinutes() + " min" + l.announcementLead().map(d -> ", announced " + d.toDays() + " days ahead").orElse(", not announced");
    }
    if (t instanceof UgcProgramme) {
      UgcProgramme u = (UgcProgramme) t;
      long permitted = u.reposts().stream().filter(r -> r.isPermitted()).count();
      return u.hashtag().map(h -> h + ", ").orElse("") + permitted + " of " + u.reposts().size()
          + " reposts with the creator's permission";
    }
    if (t instanceof SocialCommerce) {
      return ((SocialCommerce) t).shopName();
    }
    return "";
  }

  private static String window(Tactic t) {
    return t.campaignWindow().map(w -> ", " + period(w)).orElse("");
  }

  private static void influencers(ReportWriter out, InfluencerCampaign campaign) {
    out.blank();
    out.hanging("  ", "    ", campaign.name() + ": tiers of the scheme \"" + campaign.tierScheme().name() + "\": "
        + campaign.tierScheme().bands().stream()
            .map(b -> name(b.tier()) + " " + Figures.compact(b.from())
                + (b.until().isPresent() ? " to under " + Figures.compact(b.until().getAsLong()) : " and more"))
            .collect(Collectors.joining(", ")));
    TextTable table = new TextTable("Influencer", "Platform", ">Followers", "Tier", ">Eng.",
        ">Fee", ">Exp. eng.", ">Cost/eng.");
    for (Influencer i : campaign.influencers()) {
      table.row(i.handle(), i.platform().displayName(), Figures.count(i.followers()),
          i.tier(campaign.tierScheme()).map(PlanOverview::name).orElse("none"),
          i.engagementRate().map(r -> Figures.percent(r, 1)).orElse("-"),
          Figures.money(i.fee()),
          i.expectedEngagements().isPresent() ? Figures.count(i.expectedEngagements().getAsLong()) : "-",
          i.costPerEngagement().map(Figures::money).orElse("-"));
    }
    out.table(table);
  }

  static String period(LocalDateRange range) {
    LocalDate lastDay = range.getEndInclusive();
    return Figures.shortDate(range.getStart()) + " to " + Figures.date(lastDay);
  }

  static String enums(java.util.Collection<? extends Enum<?>> values) {
    return values.stream().map(PlanOverview::name).collect(Collectors.joining(", "));
  }

  /** An enum constant as words: {@code SINGLE_PARENT} is "single parent". */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
