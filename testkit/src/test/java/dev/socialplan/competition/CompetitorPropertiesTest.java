package dev.socialplan.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.CompetitionGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitorPropertiesTest {

  @Test
  void presencesPerPlatformPartitionThePresences() {
    qt().forAll(CompetitionGenerators.competitors())
        .checkAssert(
            c -> {
              List<SocialPresence> regrouped = new ArrayList<>();
              for (Platform p : c.platforms()) {
                List<SocialPresence> on = c.presencesOn(p);
                assertThat(on).isNotEmpty().allMatch(s -> s.platform().equals(p));
                regrouped.addAll(on);
              }
              assertThat(regrouped).containsExactlyInAnyOrderElementsOf(c.presences());
              assertThat(c.handles()).hasSameSizeAs(c.presences());
            });
  }

  @Test
  void totalFollowersIsTheSumOfTheKnownFigures() {
    qt().forAll(CompetitionGenerators.competitors())
        .checkAssert(
            c -> {
              long sum = c.presences().stream().filter(p -> p.followers().isPresent()).mapToLong(p -> p.followers().getAsLong()).sum();
              boolean anyKnown = c.presences().stream().anyMatch(p -> p.followers().isPresent());
              assertThat(c.totalFollowers().isPresent()).isEqualTo(anyKnown);
              c.totalFollowers().ifPresent(t -> assertThat(t).isEqualTo(sum));
            });
  }

  @Test
  void valuesRoundTripThroughTheirBuilders() {
    qt().forAll(CompetitionGenerators.competitors())
        .checkAssert(
            c -> {
              assertThat(Competitor.builder().from(c).build()).isEqualTo(c);
              c.swot().ifPresent(s -> assertThat(Swot.builder().from(s).build()).isEqualTo(s));
            });
  }

  @Test
  void handlesNeverKeepTheAtSignOrSpaces() {
    qt().forAll(CompetitionGenerators.handles())
        .checkAssert(
            h -> {
              assertThat(h.name()).doesNotStartWith("@").isNotBlank().doesNotContain(" ");
              assertThat(Handle.of(h.platform(), "@" + h.name())).isEqualTo(h);
            });
  }

  @Test
  void swotIsEmptyOrCompleteConsistently() {
    qt().forAll(CompetitionGenerators.swots())
        .checkAssert(
            s -> {
              int filled =
                  (s.strengths().isEmpty() ? 0 : 1)
                      + (s.weaknesses().isEmpty() ? 0 : 1)
                      + (s.opportunities().isEmpty() ? 0 : 1)
                      + (s.threats().isEmpty() ? 0 : 1);
              assertThat(s.isEmpty()).isEqualTo(filled == 0);
              assertThat(s.isComplete()).isEqualTo(filled == 4);
            });
  }
}
