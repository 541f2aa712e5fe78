package dev.socialplan.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * The whole page as the root template reads it.
 *
 * @param lang the {@code lang} attribute (a BCP 47 tag)
 * @param title the page title and {@code h1}
 * @param subtitle the line under the title, may be empty
 * @param contentsLabel the table of contents' label
 * @param dataTableLabel the summary of every chart's data table
 * @param footer the closing note
 * @param sections the sections, in order
 */
public record Page(
    String lang,
    String title,
    String subtitle,
    String contentsLabel,
    String dataTableLabel,
    String footer,
    List<Section> sections) {
  /** Checks the parts and copies the list. */
  public Page {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(contentsLabel, "contentsLabel");
    Objects.requireNonNull(dataTableLabel, "dataTableLabel");
    Objects.requireNonNull(footer, "footer");
    sections = List.copyOf(sections);
  }
}
