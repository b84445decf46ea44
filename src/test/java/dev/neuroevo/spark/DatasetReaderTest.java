package dev.neuroevo.spark;

import dev.neuroevo.config.Choice;
import dev.neuroevo.task.supervised.DataFormat;
import dev.neuroevo.task.supervised.DataSource;
import dev.neuroevo.task.supervised.Dataset;
import dev.neuroevo.task.supervised.Splits;
import dev.neuroevo.task.supervised.SyntheticData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.config.ConfigError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReaderTest {
    private static final long SEED = 5;
    private static SparkSession spark;
    private final SyntheticData data = new SyntheticData(300, 1);

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("DatasetReaderTest")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private Dataset read(Path path, String format, String labelColumn, boolean header) {
        return DatasetReader.read(spark, new DataSource(path.toUri().toString(), Choice.of(DataFormat.class, format),
                labelColumn, header, null));
    }

    private static void assertSameSplits(Dataset expected, Dataset got, String what) {
        Splits e = Splits.of(expected, 0.2, 0.1, SEED, true);
        Splits g = Splits.of(got, 0.2, 0.1, SEED, true);
        assertTrue(e.train().sameAs(g.train()), what + ": training rows differ");
        assertTrue(e.validation().sameAs(g.validation()), what + ": validation rows differ");
        assertTrue(e.test().sameAs(g.test()), what + ": test rows differ");
    }

    /** A frame with the label first, the first two features as one array column, and the rest as doubles. */
    private org.apache.spark.sql.Dataset<Row> frame() {
        StructType schema = new StructType()
                .add("label", DataTypes.IntegerType)
                .add("ab", DataTypes.createArrayType(DataTypes.DoubleType))
                .add("c", DataTypes.DoubleType)
                .add("d", DataTypes.DoubleType)
                .add("e", DataTypes.LongType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < data.y.length; i++) {
            int[] r = data.x[i];
            rows.add(RowFactory.create(data.y[i], List.of((double) r[0], (double) r[1]), (double) r[2], (double) r[3],
                    (long) r[4]));
        }
        return spark.createDataFrame(rows, schema);
    }

    private static final String SKLEARN = "/usr/lib/python3/dist-packages/sklearn/datasets/data/";

    /** Every number of a gzipped text file, whitespace-separated, in order. */
    private static double[] numbers(String file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of(file)))) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            return java.util.Arrays.stream(text.split("\\s+")).mapToDouble(Double::parseDouble).toArray();
        }
    }

    @Test
    void diabetesReadsFeaturesAndTargetsFromTwoSpaceSeparatedFiles() throws IOException {
        String x = SKLEARN + "diabetes_data_raw.csv.gz";
        String y = SKLEARN + "diabetes_target.csv.gz";
        Dataset d = DatasetReader.read(spark, new DataSource(x, DataFormat.CSV, "last", false, null, " ", true, y));
        double[] values = numbers(x);
        double[] targets = numbers(y);
        assertEquals(442, d.rows());
        assertEquals(10, d.features());
        assertEquals(targets.length, d.rows());
        for (int i = 0; i < d.rows(); i++) {
            assertEquals(targets[i], d.target(i), 0, "target of row " + i);
            for (int j = 0; j < 10; j++) {
                assertEquals((float) values[i * 10 + j], d.value(i, j), 0, "row " + i + ", feature " + j);
            }
        }
        // The linear baseline on jobs/diabetes-sgd.conf's split (run.seed 1), closed form.
        Splits s = Splits.of(d, 0.2, 0.1, dev.neuroevo.random.SplitMix64.key(1, 0, 0,
                dev.neuroevo.random.Purpose.SPLIT), true);
        var ols = dev.neuroevo.task.supervised.LeastSquares.fit(s.train());
        double sse = 0;
        for (int i = 0; i < s.test().rows(); i++) {
            double e = ols.predict(s.test(), i) - s.test().target(i);
            sse += e * e;
        }
        double r2 = ols.r2(s.test());
        System.out.printf("diabetes least squares on the job's split: test R² %.4f, test MSE %.1f; on all rows R² %.4f%n",
                r2, sse / s.test().rows() * s.targetStd() * s.targetStd(),
                dev.neuroevo.task.supervised.LeastSquares.fit(d).r2(d));
        assertTrue(r2 > 0.3 && r2 < 0.7, "least squares test R² " + r2);
    }

    @Test
    void aRegressionTakesItsTargetFromTheLabelColumnOrFailsOnATargetFileOfOtherLength() throws IOException {
        Path csv = dir.resolve("semicolons.csv");
        Files.writeString(csv, "1;2;10.5\n3;4;-2\n5;6;7\n");
        Dataset d = DatasetReader.read(spark, new DataSource(csv.toString(), DataFormat.CSV, "last", false, null, ";",
                true, null));
        assertTrue(d.regression());
        assertEquals(2, d.features());
        assertEquals(-2, d.target(1));
        assertEquals(5, d.value(2, 0));
        Path targets = dir.resolve("targets.csv");
        Files.writeString(targets, "1\n2\n");
        ConfigError e = assertThrows(ConfigError.class, () -> DatasetReader.read(spark, new DataSource(csv.toString(),
                DataFormat.CSV, "last", false, null, ";", true, targets.toString())));
        assertTrue(e.getMessage().contains("targets.csv") && e.getMessage().contains("2 rows, the data 3"),
                e.getMessage());
        ConfigError missing = assertThrows(ConfigError.class, () -> DatasetReader.read(spark, new DataSource(
                csv.toString(), DataFormat.CSV, "last", false, null, ";", true, dir.resolve("none.csv").toString())));
        assertTrue(missing.getMessage().contains("none.csv' is not there"), missing.getMessage());
    }

    @Test
    void everyFormatReadsTheSameRows() throws IOException {
        Dataset expected = data.dataset();

        Path csv = dir.resolve("data.csv");
        data.writeCsv(csv, false);
        Dataset fromCsv = read(csv, "csv", "last", false);
        assertEquals(300, fromCsv.rows());
        assertEquals(SyntheticData.FEATURES, fromCsv.features());
        assertTrue(expected.sameAs(fromCsv), "a single csv file keeps the row order");

        Path named = dir.resolve("named.csv");
        data.writeCsv(named, true);
        assertTrue(expected.sameAs(read(named, "csv", "label", true)));

        Path parquet = dir.resolve("parquet");
        frame().repartition(3).write().parquet(parquet.toString());
        assertSameSplits(expected, read(parquet, "parquet", "label", false), "parquet");
        assertSameSplits(expected, read(parquet, "parquet", "0", false), "parquet, label by index");

        Path libsvm = dir.resolve("data.libsvm");
        data.writeLibsvm(libsvm);
        assertTrue(expected.sameAs(read(libsvm, "libsvm", "last", false)));

        Path idx = Files.createDirectory(dir.resolve("idx"));
        data.writeIdx(idx, "t10k", 0, 120, false);
        data.writeIdx(idx, "train", 120, 300, true);
        assertSameSplits(expected, read(idx, "idx", "last", false), "idx directory");
        Dataset oneFile = read(idx.resolve("train-images-idx2-ubyte.gz"), "idx", "last", false);
        assertEquals(180, oneFile.rows());
        assertEquals(data.x[120][3], oneFile.value(0, 3));
    }

    @Test
    void splitIsTheSameWhateverThePartitionCount() {
        Path one = dir.resolve("one");
        Path seven = dir.resolve("seven");
        frame().select("c", "d", "e", "label").repartition(1).write().csv(one.toString());
        frame().select("c", "d", "e", "label").repartition(7).write().csv(seven.toString());
        Dataset a = read(one, "csv", "last", false);
        Dataset b = read(seven, "csv", "last", false);
        assertFalse(a.sameAs(b), "the rows should arrive in another order");
        Splits sa = Splits.of(a, 0.25, 0.25, SEED, true);
        Splits sb = Splits.of(b, 0.25, 0.25, SEED, true);
        assertTrue(sa.train().sameAs(sb.train()));
        assertTrue(sa.validation().sameAs(sb.validation()));
        assertTrue(sa.test().sameAs(sb.test()));
    }

    @Test
    void badInputIsAConfigErrorNamingTheFile() throws IOException {
        ConfigError missing = assertThrows(ConfigError.class, () -> read(dir.resolve("absent.csv"), "csv", "last", false));
        assertTrue(missing.getMessage().contains("absent.csv") && missing.getMessage().contains("nothing there"),
                missing.getMessage());

        Path csv = dir.resolve("data.csv");
        data.writeCsv(csv, true);
        ConfigError column = assertThrows(ConfigError.class, () -> read(csv, "csv", "klass", true));
        assertTrue(column.getMessage().contains("data.csv") && column.getMessage().contains("label column 'klass'"),
                column.getMessage());

        Path text = dir.resolve("text.csv");
        Files.writeString(text, "1,x,0\n2,y,1\n");
        ConfigError nonNumeric = assertThrows(ConfigError.class, () -> read(text, "csv", "last", false));
        assertTrue(nonNumeric.getMessage().contains("_c1"), nonNumeric.getMessage());

        Path lonely = Files.createDirectory(dir.resolve("lonely"));
        SyntheticData.writeIdx(lonely.resolve("a-images-idx2-ubyte"), new int[] {1, 1}, new byte[] {1}, false);
        ConfigError noLabels = assertThrows(ConfigError.class, () -> read(lonely, "idx", "last", false));
        assertTrue(noLabels.getMessage().contains("labels-idx1"), noLabels.getMessage());
    }

    @Test
    void textLabelsBecomeClassesInSortedOrder() throws IOException {
        Path csv = dir.resolve("iris.csv");
        Files.writeString(csv, "5.1,setosa\n6.3,virginica\n5.8,versicolor\n4.9,setosa\n");
        Dataset d = read(csv, "csv", "last", false);
        assertEquals(List.of("setosa", "versicolor", "virginica"), List.of(d.classes()));
        assertEquals(0, d.label(0));
        assertEquals(2, d.label(1));
        assertEquals(1, d.label(2));
    }
}
