package dev.socialplan.calendar.rules;

import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_LINK_NOT_CLICKABLE;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_LINK_UNTAGGED;
import static dev.socialplan.calendar.rules.CalendarRules.CALENDAR_TOO_MANY_LINKS;
import static dev.socialplan.calendar.rules.CalendarRules.postPath;

import dev.socialplan.calendar.Link;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.UtmTemplate;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The links of each post: links of a campaign that a traffic or conversion goal measures must carry
 * UTM parameters, a link in an Instagram caption cannot be tapped, and a platform that limits the
 * links of a post (Threads: five) must not get more.
 *
 * <p>Instagram shows the text of a caption as it is, without making its links tappable, which is
 * why brands point to the "link in bio"; Meta's own help pages do not say so in one place, so this
 * rule reports it as information, never as an error.
 *
 * <p>This class has only static methods and is thread-safe.
 */
final class LinkRule {
  private LinkRule() {}

  /** The platforms whose captions show links as plain text. */
  private static final Set<Platform> CAPTION_LINKS_NOT_CLICKABLE = Set.of(Platform.INSTAGRAM);

  static List<Finding> check(PlannedCalendar subject, ValidationContext context) {
    CalendarIndex index = subject.index();
    UtmTemplate utm = subject.utm();
    Set<String> measured = subject.measuredCampaigns();
    List<Finding> out = new ArrayList<>();
    for (int i : index.counted()) {
      ScheduledPost post = index.post(i);
      PostContent content = post.content();
      if (content.text().indexOf("://") < 0 && content.linkAttachment().isEmpty()) {
        continue;
      }
      List<Link> links = content.links();
      if (links.isEmpty()) {
        continue;
      }
      Optional<String> campaign = content.campaign();
      if (campaign.isPresent() && measured.contains(campaign.get())) {
        for (Link link : links) {
          if (utm.covers(link) && !UtmTemplate.isTagged(link)) {
            String field =
                content.linkAttachment().filter(link::equals).isPresent()
                        && !content.textLinks().contains(link)
                    ? ".linkAttachment"
                    : ".text";
            out.add(
                Finding.of(
                    CALENDAR_LINK_UNTAGGED,
                    postPath(i) + field,
                    FindingArgument.text("post", post.id()),
                    FindingArgument.text("link", link.toString()),
                    FindingArgument.text("campaign", campaign.get())));
          }
        }
      }
      if (CAPTION_LINKS_NOT_CLICKABLE.contains(post.platform()) && !content.textLinks().isEmpty()) {
        out.add(
            Finding.of(
                CALENDAR_LINK_NOT_CLICKABLE,
                postPath(i) + ".text",
                FindingArgument.text("post", post.id()),
                FindingArgument.text("platform", post.platform().displayName()),
                FindingArgument.text("link", content.textLinks().get(0).toString())));
      }
      Optional<Integer> max = maxLinks(subject, post);
      if (max.isPresent()) {
        Set<String> distinct = new LinkedHashSet<>();
        links.forEach(l -> distinct.add(l.toString()));
        if (distinct.size() > max.get()) {
          out.add(
              Finding.of(
                  CALENDAR_TOO_MANY_LINKS,
                  postPath(i) + ".text",
                  FindingArgument.text("post", post.id()),
                  FindingArgument.text("platform", post.platform().displayName()),
                  FindingArgument.text("format", content.format().name()),
                  FindingArgument.integer("links", distinct.size()),
                  FindingArgument.integer("maxLinks", max.get())));
        }
      }
    }
    return out;
  }

  private static Optional<Integer> maxLinks(PlannedCalendar subject, ScheduledPost post) {
    Optional<PlatformProfile> profile = subject.catalog().profile(post.platform());
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    FormatLimits limits = profile.get().formats().get(post.content().format());
    if (limits == null || limits.maxLinks().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(limits.maxLinks().getAsInt());
  }
}
