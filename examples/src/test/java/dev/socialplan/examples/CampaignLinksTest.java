package dev.socialplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.UtmTemplate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flagship's campaign post: its brand link tagged for the traffic goal, YouTube's left alone. */
class CampaignLinksTest {

  @Test
  void theBrandLinkIsTaggedAndTheOtherDomainIsLeftAlone() {
    List<Link> before = CalendarSection.campaignPost().content().textLinks();
    List<Link> after = CalendarSection.campaignPostTagged().content().textLinks();
    assertThat(before).hasSize(2).noneMatch(UtmTemplate::isTagged);

    Link brand = after.get(0);
    assertThat(brand.uri().getHost()).isEqualTo(CalendarSection.BRAND_DOMAIN);
    assertThat(brand.queryParameter("ref")).hasValue("fb");
    assertThat(brand.queryParameter("utm_source"))
        .hasValue(UtmTemplate.standard().sourceOf(dev.socialplan.platform.Platform.FACEBOOK));
    assertThat(brand.queryParameter("utm_medium")).hasValue("social");
    assertThat(brand.queryParameter("utm_campaign")).hasValue(ContentBacklog.LIVE_CAMPAIGN);
    assertThat(brand.queryParameter("utm_content")).hasValue("facebook-live-signup");
    assertThat(after.get(1)).isEqualTo(before.get(1));

    // Tagging again changes nothing.
    UtmTemplate utm = UtmTemplate.standard().withBrandDomains(CalendarSection.BRAND_DOMAIN);
    var tagged = CalendarSection.campaignPostTagged();
    assertThat(utm.tagAll(tagged.content(), tagged.platform(), tagged.id()))
        .isEqualTo(tagged.content());
  }
}
