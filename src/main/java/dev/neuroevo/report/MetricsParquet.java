package dev.neuroevo.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * metrics.parquet: metrics.csv's columns, names and order as one Parquet file for Spark SQL and
 * pandas. The counts are integers (generation and nonfinite 32-bit, evaluations and env_steps
 * 64-bit), every other column a double. Built in memory (a few KB), then written whole like
 * every output file.
 */
public final class MetricsParquet {
    public static final String FILE = "metrics.parquet";
    private static final List<String> INT32 = List.of("generation", "nonfinite");
    private static final List<String> INT64 = List.of("evaluations", "env_steps");

    private MetricsParquet() {
    }

    public static MessageType schema(List<String> header) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String h : header) {
            PrimitiveTypeName type = INT32.contains(h) ? PrimitiveTypeName.INT32
                    : INT64.contains(h) ? PrimitiveTypeName.INT64 : PrimitiveTypeName.DOUBLE;
            b.required(type).named(h);
        }
        return b.named("metrics");
    }

    public static byte[] of(MetricsColumns m) {
        MessageType schema = schema(m.header());
        SimpleGroupFactory rows = new SimpleGroupFactory(schema);
        Bytes file = new Bytes();
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(file).withType(schema)
                .withConf(new Configuration(false)).withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build()) {
            for (int r = 0; r < m.rows(); r++) {
                Group g = rows.newGroup();
                for (int c = 0; c < m.header().size(); c++) {
                    String h = m.header().get(c);
                    double v = m.columns()[c][r];
                    if (INT32.contains(h)) {
                        g.add(c, (int) v);
                    } else if (INT64.contains(h)) {
                        g.add(c, (long) v);
                    } else {
                        g.add(c, v);
                    }
                }
                w.write(g);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.bytes.toByteArray();
    }

    /** A Parquet output file in memory. */
    private static final class Bytes implements OutputFile {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return createOrOverwrite(blockSizeHint);
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            bytes.reset();
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return bytes.size();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
