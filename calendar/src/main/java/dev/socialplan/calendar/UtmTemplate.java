package dev.socialplan.calendar;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How the links of campaign posts are tagged with UTM parameters, so that the traffic and
 * conversion goals that measure a campaign can tell its posts apart in web analytics. The five
 * parameters are the ones Google Analytics reads (<a
 * href="https://support.google.com/analytics/answer/10917952">[GA4] URL builders: Collect campaign
 * data with custom URLs</a>):
 *
 * <ul>
 *   <li>{@code utm_source}: the platform, by default its {@linkplain Platform#id() id} ({@code
 *       instagram}, {@code x}, {@code linkedin}); {@link #withSource(Platform, String)} overrides it;
 *   <li>{@code utm_medium}: {@code social}, or {@code paid_social} for a {@linkplain
 *       PostContent#paid() paid} post;
 *   <li>{@code utm_campaign}: the post's {@linkplain PostContent#campaign() campaign};
 *   <li>{@code utm_content}: the post's id, which tells the posts of one campaign apart;
 *   <li>{@code utm_term}: only when the template has a {@linkplain #term() term}.
 * </ul>
 *
 * <p>Tagging keeps the link's query parameters and fragment byte for byte and appends the missing
 * UTM parameters, percent-encoded as RFC 3986 unreserved characters ({@link Link#encode(String)}).
 * A parameter the link already has is never added again nor overwritten, so tagging is idempotent
 * and a link someone tagged by hand keeps its values. A post without a campaign is left alone
 * (there is no campaign to attribute it to), and so is a link to another domain when the template
 * is {@linkplain #brandDomains() restricted to the brand's domains}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UtmTemplate {
  private static final UtmTemplate STANDARD = builder().build();

  UtmTemplate() {}

  /**
   * Returns the {@code utm_source} of platforms whose source is not their id.
   *
   * @return the sources by platform, possibly empty
   */
  public abstract Map<Platform, String> sources();

  /**
   * Returns the {@code utm_medium} of organic posts.
   *
   * @return the medium, {@code social} by default
   */
  @Value.Default
  public String medium() {
    return "social";
  }

  /**
   * Returns the {@code utm_medium} of paid posts.
   *
   * @return the medium, {@code paid_social} by default
   */
  @Value.Default
  public String paidMedium() {
    return "paid_social";
  }

  /**
   * Returns the {@code utm_term} added to every tagged link.
   *
   * @return the term; empty (no {@code utm_term}) by default
   */
  public abstract Optional<String> term();

  /**
   * Returns the domains whose links are tagged; links to other domains are left alone.
   *
   * @return the brand's domains (their subdomains included); empty to tag every link
   */
  public abstract Set<String> brandDomains();

  /**
   * Returns the template with the defaults above: every link of a campaign post is tagged.
   *
   * @return the standard template
   */
  public static UtmTemplate standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy that tags only links to some domains and their subdomains.
   *
   * @param domains the brand's domains, such as {@code brand.example}
   * @return the new template
   */
  public abstract UtmTemplate withBrandDomains(String... domains);

  /**
   * Returns a copy with a {@code utm_term}.
   *
   * @param term the term, not blank
   * @return the new template
   */
  public abstract UtmTemplate withTerm(String term);

  /**
   * Returns a copy with another {@code utm_source} for one platform.
   *
   * @param platform the platform
   * @param source the source, not blank
   * @return the new template
   */
  public UtmTemplate withSource(Platform platform, String source) {
    return builder().from(this).putSource(platform, source).build();
  }

  /**
   * Returns the {@code utm_source} of a platform.
   *
   * @param platform the platform
   * @return the source set for it, else its id
   */
  public String sourceOf(Platform platform) {
    Checks.notNull(platform, "platform");
    String source = sources().get(platform);
    return source == null ? platform.id() : source;
  }

  /**
   * Tells whether this template tags a link: every link when there are no brand domains, else the
   * links to those domains.
   *
   * @param link the link
   * @return true if the link would be tagged for a campaign post
   */
  public boolean covers(Link link) {
    Checks.notNull(link, "link");
    return brandDomains().isEmpty() || link.isOn(brandDomains());
  }

  /**
   * Tags one link of a post.
   *
   * @param link the link
   * @param platform where the post goes out, for {@code utm_source}
   * @param content the post's content, for {@code utm_campaign} and paid or organic
   * @param postId the post's id, for {@code utm_content}
   * @return the tagged link; the same link when the post has no campaign or the template does not
   *     {@linkplain #covers(Link) cover} the link
   */
  public Link tag(Link link, Platform platform, PostContent content, String postId) {
    Checks.notNull(link, "link");
    Checks.notNull(platform, "platform");
    Checks.notNull(content, "content");
    Checks.nonBlank(postId, "postId");
    if (content.campaign().isEmpty() || !covers(link)) {
      return link;
    }
    List<String> pairs = new ArrayList<>(5);
    add(pairs, link, "utm_source", sourceOf(platform));
    add(pairs, link, "utm_medium", content.paid() ? paidMedium() : medium());
    add(pairs, link, "utm_campaign", content.campaign().get());
    add(pairs, link, "utm_content", postId);
    term().ifPresent(t -> add(pairs, link, "utm_term", t));
    return pairs.isEmpty() ? link : link.withAppendedQuery(String.join("&", pairs));
  }

  /**
   * Tells whether a link carries the parameters a campaign needs to be measured: {@code
   * utm_source}, {@code utm_medium} and {@code utm_campaign}.
   *
   * @param link the link
   * @return true if all three are present
   */
  public static boolean isTagged(Link link) {
    Checks.notNull(link, "link");
    return link.hasQueryParameter("utm_source")
        && link.hasQueryParameter("utm_medium")
        && link.hasQueryParameter("utm_campaign");
  }

  /**
   * Tags every link of a post's content: the links in its text (each replaced where it stands) and
   * its link attachment.
   *
   * @param content the content
   * @param platform where the post goes out
   * @param postId the post's id
   * @return the content with tagged links; the same content when nothing changes
   */
  public PostContent tagAll(PostContent content, Platform platform, String postId) {
    Checks.notNull(content, "content");
    Checks.notNull(platform, "platform");
    Checks.notNull(postId, "postId");
    if (content.campaign().isEmpty()) {
      return content;
    }
    String text = content.text();
    List<Link.Span> spans = Link.findAll(text);
    StringBuilder tagged = new StringBuilder();
    int at = 0;
    for (Link.Span span : spans) {
      tagged.append(text, at, span.start());
      tagged.append(tag(span.link(), platform, content, postId));
      at = span.end();
    }
    tagged.append(text, at, text.length());
    PostContent.Builder b = PostContent.builder().from(content).text(tagged.toString());
    content.linkAttachment().ifPresent(l -> b.linkAttachment(tag(l, platform, content, postId)));
    PostContent result = b.build();
    return result.equals(content) ? content : result;
  }

  private static void add(List<String> pairs, Link link, String name, String value) {
    if (!link.hasQueryParameter(name)) {
      pairs.add(name + "=" + Link.encode(value));
    }
  }

  @Value.Check
  void check() {
    Checks.nonBlank(medium(), "medium");
    Checks.nonBlank(paidMedium(), "paidMedium");
    term().ifPresent(t -> Checks.nonBlank(t, "term"));
    sources().forEach((p, s) -> Checks.nonBlank(s, "sources[" + p.id() + "]"));
    for (String domain : brandDomains()) {
      Checks.nonBlank(domain, "brandDomains");
      if (domain.indexOf('/') >= 0 || domain.indexOf(':') >= 0 || domain.indexOf('@') >= 0) {
        throw new IllegalArgumentException(
            "brandDomains must hold host names, not links: \"" + domain + "\"");
      }
    }
  }

  /** Builds a {@link UtmTemplate}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableUtmTemplate.Builder {
    Builder() {}
  }
}
