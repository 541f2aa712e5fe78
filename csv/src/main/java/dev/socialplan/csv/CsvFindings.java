package dev.socialplan.csv;

import dev.socialplan.plan.MethodStep;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Severity;
import java.util.List;

/**
 * The codes of the findings that explain why a CSV row was rejected. Each finding's path is {@code
 * line[N]} or {@code line[N].column[NAME]}; its messages are in English and Traditional Chinese
 * ({@code dev/socialplan/csv/messages*.properties}), listed with their arguments in {@code
 * docs/csv.md}.
 *
 * <p>This class has only constants and is thread-safe.
 */
public final class CsvFindings {
  private CsvFindings() {}

  /** The bundle holding the messages and hints of every CSV finding. */
  public static final MessageBundle BUNDLE =
      new MessageBundle("dev.socialplan.csv.messages", CsvFindings.class);

  private static FindingCode code(String name, MethodStep step) {
    return FindingCode.of(name, Severity.ERROR, step, BUNDLE);
  }

  /** A column the mapping needs is not in the header: {0} the column, {1} the header. */
  public static final FindingCode CSV_MISSING_COLUMN =
      code("CSV_MISSING_COLUMN", MethodStep.MEASUREMENT);

  /** A row has another number of fields than the header: {0} fields, {1} expected. */
  public static final FindingCode CSV_FIELD_COUNT = code("CSV_FIELD_COUNT", MethodStep.MEASUREMENT);

  /** A value that is required is empty: {0} the column. */
  public static final FindingCode CSV_REQUIRED_EMPTY =
      code("CSV_REQUIRED_EMPTY", MethodStep.MEASUREMENT);

  /** A cell is not a count (a whole number from zero up): {0} the column, {1} the value. */
  public static final FindingCode CSV_NOT_A_COUNT = code("CSV_NOT_A_COUNT", MethodStep.MEASUREMENT);

  /** A cell is not a number: {0} the column, {1} the value. */
  public static final FindingCode CSV_NOT_A_NUMBER =
      code("CSV_NOT_A_NUMBER", MethodStep.MEASUREMENT);

  /** A date or time matches none of the accepted patterns: {0} the column, {1} the value, {2} them. */
  public static final FindingCode CSV_BAD_DATE_TIME =
      code("CSV_BAD_DATE_TIME", MethodStep.MEASUREMENT);

  /** A value is not one the mapping knows: {0} the column, {1} the value, {2} the known values. */
  public static final FindingCode CSV_UNKNOWN_VALUE =
      code("CSV_UNKNOWN_VALUE", MethodStep.MEASUREMENT);

  /** The values parsed but do not make a valid record or draft: {0} the column, {1} why. */
  public static final FindingCode CSV_INVALID_VALUE =
      code("CSV_INVALID_VALUE", MethodStep.MEASUREMENT);

  /** A row holds bytes that are not valid in the file's encoding: {0} the column. */
  public static final FindingCode CSV_BAD_ENCODING =
      code("CSV_BAD_ENCODING", MethodStep.MEASUREMENT);

  /** The file is not well-formed CSV from this point on: {0} what the parser said. */
  public static final FindingCode CSV_MALFORMED = code("CSV_MALFORMED", MethodStep.MEASUREMENT);

  /** A draft's local date and time do not exist in its zone (a daylight-saving gap): {0}, {1}. */
  public static final FindingCode CSV_TIME_IN_GAP = code("CSV_TIME_IN_GAP", MethodStep.SCHEDULING);

  /**
   * Returns every code, in declaration order.
   *
   * @return the codes
   */
  public static List<FindingCode> all() {
    return List.of(
        CSV_MISSING_COLUMN,
        CSV_FIELD_COUNT,
        CSV_REQUIRED_EMPTY,
        CSV_NOT_A_COUNT,
        CSV_NOT_A_NUMBER,
        CSV_BAD_DATE_TIME,
        CSV_UNKNOWN_VALUE,
        CSV_INVALID_VALUE,
        CSV_BAD_ENCODING,
        CSV_MALFORMED,
        CSV_TIME_IN_GAP);
  }
}
