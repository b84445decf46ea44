package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
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
    private static final Map<String, String> S3A = Map.of(
            "spark.hadoop.fs.s3a.access.key", "test",
            "spark.hadoop.fs.s3a.secret.key", "test",
            "spark.hadoop.fs.s3a.path.style.access", "true",
            "spark.hadoop.fs.s3a.connection.ssl.enabled", "false",
            "spark.hadoop.fs.s3a.endpoint.region", "us-east-1",
            "spark.hadoop.fs.s3a.change.detection.mode", "none");

    @TempDir
    static Path base;

    private static MiniDFSCluster hdfs;
    private static S3Proxy s3;

    @BeforeAll
    static void start() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toAbsolutePath().toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", base.resolve("s3").toString());
        // its own bucket: Hadoop caches a FileSystem per bucket, and another test class may have cached one
        Files.createDirectories(base.resolve("s3/resume"));
        s3 = S3Proxy.builder().blobStore(BlobStores.create("filesystem", p))
                .endpoint(URI.create("http://127.0.0.1:0")).awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        S3A.forEach(System::setProperty);
        System.setProperty("spark.hadoop.fs.s3a.endpoint", "http://127.0.0.1:" + s3.getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        S3A.keySet().forEach(System::clearProperty);
        System.clearProperty("spark.hadoop.fs.s3a.endpoint");
        if (s3 != null) {
            s3.stop();
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
