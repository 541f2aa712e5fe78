package dev.socialplan.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * A chart drawn as inline SVG, with its accessible name and description, its legend and the table
 * that carries the same data for screen readers and for print.
 *
 * @param id the element id, unique in the page
 * @param kind what the chart is ({@code heatmap}, {@code month}, ...), used as a CSS class and by
 *     tests
 * @param title the accessible name
 * @param description the accessible description: what the chart shows, in a sentence
 * @param width view box width
 * @param height view box height
 * @param shapes what is drawn, in paint order
 * @param legend the legend entries
 * @param table the same data as a table
 */
public record Chart(
    String id,
    String kind,
    String title,
    String description,
    int width,
    int height,
    List<Shape> shapes,
    List<LegendEntry> legend,
    DataTable table) {

  /** Checks the parts and copies the lists. */
  public Chart {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    shapes = List.copyOf(shapes);
    legend = List.copyOf(legend);
    Objects.requireNonNull(table, "table");
  }

  /**
   * Returns the view box attribute.
   *
   * @return {@code "0 0 width height"}
   */
  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  /**
   * One legend entry: a swatch and its meaning.
   *
   * @param colour the swatch colour
   * @param marker a symbol drawn on the swatch (a pattern's meaning), may be empty
   * @param css class names of the swatch (hatching, line style)
   * @param text what it means
   */
  public record LegendEntry(String colour, String marker, String css, String text) {
    /** Checks the parts. */
    public LegendEntry {
      Objects.requireNonNull(colour, "colour");
      Objects.requireNonNull(marker, "marker");
      Objects.requireNonNull(css, "css");
      Objects.requireNonNull(text, "text");
    }
  }
}
