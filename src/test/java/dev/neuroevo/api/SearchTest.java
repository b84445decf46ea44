package dev.neuroevo.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.optim.Sgd;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.strategy.es.EsOptions;
import dev.neuroevo.strategy.es.Shaping;
import dev.neuroevo.strategy.ga.Crossover;
import dev.neuroevo.strategy.ga.GaOptions;
import dev.neuroevo.strategy.ga.Selection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API on local[2]: the CLI's engine, a lambda fitness, option records and saved models. */
class SearchTest {
    private static final String[] CARTPOLE = {"task.name=CartPole-v1", "task.episodes=3", "network.hidden=[8]",
        "strategy.name=ga", "strategy.population=16", "ga.parents=4", "ga.elites=1", "stop.generations=3",
        "run.seed=5"};

    @TempDir
    static Path dir;
    static String[] cliLastGeneration;
    static SparkSession spark;

    @BeforeAll
    static void cliThenSpark() throws Exception {
        // The CLI owns its Spark context for the run, so it runs before the API's session starts.
        List<String> args = new java.util.ArrayList<>(List.of("run", "jobs/cartpole-ga.conf", "--master", "local[2]",
                "--output", dir.resolve("cli").toString()));
        for (String s : CARTPOLE) {
            args.add("--set");
            args.add(s);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        List<String> metrics = Files.readAllLines(dir.resolve("cli/metrics.csv"));
        cliLastGeneration = metrics.get(metrics.size() - 1).split(",");
        spark = SparkSession.builder().master("local[2]").appName("SearchTest").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The job file's settings that the CLI run above did not override. */
    private static Search cartpole() {
        Search s = Search.on(spark).progress(null).set("network.activation", "tanh")
                .set("network.output-activation", "linear").set("mutation.sigma", 0.1).set("ga.selection", "truncation")
                .set("ga.crossover", "uniform").set("stop.goal", 500).set("stop.goal-generations", 3);
        for (String kv : CARTPOLE) {
            String[] p = kv.split("=", 2);
            s.set(p[0], p[1].startsWith("[") ? new int[] {8} : p[1]);
        }
        return s;
    }

    @Test
    void theSameSettingsGiveTheCliRunsLastGeneration() {
        List<Evolved> best = cartpole().best(3).run();
        assertEquals(3, best.size());
        // metrics.csv: generation, best, mean, ... of the CLI's last generation
        assertEquals(Double.parseDouble(cliLastGeneration[1]), best.get(0).fitness(), 0);
        assertTrue(best.get(0).fitness() >= best.get(1).fitness() && best.get(1).fitness() >= best.get(2).fitness());
        assertEquals(100, ((Number) best.get(0).evaluation().fields().get("episodes")).intValue());
        assertEquals(2, best.get(0).network().apply(0.01, 0, -0.02, 0).length);
    }

    @Test
    void optionRecordsAreTheSettingsTheyHold() {
        GaOptions options = new GaOptions(16, 1, 4, Selection.TRUNCATION, 1, Crossover.UNIFORM, 0.1, 1.0, 0.5);
        Evolved byRecord = cartpole().strategy(options).run().get(0);
        Evolved bySettings = cartpole().set("network.init-std", 0.5).run().get(0);
        assertEquals(bySettings.fitness(), byRecord.fitness(), 0);
        assertArrayEquals(bySettings.network().weights(), byRecord.network().weights(), 0);
    }

    @Test
    void aLambdaFitnessIsLearned() {
        // A linear unit learns y = 2a - b on a 3 x 3 grid: fitness is minus the squared error, 0 at best.
        NetworkFitness squaredError = (net, seed) -> {
            double e = 0;
            for (int a = -1; a <= 1; a++) {
                for (int b = -1; b <= 1; b++) {
                    double d = net.forward(new double[] {a, b})[0] - (2 * a - b);
                    e += d * d;
                }
            }
            return -e;
        };
        EsOptions es = new EsOptions(20, true, Shaping.CENTERED_RANKS, new Sgd(), 0.05, 1, 0, 0.1, 1, 0, 0, 0);
        List<Evolved> found = Search.on(spark).progress(null).fitness(2, 1, squaredError).hidden()
                .strategy(es).generations(150).seed(3).run();
        assertEquals(1, found.size());
        // the network starts at zero weights, an error of 18 (sum of (2a - b)^2 over the grid)
        assertTrue(found.get(0).fitness() > -0.05, "fitness " + found.get(0).fitness());
        assertEquals(2 * 0.5 - 0.25, found.get(0).network().apply(0.5, 0.25)[0], 0.1);
    }

    @Test
    void aSavedNetworkLoadsBackAsTheCliModelFormat() throws Exception {
        Evolved e = cartpole().run().get(0);
        Path file = dir.resolve("models/best.json");
        e.network().save(file.toString(), spark.sparkContext().hadoopConfiguration());
        ModelFile m = ModelFile.parse(Files.readString(file));
        assertArrayEquals(e.network().weights(), m.weights(), 0);
        assertEquals("CartPole-v1", m.task());
    }

    @Test
    void anOutputKeepsTheRunAndALargerBudgetResumesItAsIfItNeverStopped() throws Exception {
        String out = dir.resolve("search-out").toString();
        Evolved first = cartpole().output(out).run().get(0);
        for (String name : new String[] {"metrics.csv", "best-model.json", "summary.json", "config.conf"}) {
            assertTrue(Files.isRegularFile(Path.of(out, name)), name);
        }
        assertTrue(Files.isDirectory(Path.of(out, "checkpoints")));
        ConfigError again = org.junit.jupiter.api.Assertions.assertThrows(ConfigError.class,
                () -> cartpole().output(out).run());
        assertTrue(again.getMessage().contains("finished"), again.getMessage());
        // three more generations on the same output continue the run: the same as five from the start
        Evolved resumed = cartpole().set("stop.generations", 5).output(out).run().get(0);
        Evolved whole = cartpole().set("stop.generations", 5).run().get(0);
        assertEquals(whole.fitness(), resumed.fitness(), 0);
        assertArrayEquals(whole.network().weights(), resumed.network().weights(), 0);
        assertEquals(6, Files.readAllLines(Path.of(out, "metrics.csv")).size(), "a header and five generations");
        assertTrue(first.fitness() > 0);
        Evolved restarted = cartpole().output(out).restart().run().get(0);
        assertEquals(first.fitness(), restarted.fitness(), 0);
    }
}
