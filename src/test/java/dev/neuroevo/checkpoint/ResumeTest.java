package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.strategy.pbt.PbtRunTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run killed at a seeded point (after a checkpoint, with the next one partly written and
 * metrics rows past it) and rerun ends with the same results as a run that never stopped, for
 * every strategy, on the local file system.
 */
class ResumeTest {
    static final String[] EVERY_GENERATION = {"checkpoint.every=1", "checkpoint.keep=1000"};

    @TempDir
    Path dir;

    /** Runs {@code job} whole, crashes a copy of its output after a seeded generation, reruns it. */
    static void killAndRerun(Path dir, String job, long seed, String... sets) throws Exception {
        String[] all = concat(sets, EVERY_GENERATION);
        String whole = dir.resolve("whole").toString();
        Outputs.Result r = Outputs.run(Outputs.args(job, whole, all));
        assertEquals(0, r.code(), r.err());
        int generations = (int) Files.readAllLines(dir.resolve("whole/metrics.csv")).size() - 1;
        assertTrue(generations >= 3, "the run is long enough to crash in: " + generations);
        Random random = new Random(seed);
        int at = 1 + random.nextInt(generations - 2);
        FileUtils.copyDirectory(dir.resolve("whole").toFile(), dir.resolve("crashed").toFile());
        String crashed = dir.resolve("crashed").toString();
        Outputs.crashAfter(crashed, at, random);
        Outputs.Result again = Outputs.run(Outputs.args(job, crashed, all));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resumed from generation " + at), again.out());
        Outputs.assertSameResults(whole, crashed);
        assertTrue(Outputs.read(crashed, "summary.json").contains("\"attempts\" : 2"));
        assertTrue(Files.notExists(dir.resolve("crashed/lease.json")), "the lease is given up at the end");
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void gaResumesBitForBit() throws Exception {
        killAndRerun(dir, "jobs/cartpole-ga.conf", 1, "stop.goal=null", "stop.generations=8",
                "strategy.population=16", "task.episodes=2");
    }

    /**
     * The re-selected best (every second generation here, ES with normalised inputs, so that each
     * candidate keeps its own normaliser) comes back from the checkpoint bit for bit, with the
     * confirmation it carries (a goal every score reaches and no streak ends: every re-selection is confirmed).
     */
    @Test
    void reselectedBestResumesBitForBit() throws Exception {
        killAndRerun(dir, "jobs/cartpole-es.conf", 7, "stop.generations=8", "strategy.population=10",
                "task.episodes=2", "task.normalize-observations=on", "reselect.every=2", "reselect.episodes=3",
                "stop.goal=-1e9", "stop.goal-generations=1000", "reselect.confirm-episodes=2");
        String summary = Outputs.read(dir.resolve("crashed").toString(), "summary.json");
        assertTrue(summary.matches("(?s).*\"reselected\" : \\{\\s*\"score\" : -?[0-9].*"), summary);
    }

    /** PBT's members come back from the files its executors wrote, on another partition count. */
    @Test
    void pbtResumesBitForBitFromTheMembersItsExecutorsWrote() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        String job = PbtRunTest.job(dir.resolve("data")).toString();
        killAndRerun(dir, job, 6, "pbt.checkpoint-rounds=1");
    }

    /**
     * With members written every third round, checkpoints are taken only after those rounds (and
     * the last): a run killed after round 7 resumes from round 6 and recomputes round 7, here with
     * members written every second round instead.
     */
    @Test
    void pbtCheckpointsOnlyWhereItsMembersWereWritten() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        String job = PbtRunTest.job(dir.resolve("data")).toString();
        String whole = dir.resolve("whole").toString();
        Outputs.Result r = Outputs.run(Outputs.args(job, whole, concat(new String[] {"pbt.checkpoint-rounds=3"},
                EVERY_GENERATION)));
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(8, 6, 3), Outputs.listing(whole).lines().skip(1)
                .map(l -> Integer.parseInt(l.trim().split("\\s+")[0])).toList(), Outputs.listing(whole));
        FileUtils.copyDirectory(dir.resolve("whole").toFile(), dir.resolve("crashed").toFile());
        String crashed = dir.resolve("crashed").toString();
        Outputs.crashAfter(crashed, 7, new Random(7));
        // members read back from a snapshot are the same bits, so the snapshots' spacing may change on resume
        Outputs.Result again = Outputs.run(Outputs.args(job, crashed, "pbt.checkpoint-rounds=2",
                "checkpoint.every=1", "checkpoint.keep=1000", "run.partitions=3"));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resumed from generation 6"), again.out());
        Outputs.assertSameResults(whole, crashed);
        assertEquals(Outputs.read(whole, "pbt-lineage.csv"), Outputs.read(crashed, "pbt-lineage.csv"));
    }

    @Tag("slow")
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jobs/cartpole-elitist.conf | 2 | stop.goal=null;stop.generations=8;strategy.population=16;task.episodes=2",
        "jobs/cartpole-es.conf | 3 | stop.goal=null;stop.generations=8;strategy.population=10;task.episodes=2;"
            + "task.normalize-observations=on",
        "jobs/sphere-cmaes.conf | 4 | task.name=rastrigin;function.dimension=4;cmaes.sigma0=2;cmaes.ipop-restarts=2;"
            + "cmaes.tolfun=1e-1;cmaes.x0=[3.0];stop.generations=60;stop.goal=null",
        "jobs/sphere-cmaes.conf | 5 | strategy.name=sep-cmaes;function.dimension=5;stop.generations=12;stop.goal=null"
    })
    void everyStrategyResumesBitForBit(String job, long seed, String sets) throws Exception {
        killAndRerun(dir, job, seed, sets.split(";"));
    }
}
