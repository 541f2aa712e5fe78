package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {
  private static final String SPRING = "https://Shop.Brand.example/spring?ref=feed&q=caf%C3%A9+au+lait#menu";

  @Test
  void keepsItsTextAndReadsItsParts() {
    Link link = Link.parse(SPRING);
    assertThat(link.toString()).isEqualTo(SPRING);
    assertThat(link.scheme()).isEqualTo("https");
    assertThat(link.host()).isEqualTo("shop.brand.example");
    assertThat(link.rawQuery()).contains("ref=feed&q=caf%C3%A9+au+lait");
    assertThat(link.rawFragment()).contains("menu");
    assertThat(link.queryParameter("ref")).contains("feed");
    assertThat(link.queryParameter("q")).contains("café au lait");
    assertThat(link.queryParameter("utm_source")).isEmpty();
    assertThat(link.uri().getPath()).isEqualTo("/spring");
    assertThat(Link.parse("http://brand.example").rawQuery()).isEmpty();
    assertThat(Link.parse("HTTP://brand.example/").scheme()).isEqualTo("http");
  }

  @Test
  void isOnItsDomainsAndTheirSubdomainsOnly() {
    Link link = Link.parse(SPRING);
    assertThat(link.isOn(List.of("brand.example"))).isTrue();
    assertThat(link.isOn(List.of("BRAND.example"))).isTrue();
    assertThat(link.isOn(List.of("shop.brand.example"))).isTrue();
    assertThat(link.isOn(List.of("rand.example", "other.example"))).isFalse();
    assertThat(Link.parse("https://brand.example.evil/").isOn(List.of("brand.example"))).isFalse();
    assertThat(link.isOn(List.of())).isFalse();
  }

  @Test
  void refusesHostileAndUnusableLinksNamingWhy() {
    assertRefused("/spring", "it is relative");
    assertRefused("brand.example/spring", "it is relative");
    assertRefused("javascript:alert(1)", "the scheme \"javascript\" is not http or https");
    assertRefused("data:text/html,<script>alert(1)</script>", "Illegal character");
    assertRefused("file:///etc/passwd", "the scheme \"file\" is not http or https");
    assertRefused("ftp://brand.example/", "the scheme \"ftp\" is not http or https");
    assertRefused("https://brand.example@evil.example/", "user information before the host");
    assertRefused("https://brand.example/a b", "white space or a control character at index 23");
    assertRefused("https://brand.example/\r\nSet-Cookie:x", "white space or a control character");
    assertRefused("https://brand.example/\u0000", "white space or a control character");
    assertRefused("https:\\\\evil.example", "a backslash at index 6");
    assertRefused("https://brand.example/%zz", "Malformed escape pair at index 22");
    assertRefused(":brand.example", "Expected scheme name at index 0");
    assertRefused("https:///spring", "no host");
    assertRefused("https://", "Expected authority");
    assertRefused("https://bränd.example/", "no host");
    assertThatThrownBy(() -> Link.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("link");
  }

  private static void assertRefused(String text, String why) {
    assertThatThrownBy(() -> Link.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("link is not a usable http(s) link (")
        .hasMessageContaining(why)
        .hasMessageEndingWith("\"" + text + "\"");
  }

  @Test
  void encodesEveryByteButTheUnreservedCharacters() {
    assertThat(Link.encode("spring_sale-2026.v2~a")).isEqualTo("spring_sale-2026.v2~a");
    assertThat(Link.encode("a b&c=d/é")).isEqualTo("a%20b%26c%3Dd%2F%C3%A9");
    assertThat(Link.encode("新品")).isEqualTo("%E6%96%B0%E5%93%81");
    assertThat(Link.encode("😀")).isEqualTo("%F0%9F%98%80");
    assertThat(Link.encode("+%#?")).isEqualTo("%2B%25%23%3F");
    // The edges of each unreserved range stay; their neighbours are escaped.
    assertThat(Link.encode("AZaz09")).isEqualTo("AZaz09");
    assertThat(Link.encode("@[`{/:")).isEqualTo("%40%5B%60%7B%2F%3A");
  }

  @Test
  void findsTheLinksOfATextWithoutSentencePunctuation() {
    String text =
        "New menu: https://brand.example/menu. Book (https://brand.example/book) or see"
            + " HTTPS://brand.example/a_(b) — not javascript:alert(1) nor https://x@evil.example/!";
    assertThat(Link.findAll(text))
        .extracting(span -> span.link().toString())
        .containsExactly(
            "https://brand.example/menu", "https://brand.example/book", "HTTPS://brand.example/a_(b)");
    Link.Span first = Link.findAll(text).get(0);
    assertThat(text.substring(first.start(), first.end())).isEqualTo("https://brand.example/menu");
    assertThat(Link.findAll("no links here")).isEmpty();
    assertThat(Link.findAll("xhttps://brand.example/")).isEmpty();
  }

  @Test
  void equalByText() {
    assertThat(Link.parse(SPRING)).isEqualTo(Link.parse(SPRING)).hasSameHashCodeAs(Link.parse(SPRING));
    assertThat(Link.parse("https://brand.example/")).isNotEqualTo(Link.parse("https://BRAND.example/"));
    assertThat(Link.parse(SPRING)).isNotEqualTo(SPRING);
  }

  @Test
  void equalByTheirTextByteForByte() {
    new EqualsTester()
        .addEqualityGroup(
            Link.parse("https://brand.example/menu"), Link.parse("https://brand.example/menu"))
        .addEqualityGroup(Link.parse("https://brand.example/menu?utm_source=x"))
        .addEqualityGroup(Link.parse("HTTPS://brand.example/menu"))
        .testEquals();
  }

  @Test
  void decodesEveryPartOfAQueryParameter() {
    Link link =
        Link.parse("https://brand.example/?=bare&%75tm=%C3%A9t%C3%A9&+lead=+x&q=caf%C3%A9&emoji=a😀b%F0%9F%98%80&flag");
    assertThat(link.queryParameter("")).contains("bare");
    assertThat(link.queryParameter("utm")).contains("été");
    assertThat(link.queryParameter(" lead")).contains(" x");
    assertThat(link.queryParameter("q")).contains("café");
    assertThat(link.queryParameter("emoji")).contains("a😀b😀");
    assertThat(link.queryParameter("flag")).contains("");
    assertThat(link.hasQueryParameter("flag")).isTrue();
    assertThat(link.hasQueryParameter("bare")).isFalse();
    assertThat(Link.parse("https://brand.example/?").queryParameter("")).isEmpty();
    assertThat(Link.parse("https://brand.example/?&&").queryParameter("")).isEmpty();
  }

  @Test
  void findsLinksAtTheEdgesOfTheTextAndTrimsUnopenedBrackets() {
    assertThat(Link.findAll("https://brand.example/a"))
        .singleElement()
        .satisfies(span -> assertThat(span.start()).isZero())
        .satisfies(span -> assertThat(span.end()).isEqualTo(23));
    assertThat(Link.findAll("(see https://brand.example/book)"))
        .extracting(span -> span.link().toString())
        .containsExactly("https://brand.example/book");
    // A bracket inside a link is legal only around an IPv6 host.
    assertThat(Link.findAll("[https://brand.example/a] and [http://[::1]]."))
        .extracting(span -> span.link().toString())
        .containsExactly("https://brand.example/a", "http://[::1]");
    // A bare scheme at the very end is a run that does not parse: no link, and no failure.
    assertThat(Link.findAll("see http://")).isEmpty();
    assertThat(Link.findAll("https://a.example/https://b.example/"))
        .extracting(span -> span.link().toString())
        .containsExactly("https://a.example/https://b.example/");
  }

  @Test
  void distinctLinksHashApart() {
    assertThat(Link.parse("https://brand.example/a").hashCode())
        .isNotEqualTo(Link.parse("https://brand.example/b").hashCode());
  }
}
