package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** metrics.parquet of real runs, read back by Spark SQL: the CSV's columns, types and values (about a minute on a busy 2-core machine). */
@Tag("slow")
class MetricsParquetTest {

    @Test
    void sparkSqlReadsTheCsvsRowsAndComparesTwoRuns(@TempDir Path dir) throws Exception {
        Path es = dir.resolve("cartpole-es");
        Path ga = dir.resolve("cartpole-ga");
        run("jobs/cartpole-es.conf", es, "stop.generations=4", "strategy.population=10");
        run("jobs/cartpole-ga.conf", ga, "stop.generations=3", "strategy.population=16");

        try (SparkSession spark = SparkSession.builder().master("local[1]").appName("metrics-parquet")
                .config("spark.ui.enabled", "false").getOrCreate()) {
            for (Path out : List.of(es, ga)) {
                MetricsColumns csv = MetricsColumns.parse(Files.readString(out.resolve("metrics.csv")), out.toString());
                Dataset<Row> table = spark.read().parquet(out.resolve("metrics.parquet").toString());
                assertEquals(csv.header(), List.of(table.columns()));
                assertEquals(DataTypes.IntegerType, table.schema().apply("generation").dataType());
                assertEquals(DataTypes.LongType, table.schema().apply("env_steps").dataType());
                assertEquals(DataTypes.DoubleType, table.schema().apply("best").dataType());
                List<Row> rows = table.orderBy("generation").collectAsList();
                assertEquals(csv.rows(), rows.size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < csv.header().size(); c++) {
                        assertEquals(csv.columns()[c][r], ((Number) rows.get(r).get(c)).doubleValue(),
                                out.getFileName() + " row " + r + " " + csv.header().get(c));
                    }
                }
            }
            assertEquals(List.of("sigma", "learning_rate", "update_norm", "reselected", "reselected_se", "confirmed",
                    "confirmed_se"),
                    MetricsColumns.parse(Files.readString(es.resolve("metrics.csv")), "es").diagnostics());

            // The README's query, on these two outputs.
            String query = "SELECT generation, e.best AS es, g.best AS ga"
                    + " FROM parquet.`" + es.resolve("metrics.parquet") + "` e"
                    + " JOIN parquet.`" + ga.resolve("metrics.parquet") + "` g USING (generation) ORDER BY generation";
            List<Row> joined = spark.sql(query).collectAsList();
            assertEquals(3, joined.size());
            double[] gaBest = MetricsColumns.parse(Files.readString(ga.resolve("metrics.csv")), "ga").column("best");
            for (int g = 0; g < 3; g++) {
                assertEquals(g, joined.get(g).getInt(0));
                assertEquals(gaBest[g], joined.get(g).getDouble(2));
            }
        }
    }

    private static void run(String job, Path out, String... sets) {
        List<String> args = new java.util.ArrayList<>(List.of("run", job, "--master", "local[2]", "--output",
                out.toString(), "--set", "stop.goal=null", "--set", "task.episodes=2", "--set", "task.final-episodes=3"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(ExitCode.OK, Main.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err)), err.toString());
    }
}
