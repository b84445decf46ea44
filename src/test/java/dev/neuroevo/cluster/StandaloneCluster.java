package dev.neuroevo.cluster;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster of separate JVMs on 127.0.0.1: one master and N workers, started from
 * the Maven jars. Its SPARK_HOME has {@code jars/} linking the runtime classpath (what bin/neuroevo
 * runs with, target/classpath.txt) and a {@code bin/spark-submit} that does what a distribution's
 * does: spark-launcher builds the java command, then it runs. Workers need SPARK_SCALA_VERSION, or
 * their executors fail with "Cannot find any build directories" and the driver waits for ever.
 */
final class StandaloneCluster implements AutoCloseable {
    final Path dir;
    final Path home;
    final Path appJar;
    final String masterUrl;
    final List<String> jvmFlags;
    private final List<Process> daemons = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path dir, Path home, Path appJar, String masterUrl, List<String> jvmFlags) {
        this.dir = dir;
        this.home = home;
        this.appJar = appJar;
        this.masterUrl = masterUrl;
        this.jvmFlags = jvmFlags;
    }

    /** Starts the master and the workers (each {@code cores} cores, {@code memory} for executors). */
    static StandaloneCluster start(Path dir, int workerCount, int cores, String memory) throws Exception {
        List<String> classpath = runtimeClasspath();
        Path home = sparkHome(dir, classpath);
        Path appJar = JobJar.build(dir.resolve("neuroevo-job.jar"), classpath);

        int port = freePort();
        StandaloneCluster cluster = new StandaloneCluster(dir, home, appJar, "spark://127.0.0.1:" + port, moduleFlags());
        try {
            Path masterLog = dir.resolve("master.log");
            cluster.daemons.add(cluster.daemon(masterLog, "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
            waitFor(masterLog, "I have been elected leader", 1, Duration.ofSeconds(120));
            for (int i = 0; i < workerCount; i++) {
                Path work = dir.resolve("work-" + i);
                Files.createDirectories(work);
                Process worker = cluster.daemon(dir.resolve("worker-" + i + ".log"), "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", memory,
                        "--work-dir", work.toString(), "--webui-port", String.valueOf(freePort()), cluster.masterUrl);
                cluster.daemons.add(worker);
                cluster.workers.add(worker);
            }
            waitFor(masterLog, "Registering worker", workerCount, Duration.ofSeconds(120));
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** What bin/neuroevo runs with: the project's compile-scope and provided jars (target/classpath.txt). */
    static List<String> runtimeClasspath() throws IOException {
        return Arrays.asList(Files.readString(Path.of("target/classpath.txt")).strip().split(":"));
    }

    /** A SPARK_HOME under {@code dir}: {@code jars/} linking {@code classpath}, and a {@code bin/spark-submit}. */
    static Path sparkHome(Path dir, List<String> classpath) throws IOException {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("bin"));
        for (String jar : classpath) {
            Path target = Path.of(jar);
            Files.createSymbolicLink(home.resolve("jars").resolve(target.getFileName()), target);
        }
        Path submit = home.resolve("bin/spark-submit");
        Files.writeString(submit, """
                #!/usr/bin/env bash
                # As a Spark distribution's bin/spark-class: spark-launcher prints its messages, an empty
                # line, then the java command NUL-separated, then this script appends the launcher's code.
                CMD=()
                DELIM=$'\\n'
                STARTED=false
                while IFS= read -d "$DELIM" -r ARG; do
                  if [[ $STARTED == true ]]; then CMD+=("$ARG")
                  elif [[ -z "$ARG" ]]; then DELIM=''; STARTED=true
                  else echo "$ARG"; fi
                done < <(java -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main \
                  org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\\0' $?)
                LAST=$((${#CMD[@]} - 1))
                [[ "${CMD[$LAST]}" == 0 ]] || exit "${CMD[$LAST]}"
                exec "${CMD[@]:0:$LAST}"
                """);
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** The environment every cluster process gets. */
    Map<String, String> environment() {
        return Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_CONF_DIR", dir.resolve("conf").toString());
    }

    private Process daemon(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(environment());
        return pb.start();
    }

    /** Runs this cluster's spark-submit; returns its exit code (output in {@code log}), killed after {@code limit}. */
    int submit(Path log, Duration limit, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/spark-submit").toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(environment());
        return run(pb, limit);
    }

    /** Runs a process of this test to its end, killing its whole tree after {@code limit}. */
    static int run(ProcessBuilder pb, Duration limit) throws Exception {
        Process p = pb.start();
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + limit + ": " + pb.command());
            }
            return p.exitValue();
        } finally {
            kill(p.toHandle());
        }
    }

    /** The executor JVMs the workers have started (their children running CoarseGrainedExecutorBackend). */
    List<ProcessHandle> executors() {
        return workers.stream().flatMap(Process::descendants)
                .filter(h -> h.info().arguments().map(a -> Arrays.asList(a).contains(
                        "org.apache.spark.executor.CoarseGrainedExecutorBackend")).orElse(false))
                .filter(ProcessHandle::isAlive).toList();
    }

    /** Every file under the cluster's directory: daemon logs, work dirs (drivers' and executors' stdout and stderr). */
    List<Path> logFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(home) && !f.equals(appJar))
                    .filter(f -> !f.getFileName().toString().endsWith(".jar")).toList();
        }
    }

    @Override
    public void close() {
        for (Process p : daemons) {
            kill(p.toHandle());
        }
    }

    /** Kills a process and everything it started (executors, drivers), and waits for them. */
    static void kill(ProcessHandle p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p);
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already gone, or the kernel is slow to reap: nothing more to do from here
            }
        }
    }

    /** The JVM options conf/spark-defaults.conf gives Spark's JVMs (Spark's module opens on Java 17). */
    static List<String> moduleFlags() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("conf/spark-defaults.conf"))) {
            p.load(in);
        }
        return List.of(p.getProperty("spark.driver.extraJavaOptions").strip().split("\\s+"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void waitFor(Path log, String text, int times, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && count(new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.ISO_8859_1), text) >= times) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' x" + times + " not in " + log + " after " + limit + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
