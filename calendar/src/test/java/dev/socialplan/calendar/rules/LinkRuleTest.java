package dev.socialplan.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.RuleSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRuleTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");
  private static final PostContent SALE =
      PostContent.builder()
          .format(PostFormat.IMAGE)
          .purpose(PostPurpose.PROMOTE)
          .campaign("spring-sale")
          .text("Spring menu: https://brand.example/menu")
          .build();

  private static ScheduledPost post(String id, Platform platform, int hour, PostContent content) {
    return ScheduledPost.builder()
        .id(id)
        .platform(platform)
        .time(MONDAY.plusSeconds(3600L * hour))
        .content(content)
        .status(PostStatus.SCHEDULED)
        .build();
  }

  private static List<Finding> check(PlannedCalendar subject) {
    return RuleSet.<PlannedCalendar>of(List.of(CalendarRules.LINKS)).validate(subject).findings();
  }

  @Test
  void untaggedLinksOfAMeasuredCampaignAreWarnings() {
    ScheduledPost untagged = post("fb-1", Platform.FACEBOOK, 0, SALE);
    ScheduledPost tagged =
        post("fb-2", Platform.FACEBOOK, 1, UtmTemplate.standard().tagAll(SALE, Platform.FACEBOOK, "fb-2"));
    ScheduledPost partner =
        post("fb-3", Platform.FACEBOOK, 2, SALE.withText("Our partner: https://partner.example/"));
    ScheduledPost attachment =
        post(
            "fb-4",
            Platform.FACEBOOK,
            3,
            SALE.withText("No link in the text").withLinkAttachment(Link.parse("https://brand.example/book")));
    ScheduledPost otherCampaign = post("fb-5", Platform.FACEBOOK, 4, SALE.withCampaign("brand-love"));
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .calendar(ContentCalendar.of(TAIPEI, List.of(untagged, tagged, partner, attachment, otherCampaign)))
            .addMeasuredCampaigns("spring-sale")
            .utm(UtmTemplate.standard().withBrandDomains("brand.example"))
            .build();
    List<Finding> findings = check(subject);
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo(CalendarRules.CALENDAR_LINK_UNTAGGED));
    assertThat(findings)
        .extracting(f -> f.path() + " " + f.arguments().stream().map(a -> a.value()).toList())
        .containsExactly(
            "posts[0].text [fb-1, https://brand.example/menu, spring-sale]",
            "posts[3].linkAttachment [fb-4, https://brand.example/book, spring-sale]");
    assertThat(check(PlannedCalendar.builder().from(subject).measuredCampaigns(List.of()).build()))
        .isEmpty();
  }

  @Test
  void aLinkInAnInstagramCaptionIsInformation() {
    PlannedCalendar subject =
        PlannedCalendar.of(
            ContentCalendar.of(
                TAIPEI,
                List.of(
                    post("ig-1", Platform.INSTAGRAM, 0, SALE),
                    post("ig-2", Platform.INSTAGRAM, 1, SALE.withText("Link in bio!")),
                    post("x-1", Platform.X, 0, SALE))));
    assertThat(check(subject))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(CalendarRules.CALENDAR_LINK_NOT_CLICKABLE);
              assertThat(f.path()).isEqualTo("posts[0].text");
              assertThat(f.arguments()).extracting(a -> a.value())
                  .containsExactly("ig-1", "Instagram", "https://brand.example/menu");
            });
  }

  @Test
  void threadsTakesAtMostFiveDistinctLinks() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      text.append("https://brand.example/").append(i).append(' ');
    }
    PostContent five = SALE.withFormat(PostFormat.TEXT).withText(text + "https://brand.example/1");
    PostContent six = five.withLinkAttachment(Link.parse("https://brand.example/6"));
    PostContent sameAttachment = five.withLinkAttachment(Link.parse("https://brand.example/5"));
    PlannedCalendar subject =
        PlannedCalendar.of(
            ContentCalendar.of(
                TAIPEI,
                List.of(
                    post("th-5", Platform.THREADS, 0, five),
                    post("th-6", Platform.THREADS, 1, six),
                    post("th-5b", Platform.THREADS, 2, sameAttachment),
                    post("li-6", Platform.LINKEDIN, 3, six))));
    assertThat(check(subject))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(CalendarRules.CALENDAR_TOO_MANY_LINKS);
              assertThat(f.arguments()).extracting(a -> a.name() + "=" + a.value())
                  .containsExactly(
                      "post=th-6", "platform=Threads", "format=TEXT", "links=6", "maxLinks=5");
            });
  }

  @Test
  void aLinkAfterAStraySchemeSeparatorAtTheStartIsStillChecked() {
    // The rule skips texts without "://" cheaply; one that starts with it must not be skipped.
    ScheduledPost pasted =
        post("fb-1", Platform.FACEBOOK, 0, SALE.withText("://menu: https://brand.example/menu"));
    PlannedCalendar subject =
        PlannedCalendar.builder()
            .calendar(ContentCalendar.of(TAIPEI, List.of(pasted)))
            .addMeasuredCampaigns("spring-sale")
            .utm(UtmTemplate.standard().withBrandDomains("brand.example"))
            .build();
    assertThat(check(subject))
        .extracting(f -> f.path() + " " + f.arguments().stream().map(a -> a.value()).toList())
        .containsExactly("posts[0].text [fb-1, https://brand.example/menu, spring-sale]");
  }
}
