package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CompetitionGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void handlesAreOnWellKnownAndCustomPlatformsWithoutTheAtSign() {
    List<Handle> handles = sample(CompetitionGenerators.handles(), 300);
    assertThat(handles).anyMatch(h -> h.platform().isWellKnown());
    assertThat(handles).anyMatch(h -> !h.platform().isWellKnown());
    // Generated names come with "", "@" or " @" in front; the handle keeps the bare name.
    assertThat(handles).allSatisfy(h -> assertThat(h.name()).doesNotStartWith("@").doesNotStartWith(" "));
    assertThat(handles).anyMatch(h -> h.name().equals("小紅茶"));
  }

  @Test
  void presencesHaveEachFigureOrNot() {
    List<SocialPresence> presences = sample(CompetitionGenerators.presences(), 300);
    assertThat(presences).anyMatch(p -> p.followers().isEmpty());
    assertThat(presences).anyMatch(p -> p.followers().orElse(0) > 1_000_000);
    assertThat(presences).anyMatch(p -> p.postsPerWeek().isPresent());
    assertThat(presences).anyMatch(p -> p.engagementRate().isPresent());
    assertThat(presences).anyMatch(p -> p.engagementRate().isEmpty());
    assertThat(presences).anyMatch(p -> p.observedOn().isPresent());
    assertThat(presences)
        .allSatisfy(
            p -> {
              assertThat(p.followers().orElse(0)).isBetween(0L, 10_000_000_000L);
              assertThat(p.postsPerWeek().orElse(0)).isBetween(0.0, 100.0);
              assertThat(p.engagementsPerPost().orElse(0)).isBetween(0.0, 1e6);
            });
  }

  @Test
  void swotsHoldUpToThreeEntriesPerQuadrantTheEmptyOneIncluded() {
    List<Swot> swots = sample(CompetitionGenerators.swots(), 300);
    assertThat(swots)
        .allSatisfy(
            s -> {
              assertThat(s.strengths()).hasSizeLessThanOrEqualTo(3);
              assertThat(s.weaknesses()).hasSizeLessThanOrEqualTo(3);
              assertThat(s.opportunities()).hasSizeLessThanOrEqualTo(3);
              assertThat(s.threats()).hasSizeLessThanOrEqualTo(3);
            });
    assertThat(swots).anyMatch(Swot::isEmpty);
    assertThat(swots).anyMatch(Swot::isComplete);
  }

  @Test
  void competitorsHaveZeroToFourPresencesWithOrWithoutNotesAndSwot() {
    List<Competitor> competitors = sample(CompetitionGenerators.competitors(), 300);
    assertThat(competitors)
        .allSatisfy(
            c -> {
              assertThat(c.name()).matches("Competitor [1-9][0-9]?");
              assertThat(c.presences()).hasSizeLessThanOrEqualTo(4);
            });
    assertThat(competitors).anyMatch(c -> c.presences().isEmpty());
    assertThat(competitors).anyMatch(c -> c.presences().size() == 4);
    assertThat(competitors).anyMatch(c -> c.notes().isPresent());
    assertThat(competitors).anyMatch(c -> c.swot().isPresent());
    assertThat(competitors).anyMatch(c -> c.swot().isEmpty());
  }

  @Test
  void competitorListsStayWithinTheirSize() {
    List<List<Competitor>> lists = sample(CompetitionGenerators.competitorLists(7), 200);
    assertThat(lists).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(7));
    assertThat(lists).anyMatch(List::isEmpty);
    assertThat(lists).anyMatch(l -> l.size() > 5);
    assertThat(sample(CompetitionGenerators.competitorLists(0), 10)).allMatch(List::isEmpty);
  }
}
