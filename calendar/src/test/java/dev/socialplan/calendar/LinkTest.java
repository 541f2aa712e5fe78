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
    assertRefused("https://brand.example/%zz", "Malformed escape pair");
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
}
