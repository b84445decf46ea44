package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.report.S3Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crashed run resumed bit for bit on a real HDFS (in-process MiniDFSCluster) and a real
 * S3-compatible store (S3Proxy on loopback): the checkpoints, manifest last, live there.
 */
@Tag("slow")
class RemoteResumeTest {
    @TempDir
    static Path base;

    private static MiniDFSCluster hdfs;
    private static S3Server s3;

    @BeforeAll
    static void start() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toAbsolutePath().toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
        // its own bucket: Hadoop caches a FileSystem per bucket, and another test class may have cached one
        s3 = S3Server.start(base.resolve("s3"), "resume");
    }

    @AfterAll
    static void stop() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    /** The run whole on the local file system; on {@code uri}, the same run crashed after a seeded generation and rerun. */
    private static void crashAndRerun(String uri, String job, long seed, String... sets) throws Exception {
        String[] all = ResumeTest.concat(sets, ResumeTest.EVERY_GENERATION);
        String whole = base.resolve("whole-" + seed).toString();
        assertEquals(0, Outputs.run(Outputs.args(job, whole, all)).code());
        Outputs.Result first = Outputs.run(Outputs.args(job, uri, all));
        assertEquals(0, first.code(), first.err());
        int generations = (int) Outputs.read(uri, "metrics.csv").lines().count() - 1;
        Random random = new Random(seed);
        int at = 1 + random.nextInt(generations - 2);
        Outputs.crashAfter(uri, at, random);
        Outputs.Result again = Outputs.run(Outputs.args(job, uri, all));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resumed from generation " + at), again.out());
        Outputs.assertSameResults(whole, uri);
        assertTrue(Outputs.listing(uri).contains("yes (end of run)"));
    }

    @Test
    void esWithObservationStatisticsResumesOnHdfs() throws Exception {
        crashAndRerun("hdfs://localhost:" + hdfs.getNameNodePort() + "/runs/es", "jobs/cartpole-es.conf", 21,
                "stop.goal=null", "stop.generations=6", "strategy.population=10", "task.episodes=2");
    }

    @Test
    void gaResumesOnS3() throws Exception {
        crashAndRerun("s3a://resume/runs/ga", "jobs/cartpole-ga.conf", 22, "stop.goal=null", "stop.generations=6",
                "strategy.population=16", "task.episodes=2");
    }
}
