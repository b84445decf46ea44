package dev.neuroevo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuroevo.checkpoint.Outputs;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Spark job of a run says which run and generation it is, as the Spark UI lists it; a local
 * master's generations are no Spark jobs unless run.local-scoring says spark.
 */
class JobDescriptionTest {
    static final List<String> DESCRIPTIONS = new CopyOnWriteArrayList<>();

    /** Registered through spark.extraListeners, as a cluster's own listener would be. */
    public static final class Recorder extends SparkListener {
        @Override
        public void onJobStart(SparkListenerJobStart job) {
            DESCRIPTIONS.add(String.valueOf(job.properties().getProperty("spark.job.description")));
        }
    }

    @TempDir
    Path dir;

    private void run(Path out, String scoring) {
        DESCRIPTIONS.clear();
        System.setProperty("spark.extraListeners", Recorder.class.getName());
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.execute(new String[] {"run", "jobs/cartpole-es.conf", "--master", "local[2]",
                "--output", out.toString(), "--set", "stop.generations=2", "--set", "strategy.population=6",
                "--set", "task.episodes=1", "--set", "es.gradient=tree-aggregate", "--set", "run.local-scoring=" + scoring},
                    new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err));
            assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.clearProperty("spark.extraListeners");
        }
    }

    @Test
    void eachGenerationsJobNamesTheRunAndTheGeneration() {
        run(dir, "spark");
        assertEquals(List.of("neuroevo cartpole-es: generation 0", "neuroevo cartpole-es: generation 0, gradient",
                "neuroevo cartpole-es: re-selection after generation 0",
                "neuroevo cartpole-es: generation 1", "neuroevo cartpole-es: generation 1, gradient",
                "neuroevo cartpole-es: re-selection after generation 1",
                "neuroevo cartpole-es: re-selection after generation 1"), // the end of run's confirmation
                DESCRIPTIONS.subList(0, 7));
    }

    @Test
    void aLocalMasterScoresOnTheDriversThreadsByDefaultWithTheSameResults() throws Exception {
        run(dir.resolve("spark"), "spark");
        run(dir.resolve("threads"), "threads");
        assertEquals(List.of("neuroevo cartpole-es: generation 0, gradient", "neuroevo cartpole-es: generation 1, gradient"),
                DESCRIPTIONS, "only ES's gradient sums are Spark jobs");
        // the same metrics (but wall time), best model and summary (but time and bytes collected)
        Outputs.assertSameResults(dir.resolve("spark").toString(), dir.resolve("threads").toString());
    }
}
