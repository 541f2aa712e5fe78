package dev.socialplan.report;

/**
 * "Blank" as socialplan means it: empty after removing every whitespace, space separator and
 * invisible format character ({@code Character.isWhitespace}, {@code isSpaceChar}, category Cf),
 * so a zero-width space alone is blank, as it would show nothing.
 */
final class Blank {
  private Blank() {}

  static String check(String value, String field) {
    if (value == null) {
      throw new NullPointerException(field);
    }
    if (value.codePoints()
        .allMatch(
            c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
      throw new IllegalArgumentException(field + " must not be blank: \"" + value + "\"");
    }
    return value;
  }
}
