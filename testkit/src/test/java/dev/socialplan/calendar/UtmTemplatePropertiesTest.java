package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.TextCounting;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.testkit.generators.CalendarGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** UTM tagging over generated links, campaigns and templates. */
class UtmTemplatePropertiesTest {
  private static final TextLimit X = TextLimit.body(280, TextCounting.X_WEIGHTED);

  private static PostContent campaignPost(String campaign, String text) {
    return PostContent.builder()
        .format(PostFormat.TEXT)
        .purpose(PostPurpose.PROMOTE)
        .campaign(campaign)
        .text(text)
        .build();
  }

  @Test
  void taggingIsIdempotentAndKeepsParametersAndFragment() {
    qt().forAll(
            CalendarGenerators.links(),
            CalendarGenerators.utmTemplates(),
            CalendarGenerators.utmValues(),
            CalendarGenerators.platforms())
        .checkAssert(
            (link, utm, campaign, platform) -> {
              PostContent content = campaignPost(campaign, "");
              Link tagged = utm.tag(link, platform, content, "post-1");
              assertThat(utm.tag(tagged, platform, content, "post-1")).isEqualTo(tagged);
              assertThat(Link.parse(tagged.toString())).isEqualTo(tagged);
              assertThat(tagged.rawFragment()).isEqualTo(link.rawFragment());
              assertThat(tagged.host()).isEqualTo(link.host());
              assertThat(tagged.uri().getRawPath()).isEqualTo(link.uri().getRawPath());
              // The link's own query comes first, byte for byte.
              link.rawQuery()
                  .filter(q -> !q.isEmpty())
                  .ifPresent(q -> assertThat(tagged.rawQuery().orElseThrow()).startsWith(q));
              for (String name : List.of("ref", "q", "lang")) {
                assertThat(tagged.queryParameter(name)).isEqualTo(link.queryParameter(name));
              }
              if (!utm.covers(link)) {
                assertThat(tagged).isSameAs(link);
              } else {
                assertThat(UtmTemplate.isTagged(tagged)).isTrue();
              }
            });
  }

  @Test
  void valuesRoundTripThroughPercentEncoding() {
    qt().forAll(CalendarGenerators.utmValues(), CalendarGenerators.utmValues())
        .checkAssert(
            (campaign, postId) -> {
              Link bare = Link.parse("https://brand.example/landing");
              Link tagged =
                  UtmTemplate.standard().tag(bare, Platform.LINKEDIN, campaignPost(campaign, ""), postId);
              assertThat(tagged.queryParameter("utm_campaign")).contains(campaign);
              assertThat(tagged.queryParameter("utm_content")).contains(postId);
              assertThat(tagged.queryParameter("utm_source")).contains("linkedin");
              assertThat(tagged.toString()).doesNotContain(" ");
            });
  }

  @Test
  void xCountsATaggedLinkAsAnUntaggedOne() {
    qt().forAll(
            CalendarGenerators.links(),
            CalendarGenerators.utmValues(),
            Generate.pick(List.of("Menu:", "新菜單", "😀", "See")))
        .checkAssert(
            (link, campaign, word) -> {
              // The exceptions (docs/posts.md): without a path or query, twitter-text ends the URL
              // before a "#" (a bare "#" counts 1, "#mains" becomes a hashtag); tagging adds a query,
              // after which the fragment is part of the URL.
              boolean bareHost = link.uri().getRawPath().isEmpty() && link.rawQuery().isEmpty();
              if (link.rawFragment().isPresent()
                  && (bareHost || link.rawFragment().filter(String::isEmpty).isPresent())) {
                return;
              }
              PostContent content = campaignPost(campaign, word + " " + link + " " + word);
              PostContent tagged = UtmTemplate.standard().tagAll(content, Platform.X, "x-1");
              assertThat(X.check(tagged.text()).length()).isEqualTo(X.check(content.text()).length());
              assertThat(tagged.textLinks()).hasSize(1).allMatch(UtmTemplate::isTagged);
            });
  }
}
