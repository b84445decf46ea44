package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads a csv data set with Spark, trains on it and reports test accuracy. */
class ClassificationRunTest {

    @Test
    void runsAClassificationJobEndToEnd(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("x,y,class\n");
        for (int i = 0; i < 200; i++) {
            double x = (i * 37 % 101) / 50.0 - 1;
            double y = (i * 59 % 103) / 51.0 - 1;
            csv.append(x).append(',').append(y).append(',').append(x > y ? "above" : "below").append('\n');
        }
        Files.writeString(dir.resolve("points.csv"), csv);
        Path job = dir.resolve("points.conf");
        Files.writeString(job, String.join("\n",
                "task.name = \"classification\"",
                "data { path = \"" + dir.resolve("points.csv").toUri() + "\", csv-header = true, label-column = \"class\"",
                "       batch-size = 64, target-accuracy = 0.8 }",
                "network.hidden = [4]",
                "strategy { name = \"ga\", population = 16 }",
                "stop.generations = 15", ""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", job.toString(), "--master", "local[2]",
                "--output", dir.resolve("out").toString()}, new PrintStream(out), new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        String summary = Files.readString(dir.resolve("out/summary.json"));
        assertTrue(summary.contains("\"task\" : \"classification\""), summary);
        assertTrue(summary.contains("\"network\" : \"2-4-2"), summary);
        assertTrue(summary.contains("\"test_rows\" : 40"), summary);
        assertTrue(summary.contains("\"solved\" : true"), summary);
        // The test split's confusion matrix: every test row counted once, its diagonal the reported accuracy.
        List<String> confusion = Files.readAllLines(dir.resolve("out/confusion.csv"));
        assertEquals("true\\predicted,above,below", confusion.get(0));
        long rows = 0;
        long correct = 0;
        for (int t = 1; t < confusion.size(); t++) {
            String[] cells = confusion.get(t).split(",");
            for (int p = 1; p < cells.length; p++) {
                rows += Long.parseLong(cells[p]);
                correct += t == p ? Long.parseLong(cells[p]) : 0;
            }
        }
        assertEquals(40, rows);
        double accuracy = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary)
                .get("final_evaluation").get("test_accuracy").asDouble();
        assertEquals(accuracy, correct / 40.0, 1e-12);
        String page = Files.readString(dir.resolve("out/report.html"));
        assertTrue(page.contains("id=\"confusion.png\"") && page.contains("id=\"class-accuracy.png\""), page);
        assertFalse(page.contains("id=\"final-returns.png\""), "a classifier has no episode returns");
    }

    @Test
    void aClassificationJobWithoutDataIsBadInput(@TempDir Path dir) throws IOException {
        Path job = dir.resolve("nodata.conf");
        Files.writeString(job, "task.name = \"classification\"\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", job.toString(), "--master", "local[1]",
                "--output", dir.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("data.path"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("out")), "nothing written on bad input");
    }
}
