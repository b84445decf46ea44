package dev.neuroevo.strategy.pbt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.cli.Main;
import dev.neuroevo.task.supervised.SyntheticData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Population Based Training run from the command line on Spark, on a small synthetic data set. */
public class PbtRunTest {

    /**
     * A PBT job over {@link SyntheticData} (800 rows) written under {@code dir}: 6 members of a
     * 5-8-2 network, 8 rounds of 10 steps, learning rates from a prior wide enough that some members
     * barely learn.
     */
    public static Path job(Path dir) throws IOException {
        Path csv = dir.resolve("synthetic.csv");
        new SyntheticData(800, 3).writeCsv(csv, false);
        Path job = dir.resolve("pbt.conf");
        Files.writeString(job, String.join("\n",
                "task.name = \"classification\"",
                "data { path = \"" + csv.toUri() + "\", validation-fraction = 0.2, test-fraction = 0.2,"
                        + " target-accuracy = 0.9 }",
                "network { hidden = [8], init-std = 1.4142 }",
                "strategy.name = \"pbt\"",
                "pbt { population = 6, steps-per-round = 10, ready-after = 20, checkpoint-rounds = 3",
                "      learning-rate { prior = \"log-uniform\", min = 1e-5, max = 3e-1 }",
                "      batch-size { prior = \"choice\", values = [8, 16, 32] } }",
                "stop.generations = 8", ""));
        return job;
    }

    static String run(Path job, Path out, String master, String... sets) {
        List<String> args = new ArrayList<>(List.of("run", job.toString(), "--master", master, "--output",
                out.toString()));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.execute(args.toArray(String[]::new), new PrintStream(o), new PrintStream(e));
        assertEquals(0, code, e.toString(StandardCharsets.UTF_8));
        return o.toString(StandardCharsets.UTF_8);
    }

    /** Column {@code name} of every row of a CSV file. */
    static List<Double> column(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int col = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.stream().skip(1).map(l -> Double.parseDouble(l.split(",")[col])).toList();
    }

    @Test
    void theSameSeedGivesTheSameRunOnOneCoreAndTwoWithOtherPartitionCounts(@TempDir Path dir) throws IOException {
        Path job = job(dir);
        run(job, dir.resolve("one"), "local[1]", "run.partitions=1");
        run(job, dir.resolve("two"), "local[2]", "run.partitions=4");
        for (String f : List.of("best-model.json", "pbt-lineage.csv")) {
            assertEquals(Files.readString(dir.resolve("one/" + f)), Files.readString(dir.resolve("two/" + f)), f);
        }
        assertEquals(column(dir.resolve("one/metrics.csv"), "mean"), column(dir.resolve("two/metrics.csv"), "mean"));
        String lineage = Files.readString(dir.resolve("one/pbt-lineage.csv"));
        assertEquals(1 + 6 * 8, lineage.lines().count(), "a row per member and round");
        assertTrue(column(dir.resolve("one/pbt-lineage.csv"), "copied_from").stream().anyMatch(d -> d >= 0),
                "some member copied another");
    }

    /**
     * Exploiting lifts the population: with the same priors and seed, the members that copy the
     * best end with a higher mean validation accuracy than a population left to its first draws,
     * and the best member learns the problem.
     */
    @Test
    void exploitingBeatsAFixedPopulationWithinTheSameBudget(@TempDir Path dir) throws IOException {
        Path job = job(dir);
        run(job, dir.resolve("pbt"), "local[2]");
        run(job, dir.resolve("fixed"), "local[2]", "pbt.exploit=none");
        List<Double> pbt = column(dir.resolve("pbt/metrics.csv"), "mean");
        List<Double> fixed = column(dir.resolve("fixed/metrics.csv"), "mean");
        assertEquals(pbt.get(0), fixed.get(0), "round 0 trains the same draws");
        double last = pbt.get(pbt.size() - 1);
        assertTrue(last > fixed.get(fixed.size() - 1) + 0.02, "pbt " + pbt + " vs fixed " + fixed);
        assertEquals(List.of(0.0), column(dir.resolve("fixed/metrics.csv"), "exploits").stream().distinct().toList());
        String summary = Files.readString(dir.resolve("pbt/summary.json"));
        assertTrue(summary.contains("\"solved\" : true"), summary);
        assertTrue(!summary.contains("\"broadcast_bytes\" : 0,"), summary);
        assertTrue(Files.readString(dir.resolve("fixed/summary.json")).contains("\"broadcast_bytes\" : 0,"));
    }
}
