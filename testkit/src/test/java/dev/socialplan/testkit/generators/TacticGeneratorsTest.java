package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.tactic.ApprovalStatus;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TacticKind;
import dev.socialplan.tactic.TierBand;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.LocalDateRange;

class TacticGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void campaignWindowsAreUpTo120DaysBetween2020And2040OrAbsent() {
    List<Optional<LocalDateRange>> windows = sample(TacticGenerators.campaignWindows(), 300);
    assertThat(windows).anyMatch(Optional::isEmpty);
    assertThat(windows.stream().flatMap(Optional::stream))
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.getStart()).isBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2040, 1, 1));
              assertThat(w.lengthInDays()).isBetween(0, 120);
            });
    long empty = windows.stream().filter(Optional::isEmpty).count();
    assertThat(empty).isBetween(50L, 150L);
  }

  @Test
  void tierSchemesAreTheTwoProvidedOnesOrAscendingUserSchemes() {
    List<TierScheme> schemes = sample(TacticGenerators.tierSchemes(), 300);
    assertThat(schemes).contains(TierScheme.STANDARD, TierScheme.ARTICLE);
    assertThat(schemes).anyMatch(s -> s.name().equals("user scheme"));
    assertThat(schemes)
        .allSatisfy(
            s -> {
              List<TierBand> bands = s.bands();
              assertThat(bands).isNotEmpty();
              for (int i = 1; i < bands.size(); i++) {
                assertThat(bands.get(i).from())
                    .isGreaterThanOrEqualTo(bands.get(i - 1).until().orElseThrow());
              }
            });
    assertThat(schemes).anyMatch(s -> s.bands().get(s.bands().size() - 1).until().isEmpty());
    assertThat(schemes)
        .anyMatch(
            s -> {
              List<TierBand> b = s.bands();
              for (int i = 1; i < b.size(); i++) {
                if (b.get(i).from() > b.get(i - 1).until().orElseThrow()) {
                  return true;
                }
              }
              return false;
            });
  }

  @Test
  void influencersPayInTheirCurrencyWithOrWithoutRatesAndAudience() {
    CurrencyUnit twd = CurrencyUnit.of("TWD");
    List<Influencer> influencers = sample(TacticGenerators.influencers(twd), 300);
    assertThat(influencers)
        .allSatisfy(
            i -> {
              assertThat(i.fee().getCurrencyUnit()).isEqualTo(twd);
              assertThat(i.followers()).isBetween(0L, 10_000_000L);
              assertThat(i.handle()).startsWith("@");
              assertThat(i.platform().isWellKnown()).isTrue();
            });
    assertThat(influencers).anyMatch(i -> i.engagementRate().isPresent());
    assertThat(influencers).anyMatch(i -> i.engagementRate().isEmpty());
    assertThat(influencers).anyMatch(i -> i.reachRate().isPresent());
    assertThat(influencers).anyMatch(i -> i.audience().isPresent());
    assertThat(influencers).anyMatch(i -> i.audience().isEmpty());
  }

  @Test
  void influencerCampaignsPayInOneCurrency() {
    List<InfluencerCampaign> campaigns = sample(TacticGenerators.influencerCampaigns(4), 200);
    assertThat(campaigns)
        .allSatisfy(
            c -> {
              assertThat(c.influencers()).hasSizeLessThanOrEqualTo(4);
              assertThat(c.influencers().stream().map(i -> i.fee().getCurrencyUnit()).distinct().count())
                  .isLessThanOrEqualTo(1);
              assertThat(c.targetTiers()).hasSizeLessThanOrEqualTo(2);
            });
    assertThat(campaigns).anyMatch(c -> c.influencers().isEmpty());
    assertThat(campaigns).anyMatch(c -> !c.influencersOutsideTargetTiers().isEmpty());
    assertThat(campaigns).anyMatch(c -> c.campaignWindow().isPresent());
  }

  @Test
  void programmesStayWithinTheirDocumentedRanges() {
    List<ShortVideoProgramme> videos = sample(TacticGenerators.shortVideoProgrammes(), 200);
    assertThat(videos)
        .allSatisfy(
            v -> {
              assertThat(v.postsPerWeek()).isBetween(0, 28);
              assertThat(v.platforms()).hasSizeLessThanOrEqualTo(3);
              v.videoLength().ifPresent(d -> assertThat(d.getSeconds()).isBetween(1L, 900L));
            });
    assertThat(videos).anyMatch(ShortVideoProgramme::repurposed);
    assertThat(videos).anyMatch(v -> v.videoLength().isEmpty());
    List<CommunityProgramme> communities = sample(TacticGenerators.communityProgrammes(), 200);
    assertThat(communities)
        .allSatisfy(c -> assertThat(c.interactivePostsPerWeek()).isBetween(0, 14))
        .allSatisfy(c -> assertThat(c.interactivePosts()).hasSizeLessThanOrEqualTo(3));
  }

  @Test
  void liveStreamsAreAnnouncedBeforeAtOrAfterTheStartOrNot() {
    List<LiveStream> streams = sample(TacticGenerators.liveStreams(), 400);
    assertThat(streams).anyMatch(s -> s.announcedAt().isEmpty());
    assertThat(streams).anyMatch(LiveStream::isAnnouncedInAdvance);
    assertThat(streams).anyMatch(s -> s.announcedAt().map(a -> a.isAfter(s.start())).orElse(false));
    assertThat(streams.stream().map(s -> s.start().getZone()).collect(Collectors.toSet()))
        .contains(ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Taipei"));
    assertThat(streams)
        .allSatisfy(s -> assertThat(s.duration().toMinutes()).isBetween(1L, 600L));
  }

  @Test
  void ugcProgrammesHaveRepostsWithAndWithoutPermission() {
    List<UgcProgramme> programmes = sample(TacticGenerators.ugcProgrammes(), 200);
    List<UgcRepost> reposts =
        programmes.stream().flatMap(p -> p.reposts().stream()).collect(Collectors.toList());
    assertThat(reposts).anyMatch(UgcRepost::isPermitted);
    assertThat(reposts).anyMatch(r -> !r.isPermitted());
    assertThat(programmes).allSatisfy(p -> assertThat(p.reposts()).hasSizeLessThanOrEqualTo(6));
    assertThat(programmes).anyMatch(p -> !p.repostsWithoutPermission().isEmpty());
  }

  @Test
  void purposeDrivenCampaignsAreInEveryApprovalStateWithAnApproverOnceSubmitted() {
    List<PurposeDrivenCampaign> campaigns = sample(TacticGenerators.purposeDrivenCampaigns(), 300);
    assertThat(campaigns.stream().map(PurposeDrivenCampaign::approval).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(ApprovalStatus.class));
    assertThat(campaigns)
        .allSatisfy(
            c ->
                assertThat(c.approver().isPresent())
                    .isEqualTo(c.approval() != ApprovalStatus.NOT_SUBMITTED));
    assertThat(campaigns).anyMatch(c -> c.missionLink().isPresent());
    assertThat(campaigns).anyMatch(c -> c.missionLink().isEmpty());
  }

  @Test
  void tacticsAreOfAllEightKindsLinkedOrNot() {
    List<Tactic> tactics = sample(TacticGenerators.tactics(), 500);
    assertThat(tactics.stream().map(Tactic::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(TacticKind.class));
    for (TacticKind kind : TacticKind.values()) {
      // About an eighth each: no kind may be starved.
      assertThat(tactics.stream().filter(t -> t.kind() == kind).count()).as("%s", kind).isGreaterThan(25);
    }
    assertThat(tactics)
        .allSatisfy(
            t -> {
              assertThat(t.allocationId().isPresent()).isEqualTo(!t.goalIds().isEmpty());
              t.goalIds().forEach(id -> assertThat(id).isIn("goal-1", "goal-2"));
            });
    assertThat(tactics).anyMatch(t -> t.allocationId().isPresent());
    assertThat(tactics).anyMatch(t -> t.allocationId().isEmpty());
    assertThat(tactics).anyMatch(t -> t.campaignWindow().isPresent());
  }
}
