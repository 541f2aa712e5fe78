package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.analytics.survey.Question;
import dev.socialplan.analytics.survey.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SurveyGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void theSurveyAsksNpsCsatAndChannel() {
    assertThat(SurveyGenerators.SURVEY.stream().map(Question::id).collect(Collectors.toList()))
        .containsExactly("nps", "csat", "channel");
    assertThat(SurveyGenerators.SURVEY.get(0).isRating()).isTrue();
    assertThat(SurveyGenerators.SURVEY.get(2).options()).containsExactly("Instagram", "Friend", "Search");
  }

  @Test
  void netPromoterScoresIncludeAllZeroAndStayWithinTheMaximum() {
    List<NetPromoterScore> scores = sample(SurveyGenerators.netPromoterScores(50), 400);
    assertThat(scores)
        .allSatisfy(
            s -> {
              assertThat(s.promoters()).isBetween(0L, 50L);
              assertThat(s.passives()).isBetween(0L, 50L);
              assertThat(s.detractors()).isBetween(0L, 50L);
            });
    assertThat(scores).anyMatch(s -> s.respondents() == 0 && s.score().isEmpty());
    assertThat(scores).anyMatch(s -> s.score().orElse(0) > 0);
    assertThat(scores).anyMatch(s -> s.score().orElse(0) < 0);
  }

  @Test
  void npsAnswersAreOnTheZeroToTenScale() {
    List<List<Integer>> answers = sample(SurveyGenerators.npsAnswers(20), 200);
    assertThat(answers).allSatisfy(a -> assertThat(a).hasSizeLessThanOrEqualTo(20).allSatisfy(x -> assertThat(x).isBetween(0, 10)));
    assertThat(answers).anyMatch(List::isEmpty);
    assertThat(answers.stream().flatMap(List::stream).distinct().count()).isEqualTo(11);
    assertThat(answers)
        .allSatisfy(a -> assertThat(NetPromoterScore.fromAnswers(a).respondents()).isEqualTo(a.size()));
  }

  @Test
  void responsesAnswerValidlySkipOrGoOffTheScale() {
    List<SurveyResponse> responses = sample(SurveyGenerators.responses(), 400);
    assertThat(responses).anyMatch(r -> !r.answered("nps"));
    assertThat(responses).anyMatch(r -> r.ratings().getOrDefault("nps", 5) > 10);
    assertThat(responses).anyMatch(r -> r.ratings().getOrDefault("nps", 5) < 0);
    assertThat(responses).anyMatch(r -> r.ratings().getOrDefault("csat", 3) == 0);
    assertThat(responses).anyMatch(r -> r.ratings().getOrDefault("csat", 3) == 6);
    assertThat(responses).anyMatch(r -> "TikTok".equals(r.choices().get("channel")));
    assertThat(responses).anyMatch(r -> !r.answered("channel"));
    assertThat(responses).anyMatch(r -> r.answered("age"));
    assertThat(responses).anyMatch(r -> !r.answered("age"));
  }

  @Test
  void responseListsStayWithinTheirSize() {
    List<List<SurveyResponse>> lists = sample(SurveyGenerators.responseLists(6), 200);
    assertThat(lists).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(6));
    assertThat(lists).anyMatch(List::isEmpty);
    assertThat(lists).anyMatch(l -> l.size() == 6);
  }
}
