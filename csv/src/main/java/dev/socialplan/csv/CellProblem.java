package dev.socialplan.csv;

import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;

/**
 * Why one cell could not be read: a finding code and its named arguments. Thrown
 * inside a row and turned into a {@link RejectedRow}; without a stack trace, because a file with
 * many bad rows must not pay for one each.
 */
final class CellProblem extends Exception {
  private static final long serialVersionUID = 1L;

  final transient FindingCode code;
  final transient FindingArgument[] arguments;

  CellProblem(FindingCode code, FindingArgument... arguments) {
    super(code.name(), null, false, false);
    this.code = code;
    this.arguments = arguments;
  }
}
