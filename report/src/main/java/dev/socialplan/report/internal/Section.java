package dev.socialplan.report.internal;

import java.util.List;
import java.util.Objects;

/**
 * One section of the review ({@code section} with an {@code h2}).
 *
 * @param id the element id (also the table of contents' anchor)
 * @param heading the heading
 * @param blocks the content
 */
public record Section(String id, String heading, List<Block> blocks) {
  /** Checks the parts and copies the list. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(heading, "heading");
    blocks = List.copyOf(blocks);
  }
}
