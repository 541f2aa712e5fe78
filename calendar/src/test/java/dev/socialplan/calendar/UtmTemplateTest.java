package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import org.junit.jupiter.api.Test;

class UtmTemplateTest {
  private static final PostContent SPRING_SALE =
      PostContent.builder()
          .format(PostFormat.IMAGE)
          .purpose(PostPurpose.PROMOTE)
          .campaign("Spring sale 2026")
          .text("Our spring menu is here: https://brand.example/menu?lang=zh-TW#mains. Book now!")
          .linkAttachment(Link.parse("https://brand.example/book"))
          .build();

  @Test
  void tagsWithTheDocumentedDefaults() {
    Link tagged =
        UtmTemplate.standard().tag(Link.parse("https://brand.example/book"), Platform.INSTAGRAM, SPRING_SALE, "ig-1");
    assertThat(tagged.toString())
        .isEqualTo(
            "https://brand.example/book?utm_source=instagram&utm_medium=social"
                + "&utm_campaign=Spring%20sale%202026&utm_content=ig-1");
    assertThat(tagged.queryParameter("utm_campaign")).contains("Spring sale 2026");
    assertThat(UtmTemplate.isTagged(tagged)).isTrue();
  }

  @Test
  void keepsParametersAndFragmentAndTagsOnlyOnce() {
    UtmTemplate utm = UtmTemplate.standard().withTerm("dim sum");
    Link link = Link.parse("https://brand.example/menu?lang=zh-TW&x=a%2Bb#mains");
    Link tagged = utm.tag(link, Platform.X, SPRING_SALE.withPaid(true), "x-7");
    assertThat(tagged.toString())
        .isEqualTo(
            "https://brand.example/menu?lang=zh-TW&x=a%2Bb&utm_source=x&utm_medium=paid_social"
                + "&utm_campaign=Spring%20sale%202026&utm_content=x-7&utm_term=dim%20sum#mains");
    assertThat(utm.tag(tagged, Platform.X, SPRING_SALE, "x-7")).isEqualTo(tagged);
    assertThat(tagged.queryParameter("x")).contains("a+b");
    Link bareQuestionMark = Link.parse("https://brand.example/?");
    assertThat(utm.tag(bareQuestionMark, Platform.X, SPRING_SALE, "p").toString())
        .startsWith("https://brand.example/?utm_source=x&");
  }

  @Test
  void neverOverwritesAParameterSetByHand() {
    Link handTagged = Link.parse("https://brand.example/?utm_source=newsletter&utm_medium=email");
    Link tagged = UtmTemplate.standard().tag(handTagged, Platform.FACEBOOK, SPRING_SALE, "fb-1");
    assertThat(tagged.queryParameter("utm_source")).contains("newsletter");
    assertThat(tagged.queryParameter("utm_medium")).contains("email");
    assertThat(tagged.queryParameter("utm_campaign")).contains("Spring sale 2026");
    assertThat(tagged.queryParameter("utm_content")).contains("fb-1");
  }

  @Test
  void leavesOtherDomainsAndPostsWithoutACampaignAlone() {
    UtmTemplate brandOnly = UtmTemplate.standard().withBrandDomains("brand.example");
    Link partner = Link.parse("https://partner.example/offer");
    assertThat(brandOnly.covers(partner)).isFalse();
    assertThat(brandOnly.tag(partner, Platform.X, SPRING_SALE, "x-1")).isSameAs(partner);
    Link shop = Link.parse("https://shop.brand.example/");
    assertThat(brandOnly.tag(shop, Platform.X, SPRING_SALE, "x-1")).isNotEqualTo(shop);
    PostContent noCampaign = PostContent.of(PostFormat.TEXT, PostPurpose.INFORM, "https://brand.example/");
    assertThat(UtmTemplate.standard().tag(shop, Platform.X, noCampaign, "x-1")).isSameAs(shop);
    assertThat(UtmTemplate.standard().tagAll(noCampaign, Platform.X, "x-1")).isSameAs(noCampaign);
  }

  @Test
  void sourcesPerPlatformDefaultToTheId() {
    UtmTemplate utm = UtmTemplate.standard().withSource(Platform.X, "twitter");
    assertThat(utm.sourceOf(Platform.X)).isEqualTo("twitter");
    assertThat(utm.sourceOf(Platform.LINKEDIN)).isEqualTo("linkedin");
    assertThat(UtmTemplate.standard().medium()).isEqualTo("social");
    assertThat(UtmTemplate.standard().paidMedium()).isEqualTo("paid_social");
    assertThat(UtmTemplate.standard().term()).isEmpty();
    assertThat(UtmTemplate.standard().brandDomains()).isEmpty();
  }

  @Test
  void tagsEveryLinkOfAContentWhereItStands() {
    PostContent tagged = UtmTemplate.standard().tagAll(SPRING_SALE, Platform.THREADS, "th-3");
    assertThat(tagged.text())
        .isEqualTo(
            "Our spring menu is here: https://brand.example/menu?lang=zh-TW&utm_source=threads"
                + "&utm_medium=social&utm_campaign=Spring%20sale%202026&utm_content=th-3#mains. Book now!");
    assertThat(tagged.linkAttachment().map(UtmTemplate::isTagged)).contains(true);
    assertThat(tagged.links()).hasSize(2).allMatch(UtmTemplate::isTagged);
    assertThat(UtmTemplate.standard().tagAll(tagged, Platform.THREADS, "th-3")).isSameAs(tagged);
    assertThat(tagged.campaign()).isEqualTo(SPRING_SALE.campaign());
  }

  @Test
  void refusesBlankPartsAndLinksAsDomains() {
    assertThatThrownBy(() -> UtmTemplate.standard().withTerm(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("term must not be blank");
    assertThatThrownBy(() -> UtmTemplate.standard().withBrandDomains("https://brand.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("brandDomains must hold host names, not links: \"https://brand.example\"");
    assertThatThrownBy(() -> UtmTemplate.standard().withSource(Platform.X, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sources[x] must not be blank");
    assertThatThrownBy(() -> UtmTemplate.standard().tag(Link.parse("https://a.example"), Platform.X, SPRING_SALE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("postId must not be blank");
  }

  @Test
  void aFreshlyBuiltTemplateHasTheDocumentedMedia() {
    // Built here rather than read from standard(), which is built while the class loads.
    UtmTemplate fresh = UtmTemplate.builder().build();
    assertThat(fresh.medium()).isEqualTo("social");
    assertThat(fresh.paidMedium()).isEqualTo("paid_social");
    assertThat(fresh).isEqualTo(UtmTemplate.standard());
  }

  @Test
  void refusesADomainStartingWithAPartOfALink() {
    for (String domain : new String[] {"/brand.example", ":brand.example", "@brand.example", "brand.example:443"}) {
      assertThatThrownBy(() -> UtmTemplate.standard().withBrandDomains(domain))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("brandDomains must hold host names, not links: \"" + domain + "\"");
    }
  }
}
