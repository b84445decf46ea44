package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
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

    private static S3Proxy proxy;

    private static final Map<String, String> S3A = Map.of(
            "spark.hadoop.fs.s3a.access.key", "test",
            "spark.hadoop.fs.s3a.secret.key", "test",
            "spark.hadoop.fs.s3a.path.style.access", "true",
            "spark.hadoop.fs.s3a.connection.ssl.enabled", "false",
            "spark.hadoop.fs.s3a.endpoint.region", "us-east-1",
            "spark.hadoop.fs.s3a.change.detection.mode", "none");

    @BeforeAll
    static void startS3() throws Exception {
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", store.toString());
        Files.createDirectories(store.resolve("bucket"));
        proxy = S3Proxy.builder().blobStore(BlobStores.create("filesystem", p))
                .endpoint(URI.create("http://127.0.0.1:0")).awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        S3A.forEach(System::setProperty);
        System.setProperty("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:" + proxy.getPort());
    }

    @AfterAll
    static void stopS3() throws Exception {
        S3A.keySet().forEach(System::clearProperty);
        System.clearProperty("spark.hadoop.fs.s3a.endpoint");
        if (proxy != null) {
            proxy.stop();
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
