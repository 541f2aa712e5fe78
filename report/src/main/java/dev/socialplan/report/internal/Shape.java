package dev.socialplan.report.internal;

import java.util.Objects;

/**
 * One element of a chart, in the chart's own coordinates (its view box). Coordinates are already
 * formatted (fixed decimals, {@code Locale.ROOT}) so the templates print them as they are; texts
 * are user or bundle texts that the templates escape.
 */
public sealed interface Shape {

  /**
   * A rectangle.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param fill fill colour ({@code #rrggbb}) or {@code url(#pattern)}
   * @param css class names (stroke, hatch), may be empty
   * @param title tooltip text, may be empty
   */
  record Rect(String x, String y, String width, String height, String fill, String css, String title)
      implements Shape {
    /** Checks the parts. */
    public Rect {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(width, "width");
      Objects.requireNonNull(height, "height");
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(css, "css");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A straight line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param stroke stroke colour
   * @param css class names (dash pattern, width)
   */
  record Line(String x1, String y1, String x2, String y2, String stroke, String css) implements Shape {
    /** Checks the parts. */
    public Line {
      Objects.requireNonNull(x1, "x1");
      Objects.requireNonNull(y1, "y1");
      Objects.requireNonNull(x2, "x2");
      Objects.requireNonNull(y2, "y2");
      Objects.requireNonNull(stroke, "stroke");
      Objects.requireNonNull(css, "css");
    }
  }

  /**
   * A polyline through points.
   *
   * @param points the points, {@code "x,y x,y ..."}
   * @param stroke stroke colour
   * @param css class names (dash pattern, width)
   */
  record Polyline(String points, String stroke, String css) implements Shape {
    /** Checks the parts. */
    public Polyline {
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(stroke, "stroke");
      Objects.requireNonNull(css, "css");
    }
  }

  /**
   * A circle (a data point).
   *
   * @param cx centre x
   * @param cy centre y
   * @param r radius
   * @param fill fill colour
   * @param title tooltip text, may be empty
   */
  record Circle(String cx, String cy, String r, String fill, String title) implements Shape {
    /** Checks the parts. */
    public Circle {
      Objects.requireNonNull(cx, "cx");
      Objects.requireNonNull(cy, "cy");
      Objects.requireNonNull(r, "r");
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * A text label.
   *
   * @param x anchor x
   * @param y baseline y
   * @param anchor {@code start}, {@code middle} or {@code end}
   * @param fill text colour
   * @param css class names (size, weight)
   * @param text the text
   */
  record Label(String x, String y, String anchor, String fill, String css, String text)
      implements Shape {
    /** Checks the parts. */
    public Label {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(fill, "fill");
      Objects.requireNonNull(css, "css");
      Objects.requireNonNull(text, "text");
    }
  }
}
