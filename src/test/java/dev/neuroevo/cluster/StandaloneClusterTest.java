package dev.neuroevo.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job on a real standalone cluster: a master and two workers, each a JVM of its own, jobs submitted
 * through spark-submit in client and in cluster deploy mode, give the metrics of local[2]; so does a run
 * that loses an executor JVM half-way. Small on purpose (population 16, 3 episodes): the point is the
 * processes, not the learning, on a 2-core machine that others share.
 */
@Tag("slow")
class StandaloneClusterTest {
    static final String JOB = "jobs/cartpole-ga.conf";
    static final List<String> SMALL = List.of("--set", "strategy.population=16", "--set", "task.episodes=3",
            "--set", "stop.goal=null", "--set", "run.seed=5");

    @TempDir
    static Path dir;
    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        long t0 = System.nanoTime();
        // Two workers of 2 cores: in cluster mode one core runs the driver, and each worker still has one for an executor.
        cluster = StandaloneCluster.start(dir.resolve("cluster"), 2, 2, "1500m");
        System.out.printf("StandaloneClusterTest: master and 2 workers up in %.1f s%n", seconds(t0));
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void clientModeGivesTheMetricsOfLocal2() throws Exception {
        assertSameRun("client", 3);
    }

    @Test
    void clusterModeGivesTheMetricsOfLocal2() throws Exception {
        assertSameRun("cluster", 3);
    }

    @Test
    void aKilledExecutorLeavesTheResultUnchanged() throws Exception {
        int generations = 40;
        Path out = dir.resolve("killed");
        Path log = dir.resolve("killed.log");
        long t0 = System.nanoTime();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return cluster.submit(log, Duration.ofMinutes(4), submitArgs("client", out, generations));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        StandaloneCluster.waitFor(log, "gen    5 ", 1, Duration.ofMinutes(2));
        List<ProcessHandle> executors = cluster.executors();
        assertEquals(2, executors.size(), "one executor per worker");
        ProcessHandle victim = executors.get(0);
        victim.destroyForcibly(); // SIGKILL: no goodbye to the driver
        victim.onExit().get();
        String atKill = Files.readString(log).lines().filter(l -> l.startsWith("gen ")).reduce((a, b) -> b).orElse("");
        int code = run.get();
        String console = Files.readString(log);
        System.out.printf("StandaloneClusterTest: run with a killed executor (%d generations, killed after '%s') took %.1f s%n",
                generations, atKill.strip().replaceAll("\\s+", " "), seconds(t0));
        assertEquals(0, code, console);
        assertTrue(console.lines().anyMatch(l -> l.startsWith("gen   39 ")), "the run went on to its end:\n" + console);
        assertFalse(atKill.startsWith("gen   39 "), "the executor died before the run ended: " + atKill);
        assertTrue(console.contains("Lost executor") || console.contains("lost executor")
                || console.contains("ExecutorLost") || console.contains("exited"),
                "the driver saw its executor go:\n" + console);
        assertEquals(local(dir, generations), table(out), "a lost executor changes nothing");
    }

    /** In cluster deploy mode the driver runs on a worker: its logs there must hold no secret either. */
    @ParameterizedTest
    @ValueSource(strings = {"client", "cluster"})
    void submitShipsTheEffectiveConfigurationAndNoSecretReachesALogOrAnOutput(String deployMode) throws Exception {
        Path out = dir.resolve("submitted-" + deployMode);
        Path log = dir.resolve("submitted-" + deployMode + ".log");
        String secret = "S3CR3T-" + System.nanoTime();
        String token = "T0K3N-" + System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl, "--deploy-mode", deployMode,
                "--driver-memory", "512m", "--executor-memory", "512m", "--total-executor-cores", "2",
                "--conf", "spark.standalone.submit.waitAppCompletion=true",
                "--conf", "spark.hadoop.fs.s3a.secret.key=" + secret,
                "--driver-java-options", "-Dspark.hadoop.fs.s3a.session.token=" + token,
                "--conf", "spark.logConf=true", // Spark logs its whole configuration as the context starts
                Path.of(JOB).toAbsolutePath().toString(), "--output", out.toString(), "--set", "stop.generations=2"));
        args.addAll(SMALL);
        java.util.Map<String, String> env = new java.util.HashMap<>(cluster.environment());
        env.put("NEUROEVO_JOB_JAR", cluster.appJar.toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int code = dev.neuroevo.cli.SubmitRunner.run(args, env, new PrintStream(printed), new PrintStream(err), log);
        System.out.printf("StandaloneClusterTest: bin/neuroevo submit (%s mode, 2 generations) took %.1f s%n", deployMode,
                seconds(t0));
        String command = printed.toString(StandardCharsets.UTF_8);
        String console = Files.readString(log);
        assertEquals(0, code, command + err.toString(StandardCharsets.UTF_8) + console);
        assertTrue(command.contains("spark.hadoop.fs.s3a.secret.key=*********(redacted)"), command);
        assertTrue(Files.exists(out.resolve("summary.json")), console);
        List<Path> everything = new ArrayList<>(cluster.logFiles());
        try (Stream<Path> outputs = files(out)) {
            everything.addAll(outputs.toList());
        }
        everything.add(log);
        boolean logged = false;
        for (Path f : everything) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(secret) || text.contains(token), "a secret in " + f);
            logged |= text.contains("spark.hadoop.fs.s3a.secret.key");
        }
        assertTrue(logged, "the driver logged its configuration (redacted) somewhere we read");
        assertFalse(command.contains(secret) || command.contains(token), command);
        assertTrue(everything.size() > 8, "logs of the master, workers, executors and driver: " + everything);
    }

    private static void assertSameRun(String deployMode, int generations) throws Exception {
        Path out = dir.resolve(deployMode);
        Path log = dir.resolve(deployMode + ".log");
        long t0 = System.nanoTime();
        int code = cluster.submit(log, Duration.ofMinutes(4), submitArgs(deployMode, out, generations));
        System.out.printf("StandaloneClusterTest: %s mode, %d generations, spark-submit to outputs in %.1f s%n",
                deployMode, generations, seconds(t0));
        assertEquals(0, code, Files.readString(log));
        assertTrue(Files.exists(out.resolve("summary.json")), "outputs written by the driver:\n" + Files.readString(log)
                + driverLogs());
        assertEquals(local(dir, generations), table(out), deployMode + " mode and local[2] differ");
    }

    static List<String> submitArgs(String deployMode, Path out, int generations) {
        List<String> args = new ArrayList<>(List.of("--master", cluster.masterUrl, "--deploy-mode", deployMode,
                "--class", "dev.neuroevo.cli.Main", "--driver-memory", "512m", "--executor-memory", "512m",
                "--executor-cores", "1", "--total-executor-cores", "2",
                "--conf", "spark.driver.extraJavaOptions=" + String.join(" ", cluster.jvmFlags),
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", cluster.jvmFlags),
                "--conf", "spark.standalone.submit.waitAppCompletion=true",
                cluster.appJar.toString(), "run", Path.of(JOB).toAbsolutePath().toString(),
                "--output", out.toString(), "--set", "stop.generations=" + generations));
        args.addAll(SMALL);
        return args;
    }

    /** The same job on local[2] in this JVM, once per generation count. */
    static List<String> local(Path base, int generations) throws IOException {
        Path out = base.resolve("local-" + generations);
        if (!Files.exists(out.resolve("metrics.csv"))) {
            List<String> args = new ArrayList<>(List.of("run", JOB, "--master", "local[2]", "--output", out.toString(),
                    "--set", "stop.generations=" + generations));
            args.addAll(SMALL);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.execute(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()),
                    new PrintStream(err));
            assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        }
        return table(out);
    }

    /** metrics.csv without its wall-clock column, and the summary's scores: what must not depend on the cluster. */
    static List<String> table(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("metrics.csv"));
        int seconds = Arrays.asList(lines.get(0).split(",")).indexOf("seconds");
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            cells.remove(seconds);
            rows.add(String.join(",", cells));
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        rows.add("best_fitness " + summary.get("best_fitness").asText());
        rows.add("final " + summary.get("final_evaluation").toString());
        rows.add("evaluations " + summary.get("evaluations").asText() + ", env_steps " + summary.get("env_steps").asText());
        return rows;
    }

    static String driverLogs() throws IOException {
        return cluster.logFiles().stream().filter(f -> f.toString().contains("driver-"))
                .map(f -> {
                    try {
                        return "\n--- " + f + "\n" + Files.readString(f);
                    } catch (IOException e) {
                        return "\n--- " + f + ": " + e;
                    }
                }).collect(Collectors.joining());
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static Stream<Path> files(Path root) throws IOException {
        return Files.walk(root).filter(Files::isRegularFile);
    }
}
