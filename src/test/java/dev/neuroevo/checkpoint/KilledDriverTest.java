package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real driver JVM killed by the operating system: SIGKILL at a seeded checkpoint (whatever it
 * was writing), and SIGTERM, which writes a last checkpoint from Hadoop's shutdown hook. Rerun,
 * each ends as a run that never stopped.
 */
@Tag("slow")
class KilledDriverTest {
    private static final String JOB = "jobs/cartpole-es.conf";
    private static final String[] SETS = {"stop.goal=null", "stop.generations=40", "strategy.population=20",
        "task.episodes=3"};

    @TempDir
    Path dir;

    private static Process start(Path out, Path log, String... sets) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+IgnoreUnrecognizedVMOptions"));
        for (String p : new String[] {"java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
            "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
            "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar"}) {
            cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
        }
        cmd.addAll(List.of("-Djdk.reflect.useDirectMethodHandle=false",
                "-Dlog4j2.configurationFile=" + new File("conf/log4j2.properties").getAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "dev.neuroevo.cli.Main"));
        cmd.addAll(List.of(Outputs.args(JOB, out.toString(), ResumeTest.concat(SETS, sets))));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static long manifests(Path out) throws Exception {
        Path cps = out.resolve("checkpoints");
        if (!Files.isDirectory(cps)) {
            return 0;
        }
        // The driver writes and prunes while this looks: list names only (a walk stats each entry, and
        // fails on a temporary file renamed in between), then ask for each manifest.
        try (Stream<Path> s = Files.list(cps)) {
            return s.filter(dir -> Files.exists(dir.resolve("manifest.json"))).count();
        }
    }

    @Test
    void sigkillAtASeededCheckpointThenRerun() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Outputs.run(Outputs.args(JOB, whole.toString(), SETS)).code());
        Path out = dir.resolve("killed");
        int target = 2 + new Random(11).nextInt(4);
        Process p = start(out, dir.resolve("killed.log"), "checkpoint.every=1", "checkpoint.keep=" + (target + 50));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (manifests(out) < target && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the run was still going: " + Files.readString(dir.resolve("killed.log")));
        p.destroyForcibly(); // SIGKILL
        assertEquals(137, p.waitFor());
        assertTrue(Files.notExists(out.resolve("summary.json")));
        Outputs.Result again = Outputs.run(Outputs.args(JOB, out.toString(), SETS));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resumed from generation"), again.out());
        Outputs.assertSameResults(whole.toString(), out.toString());
    }

    @Test
    void sigtermWritesTheLastFinishedGenerationThenRerun() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, Outputs.run(Outputs.args(JOB, whole.toString(), SETS)).code());
        Path out = dir.resolve("terminated");
        Path log = dir.resolve("terminated.log");
        // no periodic checkpoint: the only one is SIGTERM's
        Process p = start(out, log, "checkpoint.every=0", "checkpoint.interval=100000");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (p.isAlive() && System.nanoTime() < deadline && !Files.readString(log).contains("gen    4 ")) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), Files.readString(log));
        p.destroy(); // SIGTERM
        assertEquals(143, p.waitFor());
        String printed = Files.readString(log);
        assertTrue(printed.contains("terminated; checkpoint of generation"), printed);
        assertTrue(manifests(out) == 1, "one checkpoint, written on SIGTERM");
        Outputs.Result again = Outputs.run(Outputs.args(JOB, out.toString(), SETS));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resumed from generation"), again.out());
        Outputs.assertSameResults(whole.toString(), out.toString());
    }
}
