package dev.neuroevo.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The job on YARN: an in-process MiniYARNCluster (a ResourceManager and a NodeManager whose
 * containers are separate JVMs), spark-submit with spark-yarn from the Maven jars, in client and in
 * cluster deploy mode (where the driver runs inside the ApplicationMaster, so {@code main} must
 * return rather than exit). Both give the metrics of {@code local[2]}.
 */
@Tag("slow")
class YarnClusterTest {
    @TempDir
    static Path dir;
    static MiniYARNCluster yarn;
    static Path home;
    static Path appJar;
    static Path confDir;

    @BeforeAll
    static void startYarn() throws Exception {
        long t0 = System.nanoTime();
        List<String> classpath = new ArrayList<>(StandaloneCluster.runtimeClasspath());
        classpath.add(Arrays.stream(System.getProperty("java.class.path").split(":"))
                .filter(j -> j.contains("spark-yarn_")).findFirst().orElseThrow(() -> new AssertionError("spark-yarn not on the test classpath")));
        home = StandaloneCluster.sparkHome(dir.resolve("yarn"), classpath);
        appJar = JobJar.build(dir.resolve("neuroevo-job.jar"), classpath);

        YarnConfiguration conf = new YarnConfiguration();
        // One queue takes everything: the capacity scheduler's queues need a capacity-scheduler.xml.
        conf.set(YarnConfiguration.RM_SCHEDULER,
                "org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler");
        conf.setInt(YarnConfiguration.NM_PMEM_MB, 6144);
        conf.setInt(YarnConfiguration.NM_VCORES, 4);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        conf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100f);
        yarn = new MiniYARNCluster("neuroevo", 1, 1, 1);
        yarn.init(conf);
        yarn.start();
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (yarn.getConfig().get(YarnConfiguration.RM_ADDRESS, "").endsWith(":0") && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        confDir = dir.resolve("hadoop-conf");
        Files.createDirectories(confDir);
        try (OutputStream out = Files.newOutputStream(confDir.resolve("yarn-site.xml"))) {
            yarn.getConfig().writeXml(out);
        }
        Files.writeString(confDir.resolve("core-site.xml"), "<configuration/>\n");
        System.out.printf("YarnClusterTest: MiniYARNCluster up at %s in %.1f s%n",
                yarn.getConfig().get(YarnConfiguration.RM_ADDRESS), StandaloneClusterTest.seconds(t0));
    }

    @AfterAll
    static void stopYarn() {
        if (yarn != null) {
            yarn.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"client", "cluster"})
    void yarnGivesTheMetricsOfLocal2(String deployMode) throws Exception {
        int generations = 3;
        Path out = dir.resolve(deployMode);
        Path log = dir.resolve(deployMode + ".log");
        String flags = String.join(" ", StandaloneCluster.moduleFlags());
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/spark-submit").toString(),
                "--master", "yarn", "--deploy-mode", deployMode, "--class", "dev.neuroevo.cli.Main",
                "--driver-memory", "512m", "--executor-memory", "512m", "--num-executors", "2", "--executor-cores", "1",
                "--conf", "spark.yarn.am.memory=512m",
                "--conf", "spark.yarn.jars=local:" + home.resolve("jars") + "/*",
                "--conf", "spark.yarn.appMasterEnv.JAVA_HOME=" + System.getProperty("java.home"),
                "--conf", "spark.executorEnv.JAVA_HOME=" + System.getProperty("java.home"),
                "--conf", "spark.driver.extraJavaOptions=" + flags,
                "--conf", "spark.executor.extraJavaOptions=" + flags,
                "--conf", "spark.yarn.am.extraJavaOptions=" + flags,
                "--conf", "spark.yarn.maxAppAttempts=1",
                appJar.toString(), "run", Path.of(StandaloneClusterTest.JOB).toAbsolutePath().toString(),
                "--output", out.toString(), "--set", "stop.generations=" + generations));
        command.addAll(StandaloneClusterTest.SMALL);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13",
                "SPARK_LOCAL_IP", "127.0.0.1", "HADOOP_CONF_DIR", confDir.toString(),
                "JAVA_HOME", System.getProperty("java.home")));
        long t0 = System.nanoTime();
        int code = StandaloneCluster.run(pb, Duration.ofMinutes(4));
        String console = Files.readString(log);
        System.out.printf("YarnClusterTest: %s mode, %d generations, spark-submit to outputs in %.1f s%n",
                deployMode, generations, StandaloneClusterTest.seconds(t0));
        assertEquals(0, code, console);
        assertTrue(console.contains("final status: SUCCEEDED") || deployMode.equals("client"),
                "YARN reports the application SUCCEEDED:\n" + console);
        assertTrue(Files.exists(out.resolve("summary.json")), console);
        assertEquals(StandaloneClusterTest.local(dir, generations), StandaloneClusterTest.table(out),
                deployMode + " mode on YARN and local[2] differ");
    }
}
