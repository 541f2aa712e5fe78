package dev.socialplan.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes the report's headings, paragraphs and tables to an {@link Appendable}. */
final class ReportWriter {
  /** The width paragraphs are wrapped to, in terminal columns. */
  static final int WIDTH = 100;

  private final Appendable out;

  ReportWriter(Appendable out) {
    this.out = out;
  }

  /** The report's title, boxed by double rules. */
  void title(String title) {
    String rule = "=".repeat(WIDTH);
    line(rule);
    line(title);
    line(rule);
  }

  /** A numbered section heading, underlined. */
  void section(String heading) {
    blank();
    blank();
    line(heading);
    line("=".repeat(Math.min(WIDTH, Text.width(heading))));
  }

  /** A heading inside a section, underlined. */
  void heading(String heading) {
    blank();
    line(heading);
    line("-".repeat(Math.min(WIDTH, Text.width(heading))));
  }

  /** A paragraph, wrapped. */
  void paragraph(String text) {
    indented("", text);
  }

  /** A paragraph, wrapped, every line after the first indented by {@code indent}. */
  void indented(String indent, String text) {
    hanging(indent, indent, text);
  }

  /** A paragraph whose first line starts with {@code first} and the others with {@code rest}. */
  void hanging(String first, String rest, String text) {
    List<String> lines = Text.wrap(text, WIDTH - Text.width(first));
    for (int i = 0; i < lines.size(); i++) {
      line((i == 0 ? first : rest) + lines.get(i));
    }
  }

  /** A table, indented by two spaces. */
  void table(TextTable table) {
    for (String l : table.lines()) {
      line("  " + l);
    }
  }

  void blank() {
    line("");
  }

  void line(String text) {
    try {
      out.append(text.stripTrailing()).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
