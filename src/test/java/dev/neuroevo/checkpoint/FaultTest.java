package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neuroevo.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults injected into a run's output, each with the outcome the README promises. */
class FaultTest {
    private static final String JOB = "jobs/cartpole-ga.conf";
    private static final String[] SMALL = {"stop.goal=null", "strategy.population=16", "task.episodes=2",
        "checkpoint.every=2", "checkpoint.keep=3"};

    @TempDir
    static Path base;

    @TempDir
    Path dir;

    private static Path whole;

    @BeforeAll
    static void runWhole() {
        whole = base.resolve("whole");
        Outputs.Result r = Outputs.run(Outputs.args(JOB, whole.toString(), with("stop.generations=6")));
        assertEquals(0, r.code(), r.err());
    }

    private static String[] with(String... more) {
        return ResumeTest.concat(SMALL, more);
    }

    /** A copy of the finished 6-generation run, continued to 6 again after damaging checkpoint 6. */
    private Outputs.Result damageNewestAndRerun(String what, java.util.function.Consumer<Path> damage) throws Exception {
        Path out = dir.resolve(what);
        FileUtils.copyDirectory(whole.toFile(), out.toFile());
        Files.delete(out.resolve("summary.json"));
        damage.accept(out.resolve("checkpoints/00000006"));
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=6")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("checkpoints/00000006") && r.err().contains("warning"), what + ": " + r.err());
        assertTrue(r.out().contains("resumed from generation 4"), r.out());
        Outputs.assertSameResults(whole.toString(), out.toString());
        return r;
    }

    @Test
    void aCorruptNewestCheckpointIsSkippedForThePreviousOne() throws Exception {
        Outputs.Result r = damageNewestAndRerun("corrupt", d -> {
            try {
                Path f = d.resolve("state.bestWeights.f64");
                byte[] b = Files.readAllBytes(f);
                b[3] ^= 1;
                Files.write(f, b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(r.err().contains("SHA-256"), r.err());
    }

    @Test
    void aTruncatedNewestCheckpointIsSkippedForThePreviousOne() throws Exception {
        Outputs.Result r = damageNewestAndRerun("truncated", d -> {
            try {
                Path f = d.resolve("metrics.csv");
                Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 10));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(r.err().contains("bytes"), r.err());
    }

    @Test
    void aNewestCheckpointWithoutManifestIsSkippedForThePreviousOne() throws Exception {
        Outputs.Result r = damageNewestAndRerun("no-manifest", d -> d.resolve("manifest.json").toFile().delete());
        assertTrue(r.err().contains("no manifest"), r.err());
    }

    @Test
    void aCheckpointOfAnotherFormatVersionIsBadInput() throws Exception {
        Path out = dir.resolve("version");
        FileUtils.copyDirectory(whole.toFile(), out.toFile());
        Path manifest = out.resolve("checkpoints/00000006/manifest.json");
        ObjectNode m = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        m.put("version", 2);
        Files.writeString(manifest, m.toPrettyString());
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=6")));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("format version 2") && r.err().contains("00000006"), r.err());
    }

    @Test
    void aFinishedRunIsLeftAsItIs() throws Exception {
        Path out = dir.resolve("finished");
        FileUtils.copyDirectory(whole.toFile(), out.toFile(), true);
        List<String> before = snapshot(out);
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=6")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("nothing to do"), r.out());
        assertEquals(before, snapshot(out));
    }

    @Test
    void aLargerBudgetContinuesAFinishedRunAsIfItHadBeenGivenFromTheStart() throws Exception {
        Path out = dir.resolve("longer");
        FileUtils.copyDirectory(whole.toFile(), out.toFile());
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=9")));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resumed from generation 6"), r.out());
        Path direct = dir.resolve("direct");
        assertEquals(0, Outputs.run(Outputs.args(JOB, direct.toString(), with("stop.generations=9"))).code());
        Outputs.assertSameResults(direct.toString(), out.toString());
    }

    @Test
    void anotherSettingIsRefusedUnlessRestarted() throws Exception {
        Path out = dir.resolve("changed");
        FileUtils.copyDirectory(whole.toFile(), out.toFile());
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=6",
                "mutation.sigma=0.3")));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().strip().lines().count() == 1 && r.err().contains("'mutation.sigma'"), r.err());
        // settings that may differ: partitions and checkpointing
        Outputs.Result partitions = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=6",
                "run.partitions=3", "checkpoint.keep=1")));
        assertEquals(0, partitions.code(), partitions.err());
        List<String> args = new java.util.ArrayList<>(List.of(Outputs.args(JOB, out.toString(),
                with("stop.generations=6", "mutation.sigma=0.3"))));
        args.add("--restart");
        Outputs.Result restarted = Outputs.run(args.toArray(String[]::new));
        assertEquals(0, restarted.code(), restarted.err());
        assertTrue(!restarted.out().contains("resumed"), restarted.out());
        assertTrue(Files.readString(out.resolve("config.conf")).contains("mutation.sigma = 0.3"));
    }

    @Test
    void aLiveLeaseRefusesASecondWriterAndAStaleOneIsTakenOver() throws Exception {
        Path out = dir.resolve("leased");
        FileUtils.copyDirectory(whole.toFile(), out.toFile());
        String host = java.net.InetAddress.getLocalHost().getHostName();
        long me = ProcessHandle.current().pid();
        Files.writeString(out.resolve("lease.json"), "{\"host\":\"" + host + "\",\"pid\":" + me
                + ",\"token\":\"x\",\"heartbeat_ms\":" + System.currentTimeMillis() + "}");
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=7")));
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("in use by pid " + me), r.err());
        // the same lease, not renewed for longer than checkpoint.lease
        Outputs.Result later = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=7",
                "checkpoint.lease=0.001")));
        assertEquals(0, later.code(), later.err());
        assertTrue(later.out().contains("resumed from generation 6"), later.out());
    }

    @Test
    void anUnwritableOutputFailsBeforeTheFirstGeneration() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        long t0 = System.nanoTime();
        Outputs.Result r = Outputs.run(Outputs.args(JOB, file.resolve("out").toString(), with("stop.generations=2")));
        assertEquals(ExitCode.STORAGE, r.code(), r.err());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertTrue(!r.out().contains("gen "), "no generation ran: " + r.out());
        assertTrue((System.nanoTime() - t0) / 1e9 < 60, "fails in seconds");
    }

    @Test
    void aCheckpointThatCannotBeWrittenMidRunIsAStorageError() throws Exception {
        Path out = dir.resolve("blocked");
        Files.createDirectories(out);
        Files.writeString(out.resolve("checkpoints"), "a file where the checkpoints go");
        Outputs.Result r = Outputs.run(Outputs.args(JOB, out.toString(), with("stop.generations=4")));
        assertEquals(ExitCode.STORAGE, r.code(), r.err());
        assertTrue(r.out().contains("gen "), "it failed mid-run: " + r.out());
    }

    @Test
    void arraysAreRawLittleEndianFloat64AndTheListingShowsEveryCheckpoint() throws Exception {
        String listing = Outputs.listing(whole.toString());
        assertTrue(listing.contains("yes (end of run)") && listing.lines().filter(l -> l.contains(" yes")).count() == 3,
                listing);
        Path f = whole.resolve("checkpoints/00000006/goal-fitness.f64");
        double[] goals = CheckpointFormat.float64(Files.readAllBytes(f));
        List<String> csv = Files.readAllLines(whole.resolve("metrics.csv"));
        assertTrue(csv.get(0).endsWith(",confirmed,confirmed_se"), csv.get(0));
        // with re-selection the goal sees a generation's confirmation, and nothing where there was none
        double[] confirmed = csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[l.split(",").length - 2]))
                .map(c -> Double.isNaN(c) ? Double.NEGATIVE_INFINITY : c).toArray();
        assertArrayEquals(confirmed, goals, 0, "the goal fitness is each generation's confirmation");
        java.nio.ByteBuffer le = java.nio.ByteBuffer.wrap(Files.readAllBytes(f)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(Double.doubleToRawLongBits(confirmed[0]), le.getLong(0));
    }

    private static List<String> snapshot(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return out.relativize(p) + " " + Files.getLastModifiedTime(p) + " "
                            + CheckpointStore.sha256(Files.readAllBytes(p));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }
}
