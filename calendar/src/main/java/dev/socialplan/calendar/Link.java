package dev.socialplan.calendar;

import dev.socialplan.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An absolute {@code http} or {@code https} link a post carries, parsed with {@link URI} (RFC 3986):
 * nothing is fetched, resolved or looked up.
 *
 * <p>{@link #parse(String)} refuses what a scheduler should never publish, each with an {@link
 * IllegalArgumentException} that names the problem and the value: a relative reference, any other
 * scheme ({@code javascript:}, {@code data:}, {@code file:}, {@code ftp:}), a missing or
 * non-ASCII host (write internationalised domains in their {@code xn--} form), user information
 * before the host ({@code https://brand.example@evil.example/} shows one host and opens another),
 * white space, control characters and backslashes, and malformed percent-escapes.
 *
 * <p>The link keeps its text exactly as given (its raw query and fragment are never re-encoded), so
 * {@code Link.parse(s).toString().equals(s)}. Hosts compare case-insensitively in {@link
 * #isOn(Collection)}; {@link #equals(Object)} compares the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Link {
  private final URI uri;
  private final String text;

  private Link(URI uri, String text) {
    this.uri = uri;
    this.text = text;
  }

  /**
   * Parses an absolute http or https link.
   *
   * @param text the link, such as {@code https://brand.example/spring?ref=feed#menu}
   * @return the link
   * @throws NullPointerException if the text is null
   * @throws IllegalArgumentException if the text is not an absolute http or https link with an ASCII
   *     host and no user information, or has white space, control characters, a backslash or a
   *     malformed percent-escape
   */
  public static Link parse(String text) {
    Checks.notNull(text, "link");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw refused(text, "white space or a control character at index " + i);
      }
      if (c == '\\') {
        throw refused(text, "a backslash at index " + i);
      }
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw refused(text, e.getReason() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      throw refused(text, "it is relative: a post needs an absolute http or https link");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!lower.equals("http") && !lower.equals("https")) {
      throw refused(text, "the scheme \"" + scheme + "\" is not http or https");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused(text, "it has user information before the host, which hides the real host");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw refused(text, "it has no host (or a host with characters a host name cannot have)");
    }
    // java.net.URI parses a host only from ASCII letters, digits, '-', '.' and an IP literal (RFC
    // 2396's grammar); a non-ASCII host leaves getHost() null, refused just above.
    return new Link(uri, text);
  }

  private static IllegalArgumentException refused(String text, String why) {
    return new IllegalArgumentException("link is not a usable http(s) link (" + why + "): \"" + text + "\"");
  }

  /**
   * Returns the parsed form.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the scheme, in lower case.
   *
   * @return {@code http} or {@code https}
   */
  public String scheme() {
    return uri.getScheme().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the host, in lower case.
   *
   * @return the host, not empty
   */
  public String host() {
    return uri.getHost().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether the link is on one of some domains or their subdomains: {@code
   * shop.brand.example} is on {@code brand.example}; {@code brand.example.evil} is not.
   *
   * @param domains the domains, compared case-insensitively
   * @return true if the host is one of the domains or ends with {@code "." + domain}
   */
  public boolean isOn(Collection<String> domains) {
    Checks.noNullElements(domains, "domains");
    String host = host();
    for (String domain : domains) {
      String d = domain.toLowerCase(Locale.ROOT);
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the raw (still percent-encoded) query.
   *
   * @return the query without the {@code ?}; empty when the link has none
   */
  public Optional<String> rawQuery() {
    return Optional.ofNullable(uri.getRawQuery());
  }

  /**
   * Returns the raw (still percent-encoded) fragment.
   *
   * @return the fragment without the {@code #}; empty when the link has none
   */
  public Optional<String> rawFragment() {
    return Optional.ofNullable(uri.getRawFragment());
  }

  /**
   * Returns the decoded value of the first query parameter with a name, decoding {@code %XX} as
   * UTF-8 and {@code +} as a space (the form encoding analytics tools read).
   *
   * @param name the parameter's name, matched after decoding, case-sensitively
   * @return the value, empty string for a parameter without {@code =}; empty when absent
   */
  public Optional<String> queryParameter(String name) {
    Checks.notNull(name, "name");
    for (String[] pair : parameters()) {
      if (pair[0].equals(name)) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a query parameter is present.
   *
   * @param name the parameter's name, decoded
   * @return true if the query has it
   */
  public boolean hasQueryParameter(String name) {
    return queryParameter(name).isPresent();
  }

  /** The decoded name and value of every query parameter, in order. */
  List<String[]> parameters() {
    List<String[]> out = new ArrayList<>();
    String query = uri.getRawQuery();
    if (query != null) {
      for (String part : query.split("&", -1)) {
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        String name = eq < 0 ? part : part.substring(0, eq);
        String value = eq < 0 ? "" : part.substring(eq + 1);
        out.add(new String[] {decode(name), decode(value)});
      }
    }
    return out;
  }

  /**
   * Returns a link with parameters appended to its query, before its fragment; the existing query
   * and fragment are kept byte for byte.
   *
   * @param encodedParameters {@code name=value} pairs, already percent-encoded, joined by {@code &}
   */
  Link withAppendedQuery(String encodedParameters) {
    String query = uri.getRawQuery();
    String fragment = uri.getRawFragment();
    int cut = text.length();
    if (fragment != null) {
      cut = text.indexOf('#');
    }
    String head = text.substring(0, cut);
    String joined;
    if (query == null) {
      // A bare "?" parses as no query: append after it rather than adding a second "?".
      joined = head.endsWith("?") ? head + encodedParameters : head + "?" + encodedParameters;
    } else if (query.isEmpty() || head.endsWith("&")) {
      joined = head + encodedParameters;
    } else {
      joined = head + "&" + encodedParameters;
    }
    return parse(fragment == null ? joined : joined + "#" + fragment);
  }

  /**
   * Decodes %XX (UTF-8) and '+' of a raw query component. The URI parser has validated every
   * escape (two hex digits follow each '%'); the characters between escapes, which may be
   * non-ASCII and include surrogate pairs, are encoded as UTF-8 run by run so that a pair is never
   * split.
   */
  static String decode(String raw) {
    // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair: four bytes for two units).
    byte[] bytes = new byte[raw.length() * 3];
    int n = 0;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '+') {
        bytes[n++] = ' ';
        i++;
      } else if (c == '%') {
        bytes[n++] = (byte) Integer.parseInt(raw, i + 1, i + 3, 16);
        i += 3;
      } else {
        int end = i + 1;
        while (end < raw.length() && raw.charAt(end) != '%' && raw.charAt(end) != '+') {
          end++;
        }
        byte[] utf8 = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(utf8, 0, bytes, n, utf8.length);
        n += utf8.length;
        i = end;
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  /**
   * Percent-encodes a value for a query: every byte of its UTF-8 form except the unreserved
   * characters of RFC 3986 ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX} (upper-case hex), so a
   * space is {@code %20}, never {@code +}.
   *
   * @param value the value
   * @return the encoded value
   */
  public static String encode(String value) {
    Checks.notNull(value, "value");
    StringBuilder sb = new StringBuilder(value.length() + 16);
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /** Where a link stands in a text: [start, end) and the parsed link. */
  record Span(int start, int end, Link link) {}

  /**
   * Finds the links written in a text: every run that starts with {@code http://} or {@code
   * https://} (any case) and runs to the next white space, without trailing punctuation that ends
   * a sentence ({@code . , ; : ! ? ' "}) or a closing bracket that the run did not open. Runs that
   * do not parse as a {@link Link} are not links.
   */
  static List<Span> findAll(String text) {
    List<Span> out = new ArrayList<>();
    for (int[] run : runs(text)) {
      try {
        out.add(new Span(run[0], run[1], parse(text.substring(run[0], run[1]))));
      } catch (IllegalArgumentException notALink) {
        // Text that only looks like a link stays text; the link rules report it.
      }
    }
    return out;
  }

  /** The runs {@link #findAll} describes, as [start, end) pairs, whether they parse or not. */
  private static List<int[]> runs(String text) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = indexOfScheme(text, from);
      if (at < 0) {
        return out;
      }
      int end = at;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))
          && !Character.isSpaceChar(text.charAt(end))) {
        end++;
      }
      // The trim stops at the latest at the '/' of "://", so the run is never empty.
      end = trimTrailing(text, at, end);
      out.add(new int[] {at, end});
      from = end;
    }
  }

  private static int indexOfScheme(String text, int from) {
    for (int i = from; i + 7 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'h' || c == 'H')
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (text.regionMatches(true, i, "http://", 0, 7)
              || text.regionMatches(true, i, "https://", 0, 8))) {
        return i;
      }
    }
    return -1;
  }

  /** Trims the run [start, end), which starts with a scheme and "://", of trailing punctuation. */
  private static int trimTrailing(String text, int start, int end) {
    while (true) {
      char c = text.charAt(end - 1);
      if (".,;:!?'\"".indexOf(c) >= 0) {
        end--;
      } else if (c == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
        end--;
      } else if (c == ']' && count(text, start, end, '[') < count(text, start, end, ']')) {
        end--;
      } else {
        return end;
      }
    }
  }

  private static int count(String text, int start, int end, char c) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Link && ((Link) obj).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the link exactly as parsed (or as tagged).
   *
   * @return the text of the link
   */
  @Override
  public String toString() {
    return text;
  }
}
