package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run writes its outputs to s3a:// on a real S3-compatible server (S3Proxy on loopback). */
@Tag("slow")
class S3OutputTest {
    @TempDir
    static Path store;

    private static S3Server s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Server.start(store, "bucket");
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void outputsLandOnS3() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "jobs/cartpole-elitist.conf", "--master", "local[2]",
            "--output", "s3a://bucket/runs/cartpole", "--set", "stop.generations=2", "--set", "strategy.population=8",
            "--set", "task.episodes=2"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        Path run = store.resolve("bucket/runs/cartpole");
        for (String name : new String[] {"config.conf", "metrics.csv", "best-model.json", "summary.json",
            "metrics.parquet", "final-returns.csv", "report.html", "fitness-generations.png"}) {
            assertTrue(Files.isRegularFile(run.resolve(name)), name + " in the bucket");
        }
        assertEquals(ExitCode.OK, Main.execute(new String[] {"report", "s3a://bucket/runs/cartpole", "--out",
            "s3a://bucket/runs/report"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(store.resolve("bucket/runs/report/report.html")), "the report command on S3");
        assertEquals(3, Files.readAllLines(run.resolve("metrics.csv")).size());
        assertEquals(2, new ObjectMapper().readTree(run.resolve("summary.json").toFile()).get("generations").asInt());
        try (var files = Files.list(run)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary objects");
        }
    }
}
