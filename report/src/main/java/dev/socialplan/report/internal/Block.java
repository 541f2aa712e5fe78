package dev.socialplan.report.internal;

import java.util.List;
import java.util.Objects;

/** One part of a section, in reading order. */
public sealed interface Block {

  /**
   * A paragraph.
   *
   * @param text the text
   * @param css class names ({@code note}, {@code lead}), may be empty
   */
  record Paragraph(String text, String css) implements Block {
    /** Checks the parts. */
    public Paragraph {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(css, "css");
    }
  }

  /**
   * A sub-heading ({@code h3}).
   *
   * @param text the heading
   */
  record Heading(String text) implements Block {
    /** Checks the parts. */
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Terms and their values ({@code dl}).
   *
   * @param facts the facts
   */
  record Facts(List<Fact> facts) implements Block {
    /** Copies the list. */
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /**
   * A term and its value.
   *
   * @param term the term
   * @param value the value
   */
  record Fact(String term, String value) {
    /** Checks the parts. */
    public Fact {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A chart with its legend and data table.
   *
   * @param chart the chart
   */
  record Figure(Chart chart) implements Block {
    /** Checks the parts. */
    public Figure {
      Objects.requireNonNull(chart, "chart");
    }
  }

  /**
   * A table.
   *
   * @param table the table
   */
  record Table(DataTable table) implements Block {
    /** Checks the parts. */
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  /**
   * A list of findings.
   *
   * @param items the findings
   */
  record Findings(List<FindingItem> items) implements Block {
    /** Copies the list. */
    public Findings {
      items = List.copyOf(items);
    }
  }

  /**
   * One finding as shown.
   *
   * @param severity the severity's name in lower case (a CSS class)
   * @param severityLabel the severity, localised
   * @param code the finding code
   * @param path where in the subject
   * @param message the message, localised
   * @param hint what to do, localised
   */
  record FindingItem(
      String severity, String severityLabel, String code, String path, String message, String hint) {
    /** Checks the parts. */
    public FindingItem {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(severityLabel, "severityLabel");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(hint, "hint");
    }
  }

  /**
   * A longer text folded under a summary ({@code details}), one paragraph per line.
   *
   * @param summary the summary
   * @param lines the paragraphs
   */
  record Explanation(String summary, List<String> lines) implements Block {
    /** Checks the parts and copies the list. */
    public Explanation {
      Objects.requireNonNull(summary, "summary");
      lines = List.copyOf(lines);
    }
  }
}
