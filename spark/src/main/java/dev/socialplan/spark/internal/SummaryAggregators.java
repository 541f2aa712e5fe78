package dev.socialplan.spark.internal;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.spark.PerformanceAggregators;
import dev.socialplan.spark.PerformanceTable;
import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;

/** The summary aggregators behind {@link PerformanceAggregators}. Not API. */
public final class SummaryAggregators {
  private SummaryAggregators() {}

  private static final int MEASURES = Measure.values().length;

  /**
   * Returns the typed aggregator of records into summaries.
   *
   * @return the aggregator
   */
  public static Aggregator<PerformanceRecord, SummaryBuffer, PerformanceSummary> records() {
    return new OfRecords();
  }

  /**
   * Returns the aggregator of input rows (the measure columns, then spend amount and currency,
   * then revenue amount and currency) into summary rows.
   *
   * @return the aggregator
   */
  public static Aggregator<Row, SummaryBuffer, Row> rows() {
    return new OfRows();
  }

  /**
   * Returns the encoder of summaries as the struct of {@link PerformanceAggregators#schema()}.
   *
   * @return the encoder
   */
  public static Encoder<PerformanceSummary> summaryEncoder() {
    return RecordCodec.transforming(
        PerformanceSummary.class, PerformanceAggregators.schema(), new SummaryCodec());
  }

  /** Encodes summaries as rows of the summary schema. */
  private static final class SummaryCodec implements Codec<PerformanceSummary, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row encode(PerformanceSummary summary) {
      return PerformanceAggregators.toRow(summary);
    }

    @Override
    public PerformanceSummary decode(Row row) {
      return PerformanceAggregators.toSummary(row);
    }
  }

  /** Records into summaries, for {@code Dataset<PerformanceRecord>}. */
  private static final class OfRecords
      extends Aggregator<PerformanceRecord, SummaryBuffer, PerformanceSummary> {
    private static final long serialVersionUID = 1L;

    @Override
    public SummaryBuffer zero() {
      return new SummaryBuffer();
    }

    @Override
    public SummaryBuffer reduce(SummaryBuffer buffer, PerformanceRecord record) {
      return buffer.add(record);
    }

    @Override
    public SummaryBuffer merge(SummaryBuffer a, SummaryBuffer b) {
      return a.merge(b);
    }

    @Override
    public PerformanceSummary finish(SummaryBuffer buffer) {
      return buffer.toSummary();
    }

    @Override
    public Encoder<SummaryBuffer> bufferEncoder() {
      return Encoders.bean(SummaryBuffer.class);
    }

    @Override
    public Encoder<PerformanceSummary> outputEncoder() {
      return summaryEncoder();
    }
  }

  /** Measure and money columns into summary rows, for SQL and DataFrames. */
  private static final class OfRows extends Aggregator<Row, SummaryBuffer, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public SummaryBuffer zero() {
      return new SummaryBuffer();
    }

    @Override
    public SummaryBuffer reduce(SummaryBuffer buffer, Row row) {
      buffer.addRecord();
      for (int i = 0; i < MEASURES; i++) {
        if (!row.isNullAt(i)) {
          long v = row.getLong(i);
          if (v < 0) {
            throw new IllegalArgumentException(
                "column " + PerformanceTable.column(Measure.values()[i])
                    + " must not be negative: " + v);
          }
          buffer.addCount(i, v);
        }
      }
      amount(buffer, row, MEASURES, MoneyMeasure.SPEND, PerformanceTable.SPEND_AMOUNT,
          PerformanceTable.SPEND_CURRENCY);
      amount(buffer, row, MEASURES + 2, MoneyMeasure.REVENUE, PerformanceTable.REVENUE_AMOUNT,
          PerformanceTable.REVENUE_CURRENCY);
      return buffer;
    }

    private static void amount(SummaryBuffer buffer, Row row, int at, MoneyMeasure measure,
        String amountColumn, String currencyColumn) {
      if (row.isNullAt(at)) {
        return;
      }
      BigDecimal amount = row.getDecimal(at);
      if (row.isNullAt(at + 1)) {
        throw new IllegalArgumentException("column " + amountColumn + " is "
            + amount.stripTrailingZeros().toPlainString() + " but " + currencyColumn + " is null");
      }
      buffer.addAmount(measure,
          MoneyColumns.money(amount, row.getString(at + 1), amountColumn, currencyColumn));
    }

    @Override
    public SummaryBuffer merge(SummaryBuffer a, SummaryBuffer b) {
      return a.merge(b);
    }

    @Override
    public Row finish(SummaryBuffer buffer) {
      return PerformanceAggregators.toRow(buffer.toSummary());
    }

    @Override
    public Encoder<SummaryBuffer> bufferEncoder() {
      return Encoders.bean(SummaryBuffer.class);
    }

    @Override
    public Encoder<Row> outputEncoder() {
      return Encoders.row(PerformanceAggregators.schema());
    }
  }

  /**
   * Returns the input schema of {@link #rows()}.
   *
   * @return the schema
   */
  public static StructType inputSchema() {
    StructType s = new StructType();
    for (Measure m : Measure.values()) {
      s = s.add(PerformanceTable.column(m), org.apache.spark.sql.types.DataTypes.LongType, true);
    }
    return s.add(PerformanceTable.SPEND_AMOUNT, PerformanceTable.AMOUNT_TYPE, true)
        .add(PerformanceTable.SPEND_CURRENCY, org.apache.spark.sql.types.DataTypes.StringType, true)
        .add(PerformanceTable.REVENUE_AMOUNT, PerformanceTable.AMOUNT_TYPE, true)
        .add(PerformanceTable.REVENUE_CURRENCY, org.apache.spark.sql.types.DataTypes.StringType,
            true);
  }
}
