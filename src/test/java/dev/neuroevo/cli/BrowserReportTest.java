package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser opens the report of a real run: headless Chromium (Debian's, which
 * bin/install-test-deps installs) dumps the DOM and takes a screenshot. Without Chromium the test
 * fails: it never skips.
 */
@Tag("slow")
class BrowserReportTest {
    private static final Pattern IMG = Pattern.compile("<img [^>]*src=\"([^\"]{0,40})");
    /** The first run's colour (tab10 blue). */
    private static final int FIRST = 0x1f77b4;

    @TempDir
    Path dir;

    @Test
    void chromiumRendersEveryPlot() throws Exception {
        String chromium = chromium();
        Path out = dir.resolve("cartpole-ga");
        ReportCommandTest.Result r = ReportCommandTest.run("jobs/cartpole-ga.conf", out, "stop.generations=4",
                "stop.goal=null", "task.episodes=3", "strategy.population=16", "task.final-episodes=20");
        assertEquals(ExitCode.OK, r.code(), r.err());
        r = ReportCommandTest.neuroevo("report", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<Path> pngs;
        try (Stream<Path> files = Files.list(out)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertTrue(pngs.size() >= 5, pngs.toString());
        for (Path png : pngs) {
            assertTrue(ReportCommandTest.colours(Files.readAllBytes(png)).size() >= 5, png + " is nearly blank");
        }
        String page = out.resolve("report.html").toUri().toString();

        String dom = browse(chromium, "--dump-dom", page);
        Matcher m = IMG.matcher(dom);
        int images = 0;
        while (m.find()) {
            assertTrue(m.group(1).startsWith("data:image/png;base64,"), m.group(1));
            images++;
        }
        assertEquals(pngs.size(), images, "one embedded image per PNG");
        for (Path png : pngs) {
            assertTrue(dom.contains("<figure id=\"" + png.getFileName() + "\">"), png.getFileName() + " not on the page");
        }

        Path shot = dir.resolve("screenshot.png");
        browse(chromium, "--screenshot=" + shot, "--window-size=1000,2400", page);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "a screenshot");
        double sum = 0;
        double squares = 0;
        boolean curve = false;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += luma;
                squares += luma * luma;
                curve |= near(rgb, FIRST);
            }
        }
        double n = (double) image.getWidth() * image.getHeight();
        double variance = squares / n - (sum / n) * (sum / n);
        assertTrue(variance > 100, "the screenshot is nearly blank: luma variance " + variance);
        // The page's own style has no blue: this colour on screen is a plot's curve, drawn by the browser from its data URI.
        assertTrue(curve, "no plot curve on the screenshot");
    }

    /** Chromium from PATH or Debian's path; the test fails without it. */
    static String chromium() {
        for (String dir : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        throw new AssertionError("chromium not found on PATH: bin/install-test-deps installs it (apt-get install chromium)");
    }

    /** Runs headless Chromium with a fresh profile (its last argument the page); returns what it printed on standard output. */
    private String browse(String chromium, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path log = profile.resolve("stderr.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(log));
        return stdout;
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((rgb >> shift & 0xff) - (target >> shift & 0xff)) > 8) {
                return false;
            }
        }
        return true;
    }
}
