package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.report.Progress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints: --quiet, --verbose, and the time the generation budget has left. */
class ConsoleTest {
    @TempDir
    Path dir;

    @Test
    void quietPrintsOnlyTheFinalLine() {
        ReportCommandTest.Result q = ReportCommandTest.neuroevo("run", "jobs/cartpole-ga.conf", "--quiet", "--master",
                "local[2]", "--output", dir.resolve("q2").toString(), "--set", "stop.generations=2", "--set",
                "stop.goal=null", "--set", "task.episodes=2", "--set", "strategy.population=16");
        assertEquals(ExitCode.OK, q.code(), q.err());
        List<String> lines = q.out().strip().lines().toList();
        assertEquals(1, lines.size(), q.out());
        assertTrue(lines.get(0).startsWith("stopped: generations after 2 generations"), q.out());
        assertTrue(q.err().isEmpty(), q.err());
    }

    @Test
    void verbosePrintsEachPartitionsTaskTime() {
        ReportCommandTest.Result v = ReportCommandTest.neuroevo("run", "jobs/cartpole-ga.conf", "--verbose", "--master",
                "local[2]", "--output", dir.resolve("v").toString(), "--set", "stop.generations=2", "--set",
                "stop.goal=null", "--set", "task.episodes=2", "--set", "strategy.population=16");
        assertEquals(ExitCode.OK, v.code(), v.err());
        List<String> timings = v.out().lines().filter(l -> l.contains(": generation 1:")).toList();
        assertEquals(1, timings.size(), v.out());
        assertTrue(timings.get(0).matches("  neuroevo .*: generation 1: p0 \\d+ ms \\(driver\\) p1 \\d+ ms \\(driver\\)"),
                timings.get(0));
        ReportCommandTest.Result both = ReportCommandTest.neuroevo("run", "jobs/cartpole-ga.conf", "--verbose", "--quiet");
        assertEquals(ExitCode.BAD_INPUT, both.code());
    }

    @Test
    void timeLeftIsTheRecentPaceTimesTheGenerationsLeft() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8));
        p.budget(100);
        for (int g = 0; g < 12; g++) {
            // ten slow generations of 30 s, then two of 3 s: the pace is the last ten's mean.
            double seconds = g < 10 ? 30 : 3;
            p.generation(new GenerationMetrics(g, 1, 1, 0, 1, g + 1, 0, seconds, 0, new double[0]), 1, 0, 0);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).endsWith("  49 min 30 s left"), lines.get(0)); // 30 s x 99
        assertTrue(lines.get(11).endsWith("  36 min 04 s left"), lines.get(11)); // (8 x 30 + 2 x 3) / 10 x 88 = 2164.8 s
        p.budget(0);
        p.generation(new GenerationMetrics(12, 1, 1, 0, 1, 13, 0, 3, 0, new double[0]), 1, 0, 0);
        assertTrue(out.toString(StandardCharsets.UTF_8).strip().endsWith(" s"), "no estimate without a budget");
    }
}
