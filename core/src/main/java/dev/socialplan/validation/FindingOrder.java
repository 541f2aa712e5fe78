package dev.socialplan.validation;

import java.util.Comparator;
import java.util.List;

/**
 * The total orders of findings in a report. Paths compare "naturally": numbers inside them compare as
 * numbers, so {@code goals[2]} sorts before {@code goals[10]}.
 */
final class FindingOrder {
  private FindingOrder() {}

  /** Reading order: by step of the method, then path, then severity, then code, then arguments. */
  static final Comparator<Finding> DOCUMENT =
      Comparator.comparing(Finding::step)
          .thenComparing(Finding::path, FindingOrder::comparePaths)
          .thenComparing(Finding::severity)
          .thenComparing(FindingOrder::compareRest);

  /** What to do next: by severity, then step of the method, then path, then code and arguments. */
  static final Comparator<Finding> NEXT =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::step)
          .thenComparing(Finding::path, FindingOrder::comparePaths)
          .thenComparing(FindingOrder::compareRest);

  private static int compareRest(Finding a, Finding b) {
    int c = a.code().name().compareTo(b.code().name());
    if (c != 0) {
      return c;
    }
    c = compareArguments(a.arguments(), b.arguments());
    if (c != 0) {
      return c;
    }
    // Only two different descriptors with the same code (never inside one rule set) get this far.
    c = a.code().severity().compareTo(b.code().severity());
    if (c != 0) {
      return c;
    }
    c = a.code().step().compareTo(b.code().step());
    return c != 0 ? c : describe(a.code()).compareTo(describe(b.code()));
  }

  private static String describe(FindingCode code) {
    return code.bundle()
        .map(b -> b.baseName() + "@" + b.anchor().getName())
        .orElseGet(
            () ->
                code.messagePattern(java.util.Locale.ROOT)
                    + "\u0000"
                    + code.hintPattern(java.util.Locale.ROOT));
  }

  private static int compareArguments(List<FindingArgument> a, List<FindingArgument> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      FindingArgument x = a.get(i);
      FindingArgument y = b.get(i);
      int c = x.name().compareTo(y.name());
      if (c == 0) {
        c = x.kind().compareTo(y.kind());
      }
      if (c == 0) {
        c = x.toString().compareTo(y.toString());
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Compares paths with runs of digits compared by value.
   *
   * @param a a path
   * @param b another path
   * @return the natural order
   */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int ei = i;
        while (ei < a.length() && isDigit(a.charAt(ei))) {
          ei++;
        }
        int ej = j;
        while (ej < b.length() && isDigit(b.charAt(ej))) {
          ej++;
        }
        int c = compareDigits(a.substring(i, ei), b.substring(j, ej));
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    // Equal by value but spelled differently ("01" and "1"): fall back to plain order.
    return c != 0 ? c : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int compareDigits(String x, String y) {
    String s = stripZeros(x);
    String t = stripZeros(y);
    int c = Integer.compare(s.length(), t.length());
    return c != 0 ? c : s.compareTo(t);
  }

  private static String stripZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
