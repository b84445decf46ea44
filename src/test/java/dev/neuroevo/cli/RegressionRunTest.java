package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.report.ModelFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs jobs/diabetes-sgd.conf: two files read row for row, MSE and R² reported, a model in target units. */
class RegressionRunTest {

    private static int run(Path dir, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--master", "local[2]", "--output", dir.resolve("out").toString()}, 0, all,
                args.length, 4);
        int code = Main.execute(all, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        try {
            Files.writeString(dir.resolve("err"), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return code;
    }

    /** About 22 s on the shared machine: Spark's start and 50 epochs. */
    @Tag("slow")
    @Test
    void theDiabetesJobReportsMseAndR2AndItsModelPredictsInTheTargetsUnits(@TempDir Path dir) throws IOException {
        int code = run(dir, "run", "jobs/diabetes-sgd.conf", "--set", "stop.generations=50");
        assertEquals(ExitCode.OK, code, Files.readString(dir.resolve("err")));
        JsonNode fin = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile()).get("final_evaluation");
        assertEquals(88, fin.get("test_rows").asInt());
        assertTrue(fin.get("target_data").asText().endsWith("diabetes_target.csv.gz"));
        double r2 = fin.get("test_r2").asDouble();
        assertTrue(r2 > 0.4, "test R² after 50 epochs: " + r2);
        double mse = fin.get("test_mse").asDouble();
        // R² = 1 - MSE / variance of the test targets: the variance is that of diabetes' targets, about 5,900
        double variance = mse / (1 - r2);
        assertTrue(variance > 3000 && variance < 9000, "test target variance " + variance);

        ModelFile model = ModelFile.parse(Files.readString(dir.resolve("out/best-model.json")));
        // the file's first raw row, 59 2 32.1 101 157 93.2 38 4 4.8598 87, progressed to 151
        double p = model.predict(new double[] {59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87});
        assertTrue(p > 25 && p < 346, "prediction in the target's range 25..346: " + p);
    }

    @Test
    void aTargetFileWithAnOfficialSplitIsBadInput(@TempDir Path dir) throws IOException {
        int code = run(dir, "run", "jobs/diabetes-sgd.conf", "--set", "data.split=files", "--set",
                "data.test-path=/tmp/none.csv");
        String err = Files.readString(dir.resolve("err"));
        assertEquals(ExitCode.BAD_INPUT, code, err);
        assertTrue(err.contains("data.target-path") && err.lines().count() == 1, err);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written on bad input");
    }
}
