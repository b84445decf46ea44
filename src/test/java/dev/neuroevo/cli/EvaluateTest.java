package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.checkpoint.Outputs;
import dev.neuroevo.checkpoint.Outputs.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `neuroevo evaluate` on the model of a real short run, against what the run itself reported. */
class EvaluateTest {
    @TempDir
    static Path dir;
    static Path run;
    static JsonNode summary;

    @BeforeAll
    static void shortRun() throws IOException {
        run = dir.resolve("run");
        // Three generations: a policy that balances for a while but not always, so returns vary.
        Result o = Outputs.run("run", "jobs/cartpole-elitist.conf", "--master", "local[2]", "--output", run.toString(),
                "--set", "stop.generations=3", "--set", "task.episodes=4", "--set", "strategy.population=16",
                "--set", "stop.goal=null");
        assertEquals(ExitCode.OK, o.code(), o.err());
        summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("final_evaluation");
    }

    @Test
    void evaluateReplaysTheRunsFinalEvaluationFromItsSeed() throws IOException {
        assertTrue(summary.get("std_return").asDouble() > 0, "returns that differ, for a test that can fail: " + summary);
        Result o = Outputs.run("evaluate", run.resolve("best-model.json").toString(), "--seed",
                summary.get("seed").asText(), "--json");
        assertEquals(ExitCode.OK, o.code(), o.err());
        JsonNode e = new ObjectMapper().readTree(o.out());
        assertEquals("CartPole-v1", e.get("env").asText());
        assertEquals(100, e.get("episodes").asInt());
        for (String f : new String[] {"mean_return", "std_return", "min_return", "max_return"}) {
            assertEquals(summary.get(f).asDouble(), e.get(f).asDouble(), 0.0, f);
        }
        assertEquals(summary.get("mean_return").asDouble() >= 475, e.get("solved").asBoolean());

        // The run's directory names its model too; another seed plays other episodes.
        Result text = Outputs.run("evaluate", run.toString(), "--seed", "7", "--episodes", "20");
        assertEquals(ExitCode.OK, text.code(), text.err());
        assertTrue(text.out().matches("(?s).*CartPole-v1: 20 episodes from seed 7\\R"
                + "mean return [0-9.]+ \\(std [0-9.]+, min [0-9.]+, max [0-9.]+\\); (not )?solved \\(threshold 475.0\\)\\R"),
                text.out());
        assertNotEquals(String.format("%.2f", summary.get("mean_return").asDouble()),
                text.out().replaceAll("(?s).*mean return ([0-9.]+).*", "$1"));
    }

    @Test
    void aModelThatDoesNotFitTheEnvironmentIsBadInput() {
        Result o = Outputs.run("evaluate", run.toString(), "--env", "MountainCarContinuous-v0");
        assertEquals(ExitCode.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("(4 inputs, 2 outputs, argmax head) does not fit MountainCarContinuous-v0"
                + " (2 observations, actions Box(1))"), o.err());
        Result r = Outputs.run("render", run.toString(), "--env", "Acrobot-v1", "--out", dir.resolve("a.gif").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("does not fit Acrobot-v1"), r.err());
        assertTrue(Files.notExists(dir.resolve("a.gif")));
    }

    @Test
    void aMissingModelIsBadInputNamingIt() {
        Path missing = dir.resolve("nothing-here.json");
        Result o = Outputs.run("evaluate", missing.toString());
        assertEquals(ExitCode.BAD_INPUT, o.code(), o.err());
        assertEquals("neuroevo: model '" + missing + "': no such file (nor a run's output with best-model.json)",
                o.err().strip());
        Result seed = Outputs.run("evaluate", run.toString(), "--seed", "x1");
        assertEquals(ExitCode.BAD_INPUT, seed.code(), seed.err());
        assertTrue(seed.err().contains("--seed"), seed.err());
    }

    /** A classification run and a second Spark session for --data: 34 s on the loaded 2-core machine. */
    @Test
    @Tag("slow")
    void dataScoresAClassifierAsTheRunScoredItsSplits() throws IOException {
        StringBuilder csv = new StringBuilder("x,y,class\n");
        for (int i = 0; i < 200; i++) {
            double x = (i * 37 % 101) / 50.0 - 1;
            double y = (i * 59 % 103) / 51.0 - 1;
            csv.append(x).append(',').append(y).append(',').append(x > 0.3 * y * y ? "above" : "below").append('\n');
        }
        Path data = dir.resolve("points.csv");
        Files.writeString(data, csv);
        Path job = dir.resolve("points.conf");
        Files.writeString(job, String.join("\n",
                "task.name = \"classification\"",
                "data { path = \"" + data.toUri() + "\", csv-header = true, label-column = \"class\", batch-size = 64 }",
                "network.hidden = [4]", "strategy { name = \"ga\", population = 16 }", "stop.generations = 5", ""));
        Path out = dir.resolve("classifier");
        Result trained = Outputs.run("run", job.toString(), "--master", "local[2]", "--output", out.toString());
        assertEquals(ExitCode.OK, trained.code(), trained.err());
        JsonNode fin = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("final_evaluation");
        long expected = 0;
        for (String split : new String[] {"train", "validation", "test"}) {
            expected += Math.round(fin.get(split + "_accuracy").asDouble() * fin.get(split + "_rows").asInt());
        }
        assertTrue(expected > 0 && expected < 200, "an accuracy strictly between 0 and 1 tells more: " + fin);

        Result o = Outputs.run("evaluate", out.toString(), "--data", data.toString(), "--csv-header",
                "--label-column", "class", "--json");
        assertEquals(ExitCode.OK, o.code(), o.err());
        JsonNode e = new ObjectMapper().readTree(o.out());
        assertEquals(200, e.get("rows").asInt());
        assertEquals(expected, e.get("correct").asLong(), o.out());

        Result wrong = Outputs.run("evaluate", out.toString(), "--data", data.toString(), "--csv-header",
                "--label-column", "x");
        assertEquals(ExitCode.BAD_INPUT, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("column 'class'"), wrong.err());
    }
}
