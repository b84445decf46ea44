package dev.neuroevo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run reads its job file from and writes its outputs to a real HDFS (an in-process MiniDFSCluster). */
@Tag("slow")
class HdfsOutputTest {
    @TempDir
    static java.nio.file.Path base;

    private static MiniDFSCluster cluster;

    @BeforeAll
    static void startHdfs() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toAbsolutePath().toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
    }

    @AfterAll
    static void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void outputsLandOnHdfs() throws Exception {
        String uri = "hdfs://localhost:" + cluster.getNameNodePort() + "/runs/cartpole";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "jobs/cartpole-elitist.conf", "--master", "local[2]",
            "--output", uri, "--set", "stop.generations=2", "--set", "strategy.population=8",
            "--set", "task.episodes=2"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        FileSystem fs = cluster.getFileSystem();
        for (String name : new String[] {"config.conf", "metrics.csv", "best-model.json", "summary.json"}) {
            assertTrue(fs.exists(new Path("/runs/cartpole/" + name)), name + " on HDFS");
        }
        try (var in = fs.open(new Path("/runs/cartpole/metrics.csv"))) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, csv.lines().count());
        }
        // config, metrics (csv, parquet), model, summary, final returns, the report and its nine plots (four
        // for re-selection's and confirmation's scores and standard errors), the checkpoints directory; the
        // lease is given up
        assertEquals(17, fs.listStatus(new Path("/runs/cartpole")).length, "no temporary files left");

        // The report command reads the output from HDFS and writes the page beside another run's.
        fs.delete(new Path("/runs/cartpole/report.html"), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        code = Main.execute(new String[] {"report", uri, "--out", uri + "-report"}, new PrintStream(out),
                new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(fs.exists(new Path("/runs/cartpole-report/report.html")), out.toString(StandardCharsets.UTF_8));
        assertTrue(fs.exists(new Path("/runs/cartpole-report/fitness-generations.png")));
    }

    /** In cluster deploy mode the driver reads the job file from shared storage: here, HDFS. */
    @Test
    void jobFileIsReadFromHdfs() throws Exception {
        FileSystem fs = cluster.getFileSystem();
        String job = java.nio.file.Files.readString(java.nio.file.Path.of("jobs/cartpole-elitist.conf"))
                + "\nstop.generations = 3\nstrategy.population = 6\ntask.episodes = 1\n";
        try (var out = fs.create(new Path("/jobs/remote-cartpole.conf"))) {
            out.write(job.getBytes(StandardCharsets.UTF_8));
        }
        String hdfs = "hdfs://localhost:" + cluster.getNameNodePort();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", hdfs + "/jobs/remote-cartpole.conf", "--master", "local[1]",
            "--output", hdfs + "/runs/remote"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        try (var in = fs.open(new Path("/runs/remote/metrics.csv"))) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(4, csv.lines().count(), "the remote file's stop.generations = 3 applied: " + csv);
        }
        try (var in = fs.open(new Path("/runs/remote/config.conf"))) {
            String conf = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(conf.contains("population = 6") || conf.contains("population=6"), conf);
        }

        ByteArrayOutputStream missingErr = new ByteArrayOutputStream();
        int missing = Main.execute(new String[] {"check", hdfs + "/jobs/absent.conf"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(missingErr));
        assertEquals(ExitCode.BAD_INPUT, missing);
        String message = missingErr.toString(StandardCharsets.UTF_8).strip();
        assertTrue(message.contains("/jobs/absent.conf") && message.lines().count() == 1, message);
    }
}
