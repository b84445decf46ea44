package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.config.Settings;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.task.control.EpisodeTask;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `neuroevo run` end to end on an embedded Spark: outputs, their formats and the stop rule. */
class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void runWritesMetricsModelConfigAndSummary() throws Exception {
        Path out = dir.resolve("run");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "jobs/cartpole-elitist.conf", "--master", "local[2]",
            "--output", out.toString(), "--set", "stop.generations=3", "--set", "task.episodes=4",
            "--set", "strategy.population=16", "--set", "stop.goal=null"},
                new PrintStream(stdout), new PrintStream(stderr));
        String console = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, stderr.toString(StandardCharsets.UTF_8));
        assertTrue(console.contains("strategy.population = 16"), "effective configuration printed");
        assertEquals(3, console.lines().filter(l -> l.startsWith("gen ")).count(), console);

        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        // an environment re-selects its best by default: its score and standard error come last
        assertEquals("generation,best,mean,std,min,evaluations,env_steps,seconds,nonfinite,reselected,reselected_se,confirmed,confirmed_se",
                csv.get(0));
        assertEquals(4, csv.size());
        assertTrue(csv.get(3).startsWith("2,"));
        assertEquals("48", csv.get(3).split(",")[5]);

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        for (String field : List.of("job", "strategy", "task", "seed", "generations", "evaluations", "env_steps",
                "wall_seconds", "best_fitness", "stop_reason", "final_evaluation", "solved")) {
            assertTrue(summary.has(field), "summary.json lacks " + field);
        }
        assertEquals("cartpole-elitist", summary.get("job").asText());
        assertEquals("generations", summary.get("stop_reason").asText());
        assertEquals(3, summary.get("generations").asInt());
        assertEquals(100, summary.get("final_evaluation").get("episodes").asInt());
        // Gymnasium registers CartPole-v1 with reward_threshold 475.
        assertEquals(475.0, summary.get("final_evaluation").get("reward_threshold").asDouble());
        assertEquals(List.of("generations"), List.of(summary.get("stop_reasons").get(0).asText()));
        assertEquals(1, summary.get("stop_reasons").size());

        ModelFile model = ModelFile.parse(Files.readString(out.resolve("best-model.json")));
        assertEquals("4-16-2 [relu,linear] argmax", model.spec().toString());
        // The exported model reproduces the reported final evaluation.
        EpisodeTask task = new EpisodeTask("CartPole-v1", 4, 100);
        long finalSeed = dev.neuroevo.random.SplitMix64.key(0, 0, 0, dev.neuroevo.random.Purpose.FINAL_EVALUATION);
        double mean = summary.get("final_evaluation").get("mean_return").asDouble();
        assertEquals(mean, task.finalEvaluation(model.spec(), model.weights(), finalSeed).score(), 1e-12);

        // The saved configuration loads back as a job with the same effective settings.
        Settings again = Settings.load(out.resolve("config.conf").toFile(), List.of());
        assertEquals(Files.readString(out.resolve("config.conf")), again.render());
        assertTrue(Files.list(out).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files");
    }

    @Test
    void goalHeldForConsecutiveGenerationsStopsTheRun() throws Exception {
        Path out = dir.resolve("goal");
        int code = Main.execute(new String[] {"run", "jobs/cartpole-elitist.conf", "--master", "local[2]",
            "--output", out.toString(), "--set", "stop.goal=100", "--set", "stop.goal-generations=2",
            "--set", "task.episodes=3"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(ExitCode.OK, code);
        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("goal", summary.get("stop_reason").asText());
        int n = csv.size() - 1;
        assertTrue(Double.parseDouble(csv.get(n).split(",")[1]) >= 100);
        assertTrue(Double.parseDouble(csv.get(n - 1).split(",")[1]) >= 100);
        if (n >= 3) {
            assertTrue(Double.parseDouble(csv.get(n - 2).split(",")[1]) < 100, "stopped at the first chance");
        }
    }

    @Test
    void bytesCollectedDoNotGrowWithTheNetwork() throws Exception {
        long[] bytes = new long[2];
        String[] hidden = {"[4]", "[512, 512]"};
        for (int k = 0; k < 2; k++) {
            Path out = dir.resolve("bytes" + k);
            int code = Main.execute(new String[] {"run", "jobs/cartpole-elitist.conf", "--master", "local[2]",
                "--output", out.toString(), "--set", "stop.generations=2", "--set", "task.episodes=1",
                "--set", "strategy.population=16", "--set", "run.partitions=4", "--set", "network.hidden=" + hidden[k],
                "--set", "run.local-scoring=spark"},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(ExitCode.OK, code);
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            // per generation: either run may reach the goal in its first generation and stop there
            bytes[k] = summary.get("collected_bytes").asLong() / summary.get("generations").asLong();
        }
        assertTrue(bytes[0] > 0, "results are counted");
        // 4 parameters per unit versus 264,000 in all: only (id, fitness, steps) come back.
        assertTrue(bytes[1] < 1.25 * bytes[0], bytes[0] + " vs " + bytes[1] + " bytes");
    }
}
