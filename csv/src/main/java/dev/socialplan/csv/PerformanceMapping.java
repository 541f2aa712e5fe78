package dev.socialplan.csv;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A declared mapping from the columns of a CSV file to the fields of a {@link PerformanceRecord}:
 * which column holds which count, label or time, how its cells are written ({@link NumberStyle},
 * {@link DateTimeStyle}, the words of a vocabulary), and the values every row shares (the
 * platform, when the file is one platform's export).
 *
 * <pre>{@code
 * PerformanceMapping mapping =
 *     PerformanceMapping.builder()
 *         .platform(Platform.X)
 *         .format(PostFormat.TEXT)
 *         .purpose(PostPurpose.ENGAGE)
 *         .postId("Tweet id")
 *         .permalink("Tweet permalink")
 *         .hashtagsInText("Tweet text")
 *         .publishedAt("time", DateTimeStyle.standard(ZoneOffset.UTC))
 *         .count("impressions", Measure.IMPRESSIONS)
 *         .count("url clicks", Measure.LINK_CLICKS)
 *         .build();
 * }</pre>
 *
 * <p>Column names are matched exactly after removing surrounding white space (a byte order mark
 * before the first one is removed too). Platform, publication time, format and purpose are
 * required: each comes from a column or a constant. A cell equal to one of the {@linkplain
 * Builder#missingMarkers missing markers} (by default the empty cell and {@code -}, which X writes
 * for "not applicable") leaves its field missing, never zero; for a required column it rejects the
 * row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceMapping {
  private final @Nullable Character delimiter;
  private final NumberStyle numbers;
  private final Set<String> missingMarkers;
  private final int longestMarker;
  /** The markers as an array: a set's hashing costs more than comparing one or two short ones. */
  private final String[] markers;
  private final List<Cell> cells;
  private final @Nullable Platform platform;
  private final @Nullable PostFormat format;
  private final @Nullable PostPurpose purpose;
  private final @Nullable PaidStatus paid;
  private final @Nullable String account;

  private PerformanceMapping(Builder b) {
    this.delimiter = b.delimiter;
    this.numbers = b.numbers;
    this.missingMarkers = Set.copyOf(b.missingMarkers);
    this.longestMarker = b.missingMarkers.stream().mapToInt(String::length).max().orElse(0);
    this.markers = b.missingMarkers.toArray(new String[0]);
    this.cells = List.copyOf(b.cells.values());
    this.platform = b.platform;
    this.format = b.format;
    this.purpose = b.purpose;
    this.paid = b.paid;
    this.account = b.account;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the mapping of the library's own layout, the one {@link CsvExport#writeRecords} writes
   * ({@link CsvExport#RECORD_COLUMNS}): it reads every field of a record back exactly, labels and
   * text as written (a leading apostrophe that neutralised a formula removed), instants in
   * ISO-8601, amounts as {@code USD 12.50}. Only the empty cell is missing.
   *
   * @return the socialplan mapping
   */
  public static PerformanceMapping socialplan() {
    Builder b = builder().delimiter(',').missingMarkers();
    b.platform("platform");
    b.custom(new Single("publishedAt", "published_at", true) {
      @Override
      void apply(String value, PerformanceRecord.Builder r, PerformanceMapping m)
          throws CellProblem {
        try {
          r.publishedAt(Instant.parse(value.strip()));
        } catch (java.time.format.DateTimeParseException e) {
          throw new CellProblem(CsvFindings.CSV_BAD_DATE_TIME, CsvRows.text("column", columns.get(0)),
              CsvRows.text("value", value), CsvRows.text("accepted", "ISO-8601"));
        }
      }
    });
    b.format("format", enumWords(PostFormat.values()));
    b.purpose("purpose", enumWords(PostPurpose.values()));
    b.paid("paid", enumWords(PaidStatus.values()));
    b.custom(exact("postId", "post_id", PerformanceRecord.Builder::postId));
    b.custom(exact("account", "account", PerformanceRecord.Builder::account));
    b.custom(exact("campaign", "campaign", PerformanceRecord.Builder::campaign));
    b.custom(exact("pillar", "pillar", PerformanceRecord.Builder::pillar));
    b.custom(exact("permalink", "permalink", PerformanceRecord.Builder::permalink));
    b.custom(new Single("hashtags", "hashtags", false) {
      @Override
      void apply(String value, PerformanceRecord.Builder r, PerformanceMapping m) {
        for (String tag : CsvExport.restore(value).split(" ")) {
          r.addHashtag(tag);
        }
      }
    });
    for (Measure measure : Measure.values()) {
      b.count(CsvExport.column(measure), measure);
    }
    b.custom(new Single("averageVideoWatchTime", "average_video_watch_time_ms", false) {
      @Override
      void apply(String value, PerformanceRecord.Builder r, PerformanceMapping m)
          throws CellProblem {
        r.averageVideoWatchTime(Duration.ofMillis(parseCount(columns.get(0), value, m.numbers)));
      }
    });
    for (MoneyMeasure measure : MoneyMeasure.values()) {
      String column = measure.name().toLowerCase(Locale.ROOT);
      b.custom(new Single("amount." + measure, column, false) {
        @Override
        void apply(String value, PerformanceRecord.Builder r, PerformanceMapping m)
            throws CellProblem {
          try {
            r.amount(measure, Money.parse(value.strip()));
          } catch (IllegalArgumentException | ArithmeticException e) {
            throw new CellProblem(CsvFindings.CSV_NOT_A_NUMBER,
                CsvRows.text("column", columns.get(0)), CsvRows.text("value", value));
          }
        }
      });
    }
    return b.build();
  }

  private static <E extends Enum<E>> Map<String, E> enumWords(E[] values) {
    Map<String, E> out = new LinkedHashMap<>();
    for (E e : values) {
      out.put(e.name(), e);
    }
    return out;
  }

  private static Single exact(
      String key, String column, java.util.function.BiConsumer<PerformanceRecord.Builder, String> set) {
    return new Single(key, column, false) {
      @Override
      void apply(String value, PerformanceRecord.Builder r, PerformanceMapping m) {
        set.accept(r, CsvExport.restore(value));
      }
    };
  }

  /**
   * Returns the delimiter, when the mapping fixes one.
   *
   * @return the delimiter, or empty when it is detected from the header line
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  /**
   * Returns the columns the mapping reads, in the order they were declared.
   *
   * @return the column names
   */
  public List<String> columns() {
    List<String> out = new ArrayList<>();
    for (Cell c : cells) {
      out.addAll(c.columns);
    }
    return List.copyOf(out);
  }

  /**
   * Returns a copy that reads files with a given delimiter instead of detecting it.
   *
   * @param delimiter the delimiter, such as {@code ','}, {@code ';'} or a tab
   * @return the new mapping
   */
  public PerformanceMapping withDelimiter(char delimiter) {
    Builder b = toBuilder();
    b.delimiter(delimiter);
    return new PerformanceMapping(b);
  }

  /**
   * Returns a copy that reads every row as published from one account.
   *
   * @param account the account, not blank
   * @return the new mapping
   */
  public PerformanceMapping withAccount(String account) {
    Builder b = toBuilder();
    b.account = Checks.nonBlank(account, "account");
    return new PerformanceMapping(b);
  }

  /**
   * Returns a copy that reads every row with one purpose, replacing the purpose's column or
   * constant (exports rarely say why a post was made).
   *
   * @param purpose the purpose
   * @return the new mapping
   */
  public PerformanceMapping withPurpose(PostPurpose purpose) {
    Builder b = toBuilder();
    b.purpose(purpose);
    return new PerformanceMapping(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.delimiter = delimiter;
    b.numbers = numbers;
    b.missingMarkers.clear();
    b.missingMarkers.addAll(missingMarkers);
    for (Cell c : cells) {
      b.cells.put(c.key, c);
    }
    b.platform = platform;
    b.format = format;
    b.purpose = purpose;
    b.paid = paid;
    b.account = account;
    return b;
  }

  List<Cell> cells() {
    return cells;
  }

  /** Tells whether a cell means "missing"; called for every cell, so exact matches go first. */
  boolean isMissing(String value) {
    int n = value.length();
    if (n == 0) {
      return true;
    }
    if (n <= longestMarker) {
      for (String marker : markers) {
        if (marker.length() == n && marker.equals(value)) {
          return true;
        }
      }
    }
    char first = value.charAt(0);
    char last = value.charAt(n - 1);
    // Printable ASCII at both ends: nothing to strip, and no marker matched as it is.
    if (first > ' ' && first < 0x7F && last > ' ' && last < 0x7F) {
      return false;
    }
    return missingMarkers.contains(value.strip());
  }

  /** Starts a record with the values every row shares. */
  PerformanceRecord.Builder start() {
    PerformanceRecord.Builder b = PerformanceRecord.builder();
    if (platform != null) {
      b.platform(platform);
    }
    if (format != null) {
      b.format(format);
    }
    if (purpose != null) {
      b.purpose(purpose);
    }
    if (paid != null) {
      b.paid(paid);
    }
    if (account != null) {
      b.account(account);
    }
    return b;
  }

  NumberStyle numbers() {
    return numbers;
  }

  @Override
  public String toString() {
    return "PerformanceMapping" + columns();
  }

  /** One field read from one column (or, for derived times, several). */
  abstract static class Cell {
    final String key;
    final List<String> columns;
    final boolean required;

    Cell(String key, List<String> columns, boolean required) {
      this.key = key;
      this.columns = columns;
      this.required = required;
    }

    /** Reads the cell's values (never missing ones) into the builder. */
    abstract void apply(String[] values, PerformanceRecord.Builder b, PerformanceMapping m)
        throws CellProblem;
  }

  /** A cell of a single column. */
  abstract static class Single extends Cell {
    Single(String key, String column, boolean required) {
      super(key, List.of(column), required);
    }

    @Override
    final void apply(String[] values, PerformanceRecord.Builder b, PerformanceMapping m)
        throws CellProblem {
      apply(values[0], b, m);
    }

    abstract void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
        throws CellProblem;
  }

  /**
   * A count read from one column: the cell whose plain values the reader takes already parsed
   * (see {@code CsvRows.Sink#plainCountColumns}).
   */
  static final class CountCell extends Single {
    final Measure measure;

    CountCell(String column, Measure measure) {
      super("count." + measure, column, false);
      this.measure = measure;
    }

    @Override
    void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m) throws CellProblem {
      b.count(measure, parseCount(columns.get(0), value, m.numbers));
    }
  }

  /**
   * Tells whether a plain count (ASCII digits, perhaps grouped by the number style's thousands
   * separator) could be a missing marker: then plain counts must be read as text, to be compared
   * with the markers.
   */
  boolean hasCountMarker() {
    char group = numbers.groupMark();
    for (String marker : markers) {
      if (!marker.isEmpty() && marker.chars().allMatch(c -> (c >= '0' && c <= '9') || c == group)) {
        return true;
      }
    }
    return false;
  }

  static long parseCount(String column, String value, NumberStyle numbers) throws CellProblem {
    long v = numbers.parseCount(value);
    if (v < 0) {
      throw new CellProblem(CsvFindings.CSV_NOT_A_COUNT, CsvRows.text("column", column),
          CsvRows.text("value", value));
    }
    return v;
  }

  static <T> T lookup(String column, String value, Map<String, T> vocabulary) throws CellProblem {
    T v = vocabulary.get(value);
    if (v == null) {
      v = vocabulary.get(value.strip().toLowerCase(Locale.ROOT));
    }
    if (v == null) {
      throw new CellProblem(
          CsvFindings.CSV_UNKNOWN_VALUE, CsvRows.text("column", column), CsvRows.text("value", value),
          CsvRows.text("known", known(vocabulary)));
    }
    return v;
  }

  /** The known words of a vocabulary in lower case, sorted, for messages. */
  static String known(Map<String, ?> vocabulary) {
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    for (String k : vocabulary.keySet()) {
      words.add(k.toLowerCase(Locale.ROOT));
    }
    return String.join(", ", words);
  }

  /**
   * Builds a {@link PerformanceMapping}. Declaring a field again replaces its earlier declaration.
   * Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Character delimiter;
    private NumberStyle numbers = NumberStyle.standard();
    private final Set<String> missingMarkers = new LinkedHashSet<>(List.of("", "-"));
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private @Nullable Platform platform;
    private @Nullable PostFormat format;
    private @Nullable PostPurpose purpose;
    private @Nullable PaidStatus paid;
    private @Nullable String account;

    Builder() {}

    /**
     * Fixes the delimiter; by default it is detected from the header line (the most frequent of
     * comma, semicolon and tab outside quotes; comma when none occurs).
     *
     * @param delimiter the delimiter
     * @return this builder
     * @throws IllegalArgumentException if the delimiter is a quote, a line break or a letter or digit
     */
    public Builder delimiter(char delimiter) {
      if (delimiter == '"' || delimiter == '\r' || delimiter == '\n'
          || Character.isLetterOrDigit(delimiter)) {
        throw new IllegalArgumentException("delimiter must not be a quote, a line break, a letter or a"
            + " digit: '" + delimiter + "'");
      }
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Sets how numbers are written; {@link NumberStyle#standard()} by default.
     *
     * @param numbers the number style
     * @return this builder
     */
    public Builder numbers(NumberStyle numbers) {
      this.numbers = Checks.notNull(numbers, "numbers");
      return this;
    }

    /**
     * Sets the cell values that mean "missing" (compared after removing surrounding white space);
     * the empty cell always does. By default {@code -} also does.
     *
     * @param markers the markers, such as {@code "-"} or {@code "N/A"}
     * @return this builder
     */
    public Builder missingMarkers(String... markers) {
      Checks.notNull(markers, "markers");
      missingMarkers.clear();
      missingMarkers.add("");
      for (int i = 0; i < markers.length; i++) {
        missingMarkers.add(Checks.notNull(markers[i], "markers[" + i + "]").strip());
      }
      return this;
    }

    /**
     * Sets the platform of every row.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Platform platform) {
      this.platform = Checks.notNull(platform, "platform");
      cells.remove("platform");
      return this;
    }

    /**
     * Reads the platform from a column: a platform id such as {@code facebook} or {@code x}, or a
     * well-known platform's display name, in any case.
     *
     * @param column the column
     * @return this builder
     */
    public Builder platform(String column) {
      Map<String, Platform> known = new java.util.HashMap<>();
      for (Platform p : Platform.wellKnown()) {
        known.put(p.id(), p);
        known.put(p.displayName().toLowerCase(Locale.ROOT), p);
      }
      put(new Single("platform", column(column), true) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          Platform p = known.get(value);
          if (p != null) {
            b.platform(p);
            return;
          }
          String key = value.strip().toLowerCase(Locale.ROOT);
          p = known.get(key);
          if (p == null) {
            try {
              p = Platform.of(key);
            } catch (IllegalArgumentException e) {
              throw new CellProblem(CsvFindings.CSV_UNKNOWN_VALUE,
                  CsvRows.text("column", columns.get(0)), CsvRows.text("value", value),
                  CsvRows.text("known", known(known)));
            }
          }
          b.platform(p);
        }
      });
      platform = null;
      return this;
    }

    /**
     * Reads the publication instant from a column.
     *
     * @param column the column
     * @param style the patterns and the zone of values without an offset
     * @return this builder
     */
    public Builder publishedAt(String column, DateTimeStyle style) {
      Checks.notNull(style, "style");
      String joined = String.join(" | ", style.patterns());
      put(new Single("publishedAt", column(column), true) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          Optional<Instant> at = style.parse(value);
          if (at.isEmpty()) {
            throw new CellProblem(CsvFindings.CSV_BAD_DATE_TIME,
                CsvRows.text("column", columns.get(0)), CsvRows.text("value", value),
                CsvRows.text("accepted", joined));
          }
          try {
            b.publishedAt(at.get());
          } catch (IllegalArgumentException e) {
            throw new CellProblem(CsvFindings.CSV_INVALID_VALUE,
                CsvRows.text("column", columns.get(0)), CsvRows.text("reason", String.valueOf(e.getMessage())));
          }
        }
      });
      return this;
    }

    /**
     * Derives the publication instant from several columns, for layouts that split it (the UCI
     * data set has month, weekday and hour). The function throws {@link IllegalArgumentException}
     * or {@link java.time.DateTimeException} for values it cannot use; the row is then rejected
     * with the first column named.
     */
    Builder publishedAt(List<String> columns, Function<String[], Instant> derive) {
      List<String> cs = new ArrayList<>();
      for (String c : columns) {
        cs.add(column(c));
      }
      put(new Cell("publishedAt", List.copyOf(cs), true) {
        @Override
        void apply(String[] values, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          try {
            b.publishedAt(derive.apply(values));
          } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new CellProblem(
                CsvFindings.CSV_BAD_DATE_TIME, CsvRows.text("column", this.columns.get(0)),
                CsvRows.text("value", String.join(" ", values)),
                CsvRows.text("accepted", String.join(", ", this.columns)));
          }
        }
      });
      return this;
    }

    /**
     * Sets the format of every row.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(PostFormat format) {
      this.format = Checks.notNull(format, "format");
      cells.remove("format");
      return this;
    }

    /**
     * Reads the format from a column through a vocabulary, such as {@code Photo → IMAGE}.
     *
     * @param column the column
     * @param vocabulary the file's words and their formats, compared ignoring case
     * @return this builder
     */
    public Builder format(String column, Map<String, PostFormat> vocabulary) {
      vocabularyCell("format", column, true, vocabulary, PerformanceRecord.Builder::format);
      format = null;
      return this;
    }

    /**
     * Sets the purpose of every row.
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(PostPurpose purpose) {
      this.purpose = Checks.notNull(purpose, "purpose");
      cells.remove("purpose");
      return this;
    }

    /**
     * Reads the purpose from a column through a vocabulary.
     *
     * @param column the column
     * @param vocabulary the file's words and their purposes, compared ignoring case
     * @return this builder
     */
    public Builder purpose(String column, Map<String, PostPurpose> vocabulary) {
      vocabularyCell("purpose", column, true, vocabulary, PerformanceRecord.Builder::purpose);
      purpose = null;
      return this;
    }

    /**
     * Sets the paid status of every row; {@link PaidStatus#UNKNOWN} by default.
     *
     * @param paid the paid status
     * @return this builder
     */
    public Builder paid(PaidStatus paid) {
      this.paid = Checks.notNull(paid, "paid");
      cells.remove("paid");
      return this;
    }

    /**
     * Reads the paid status from a column through a vocabulary; a missing cell leaves it {@link
     * PaidStatus#UNKNOWN}.
     *
     * @param column the column
     * @param vocabulary the file's words and their statuses, compared ignoring case
     * @return this builder
     */
    public Builder paid(String column, Map<String, PaidStatus> vocabulary) {
      vocabularyCell("paid", column, false, vocabulary, PerformanceRecord.Builder::paid);
      paid = null;
      return this;
    }

    /**
     * Reads a count from a column.
     *
     * @param column the column
     * @param measure the measure it holds
     * @return this builder
     */
    public Builder count(String column, Measure measure) {
      Checks.notNull(measure, "measure");
      put(new CountCell(column(column), measure));
      return this;
    }

    /**
     * Reads a count that a file splits over several columns as their sum, such as X's click
     * columns (profile, link, hashtag, detail, permalink, media and app clicks) into {@link
     * Measure#CLICKS}. When any of the columns is missing in a row, the count is missing: a sum of
     * the known parts would pass for the whole.
     *
     * @param measure the measure
     * @param columns the columns added up, at least one
     * @return this builder
     * @throws ArithmeticException while reading, never: a sum beyond a long rejects the row
     */
    public Builder countSum(Measure measure, String... columns) {
      Checks.notNull(measure, "measure");
      Checks.notNull(columns, "columns");
      if (columns.length == 0) {
        throw new IllegalArgumentException("columns must not be empty");
      }
      List<String> cs = new ArrayList<>();
      for (String c : columns) {
        cs.add(column(c));
      }
      put(new Cell("count." + measure, List.copyOf(cs), false) {
        @Override
        void apply(String[] values, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          long sum = 0;
          for (int i = 0; i < values.length; i++) {
            long v = parseCount(this.columns.get(i), values[i], m.numbers);
            if (sum > Long.MAX_VALUE - v) {
              throw new CellProblem(CsvFindings.CSV_NOT_A_COUNT,
                  CsvRows.text("column", this.columns.get(i)), CsvRows.text("value", values[i]));
            }
            sum += v;
          }
          b.count(measure, sum);
        }
      });
      return this;
    }

    /** Adds a cell of the library's own (presets use it for values no public method reads). */
    Builder custom(Cell cell) {
      put(cell);
      return this;
    }

    /**
     * Reads the account from a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder account(String column) {
      put(text("account", column, PerformanceRecord.Builder::account));
      return this;
    }

    /**
     * Reads the post id from a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder postId(String column) {
      put(text("postId", column, PerformanceRecord.Builder::postId));
      return this;
    }

    /**
     * Reads the permalink from a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder permalink(String column) {
      put(text("permalink", column, PerformanceRecord.Builder::permalink));
      return this;
    }

    /**
     * Reads the campaign from a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder campaign(String column) {
      put(text("campaign", column, PerformanceRecord.Builder::campaign));
      return this;
    }

    /**
     * Reads the content pillar from a column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder pillar(String column) {
      put(text("pillar", column, PerformanceRecord.Builder::pillar));
      return this;
    }

    /**
     * Reads hashtags from a column that lists them, separated by white space, commas or semicolons,
     * each with or without its {@code #}.
     *
     * @param column the column
     * @return this builder
     */
    public Builder hashtags(String column) {
      put(new Single("hashtags", column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m) {
          int n = value.length();
          int start = 0;
          for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            if (c == ',' || c == ';' || Character.isWhitespace(c)) {
              if (i > start && !(i - start == 1 && value.charAt(start) == '#')) {
                b.addHashtag(value.substring(start, i));
              }
              start = i + 1;
            }
          }
        }
      });
      return this;
    }

    /**
     * Reads hashtags from a post's text: every {@code #} followed by letters, digits, marks or
     * underscores (the characters X and Instagram allow in a hashtag), after a start of text or a
     * character that is not one of those.
     *
     * @param column the column holding the post's text
     * @return this builder
     */
    public Builder hashtagsInText(String column) {
      put(new Single("hashtags", column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m) {
          for (String tag : Hashtags.in(value)) {
            b.addHashtag(tag);
          }
        }
      });
      return this;
    }

    /**
     * Reads an amount from a column in one currency: a decimal number (in the mapping's {@link
     * NumberStyle}) rounded to the currency's minor unit only when exact.
     *
     * @param column the column
     * @param measure spend or revenue
     * @param currency the currency of the column
     * @return this builder
     */
    public Builder amount(String column, MoneyMeasure measure, CurrencyUnit currency) {
      Checks.notNull(measure, "measure");
      Checks.notNull(currency, "currency");
      put(new Single("amount." + measure, column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          Money money;
          try {
            String plain = value.strip();
            java.util.OptionalDouble parsed = m.numbers.fraction(plain);
            if (parsed.isEmpty() || plain.endsWith("%")) {
              throw new CellProblem(CsvFindings.CSV_NOT_A_NUMBER,
                CsvRows.text("column", columns.get(0)), CsvRows.text("value", value));
            }
            BigDecimal amount = new BigDecimal(decimalText(plain, m.numbers));
            money = Money.of(currency, amount);
          } catch (NumberFormatException | ArithmeticException e) {
            throw new CellProblem(CsvFindings.CSV_NOT_A_NUMBER,
                CsvRows.text("column", columns.get(0)), CsvRows.text("value", value));
          }
          if (money.isNegative()) {
            throw new CellProblem(CsvFindings.CSV_INVALID_VALUE, CsvRows.text("column", columns.get(0)),
                CsvRows.text("reason",
                    measure.name().toLowerCase(Locale.ROOT) + " must not be negative: " + value));
          }
          b.amount(measure, money);
        }
      });
      return this;
    }

    /**
     * Reads the total video watch time from a column holding a number of units (seconds in Meta's
     * exports).
     *
     * @param column the column
     * @param unit the unit of the number, from milliseconds to hours
     * @return this builder
     */
    public Builder videoWatchTime(String column, ChronoUnit unit) {
      Duration per = unitDuration(unit);
      put(new Single("videoWatchTime", column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          b.videoWatchTime(duration(columns.get(0), value, per, m.numbers));
        }
      });
      return this;
    }

    /**
     * Reads the average video watch time per play from a column holding a number of units.
     *
     * @param column the column
     * @param unit the unit of the number, from milliseconds to hours
     * @return this builder
     */
    public Builder averageVideoWatchTime(String column, ChronoUnit unit) {
      Duration per = unitDuration(unit);
      put(new Single("averageVideoWatchTime", column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          b.averageVideoWatchTime(duration(columns.get(0), value, per, m.numbers));
        }
      });
      return this;
    }

    private static Duration unitDuration(ChronoUnit unit) {
      Checks.notNull(unit, "unit");
      if (unit.compareTo(ChronoUnit.MILLIS) < 0 || unit.compareTo(ChronoUnit.HOURS) > 0) {
        throw new IllegalArgumentException("unit must be from MILLIS to HOURS: " + unit);
      }
      return unit.getDuration();
    }

    private static Duration duration(String column, String value, Duration per, NumberStyle numbers)
        throws CellProblem {
      java.util.OptionalDouble v = numbers.fraction(value);
      if (v.isEmpty() || value.strip().endsWith("%")) {
        throw new CellProblem(CsvFindings.CSV_NOT_A_NUMBER, CsvRows.text("column", column),
            CsvRows.text("value", value));
      }
      double millis = v.getAsDouble() * per.toMillis();
      if (millis < 0 || millis > Long.MAX_VALUE / 2.0) {
        throw new CellProblem(CsvFindings.CSV_INVALID_VALUE, CsvRows.text("column", column),
            CsvRows.text("reason", "a duration from zero up is needed: " + value));
      }
      return Duration.ofMillis(Math.round(millis));
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping
     * @throws IllegalStateException if platform, publication time, format or purpose is neither a
     *     column nor a constant
     */
    public PerformanceMapping build() {
      List<String> unset = new ArrayList<>();
      if (platform == null && !cells.containsKey("platform")) {
        unset.add("platform");
      }
      if (!cells.containsKey("publishedAt")) {
        unset.add("publishedAt");
      }
      if (format == null && !cells.containsKey("format")) {
        unset.add("format");
      }
      if (purpose == null && !cells.containsKey("purpose")) {
        unset.add("purpose");
      }
      if (!unset.isEmpty()) {
        throw new IllegalStateException(
            "Cannot build PerformanceMapping, neither a column nor a constant for: " + unset);
      }
      return new PerformanceMapping(this);
    }

    private void put(Cell cell) {
      cells.put(cell.key, cell);
    }

    private static String column(String column) {
      return Checks.nonBlank(column, "column").strip();
    }

    /** A cell read through a vocabulary of the file's words, compared ignoring case. */
    private <T> void vocabularyCell(
        String name,
        String column,
        boolean required,
        Map<String, T> vocabulary,
        java.util.function.BiConsumer<PerformanceRecord.Builder, T> set) {
      Map<String, T> words = words(vocabulary);
      put(new Single(name, column(column), required) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m)
            throws CellProblem {
          set.accept(b, lookup(columns.get(0), value, words));
        }
      });
    }

    private static <T> Map<String, T> words(Map<String, T> vocabulary) {
      Checks.notNull(vocabulary, "vocabulary");
      if (vocabulary.isEmpty()) {
        throw new IllegalArgumentException("vocabulary must not be empty");
      }
      Map<String, T> out = new java.util.HashMap<>();
      // The word as written and in lower case, so that a file's usual spelling is found at once.
      vocabulary.forEach((k, v) -> {
        String word = Checks.nonBlank(k, "vocabulary key").strip();
        Checks.notNull(v, "vocabulary[" + k + "]");
        out.put(word.toLowerCase(Locale.ROOT), v);
        out.putIfAbsent(word, v);
      });
      return out;
    }

    private static Single text(
        String key, String column, java.util.function.BiConsumer<PerformanceRecord.Builder, String> set) {
      return new Single(key, column(column), false) {
        @Override
        void apply(String value, PerformanceRecord.Builder b, PerformanceMapping m) {
          set.accept(b, value.strip());
        }
      };
    }
  }

  /** The text of a decimal in the style, with a point and without separators, or throws. */
  static String decimalText(String plain, NumberStyle numbers) {
    StringBuilder sb = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == numbers.decimalMark()) {
        sb.append('.');
      } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'E' || c == 'e') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
