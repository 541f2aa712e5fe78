package dev.socialplan.spark.internal;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.spark.PerformanceTable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.types.StructType;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;

/**
 * The codec behind {@link PerformanceTable#encoder()}: a record is stored as the columns of the
 * table's schema through Spark's {@code TransformingEncoder} (the mechanism of Spark's own
 * Kryo and Java-serialisation encoders, here with a readable struct instead of a binary blob).
 * Decoding checks every value through {@link PerformanceTable#toRecord(Row)}. Not API.
 */
public final class RecordCodec implements Codec<PerformanceRecord, Row> {
  private static final long serialVersionUID = 1L;

  /** The table whose checks decoding applies. */
  private final PerformanceTable table;

  private RecordCodec(PerformanceTable table) {
    this.table = table;
  }

  /**
   * Returns the encoder of records for a table.
   *
   * @param table the table whose checks decoding applies
   * @return the encoder
   */
  public static Encoder<PerformanceRecord> encoder(PerformanceTable table) {
    return transforming(PerformanceRecord.class, PerformanceTable.schema(), new RecordCodec(table));
  }

  /**
   * Returns an encoder that stores values of a type as a struct through a codec.
   *
   * @param type the value type
   * @param schema the struct's schema
   * @param codec the conversion between values and rows of the schema
   * @param <T> the value type
   * @return the encoder
   */
  public static <T> Encoder<T> transforming(Class<T> type, StructType schema, Codec<T, Row> codec) {
    // Lenient: rows may carry java.time.Instant or java.sql.Timestamp for timestamps.
    AgnosticEncoder<Row> rows = RowEncoder.encoderFor(schema, true);
    ClassTag<T> tag = ClassTag$.MODULE$.apply(type);
    return new AgnosticEncoders.TransformingEncoder<T, Row>(tag, rows, new Provider<>(codec), false);
  }

  @Override
  public Row encode(PerformanceRecord record) {
    return PerformanceTable.toRow(record);
  }

  @Override
  public PerformanceRecord decode(Row row) {
    return table.toRecord(row);
  }

  /** Supplies the codec; serialisable so that plans holding the encoder can be shipped. */
  private static final class Provider<T> extends AbstractFunction0<Codec<? super T, Row>>
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The codec supplied. */
    private final Codec<T, Row> codec;

    Provider(Codec<T, Row> codec) {
      this.codec = codec;
    }

    @Override
    public Codec<? super T, Row> apply() {
      return codec;
    }
  }

}
