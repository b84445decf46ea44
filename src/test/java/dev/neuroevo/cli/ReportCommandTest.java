package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `neuroevo report` on real runs' outputs, the report a run writes itself, and bad outputs. */
class ReportCommandTest {
    private static final Pattern IMG = Pattern.compile("<figure id=\"([^\"]+)\"><img alt=\"[^\"]*\" src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\">");
    /** The first two run colours (matplotlib's tab10 blue and orange). */
    private static final int FIRST = 0x1f77b4;
    private static final int SECOND = 0xff7f0e;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result neuroevo(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out), new PrintStream(err));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String job, Path out, String... sets) {
        List<String> a = new ArrayList<>(List.of("run", job, "--master", "local[2]", "--output", out.toString()));
        for (String s : sets) {
            a.add("--set");
            a.add(s);
        }
        return neuroevo(a.toArray(String[]::new));
    }

    @Test
    void reportOverlaysRunsAndEmbedsEveryPlot() throws IOException {
        Path es = dir.resolve("es");
        Path ga = dir.resolve("ga");
        Result r = run("jobs/cartpole-es.conf", es, "stop.generations=3", "stop.goal=null", "task.episodes=2",
                "strategy.population=10", "task.final-episodes=7");
        assertEquals(ExitCode.OK, r.code(), r.err());
        // The run wrote its own report: ES's diagnostics and the final evaluation's seven returns.
        Set<String> own = figures(Files.readString(es.resolve("report.html"))).keySet();
        for (String f : List.of("fitness-generations.png", "fitness-evaluations.png", "evaluations-per-second.png",
                "env-steps-per-second.png", "diagnostic-sigma.png", "diagnostic-update_norm.png", "final-returns.png")) {
            assertTrue(own.contains(f), f + " in " + own);
        }
        assertEquals(8, Files.readAllLines(es.resolve("final-returns.csv")).size());
        r = run("jobs/cartpole-ga.conf", ga, "stop.generations=2", "stop.goal=null", "task.episodes=2",
                "strategy.population=16", "task.final-episodes=5");
        assertEquals(ExitCode.OK, r.code(), r.err());

        Path cmp = dir.resolve("cmp");
        r = neuroevo("report", es.toString(), ga.toString(), "--out", cmp.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
        java.util.Map<String, byte[]> embedded = figures(Files.readString(cmp.resolve("report.html")));
        assertTrue(embedded.size() >= 7, embedded.keySet().toString());
        try (Stream<Path> files = Files.list(cmp)) {
            assertEquals(embedded.size(), files.filter(p -> p.toString().endsWith(".png")).count());
        }
        for (var e : embedded.entrySet()) {
            // Each embedded image is the PNG beside the page, and has a plot drawn in it.
            assertArrayEquals(Files.readAllBytes(cmp.resolve(e.getKey())), e.getValue(), e.getKey());
            assertTrue(colours(e.getValue()).size() >= 5, e.getKey() + " is nearly blank");
        }
        // Both runs' curves are drawn, each in its colour; ES's own diagnostic only in the first.
        Set<Integer> fitness = colours(embedded.get("fitness-generations.png"));
        assertTrue(fitness.contains(FIRST) && fitness.contains(SECOND), "two runs overlaid");
        Set<Integer> sigma = colours(embedded.get("diagnostic-sigma.png"));
        assertTrue(sigma.contains(FIRST) && !sigma.contains(SECOND), "sigma is ES's alone");
        assertTrue(Files.readString(cmp.resolve("report.html")).contains("cartpole-ga (ga on CartPole-v1)"));
        assertFalse(Files.exists(es.resolve("cmp")));
    }

    @Test
    void aRunWhoseReportFailsWarnsAndFinishes() throws IOException {
        Path out = dir.resolve("blocked");
        // A non-empty directory where report.html goes: the page cannot be written.
        Files.createDirectories(out.resolve("report.html"));
        Files.writeString(out.resolve("report.html/keep"), "x");
        Result r = run("jobs/cartpole-ga.conf", out, "stop.generations=2", "stop.goal=null", "task.episodes=2",
                "strategy.population=16", "checkpoint.every=1");
        assertEquals(ExitCode.OK, r.code(), r.err());
        // Tried at the end (a checkpoint's live report waits 30 s into the run, and this one is over by then).
        long warnings = r.err().lines().filter(l -> l.startsWith("neuroevo: warning: report not written")).count();
        assertEquals(1, warnings, r.err());
        assertTrue(r.out().contains("stopped: generations after 2 generations"), r.out());
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertTrue(Files.exists(out.resolve("best-model.json")));
    }

    @Test
    void badOutputsExitWithTheirCodesAndOneLine() throws IOException {
        Result missing = neuroevo("report", dir.resolve("nowhere").toString());
        assertEquals(ExitCode.STORAGE, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("nowhere"), missing.err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Result notARun = neuroevo("report", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, notARun.code());
        assertTrue(notARun.err().contains("has no metrics.csv"), notARun.err());

        Path garbled = Files.createDirectories(dir.resolve("garbled"));
        Files.writeString(garbled.resolve("metrics.csv"), "generation,best,mean\n0,1.5,oops\n");
        Result bad = neuroevo("report", garbled.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("metrics.csv line 2, column mean: 'oops'"), bad.err());
        try (Stream<Path> files = Files.list(garbled)) {
            assertEquals(1, files.count(), "nothing written on bad input");
        }
        assertEquals(ExitCode.OK, neuroevo("report", "--help").code());
    }

    /** The page's figures: file name to the PNG bytes of its data URI. */
    static java.util.Map<String, byte[]> figures(String html) {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        Matcher m = IMG.matcher(html);
        while (m.find()) {
            out.put(m.group(1), Base64.getDecoder().decode(m.group(2)));
        }
        return out;
    }

    /** The distinct RGB colours of an image. */
    static Set<Integer> colours(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> out = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return out;
    }
}
