package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neuroevo.config.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/neuroevo submit: how it splits its arguments, what it ships, what it prints, and bad input. */
class SubmitCommandTest {
    @TempDir
    Path dir;

    private Path jar() throws IOException {
        return Files.writeString(dir.resolve("neuroevo-job.jar"), "not read here");
    }

    @Test
    void optionsBeforeTheJobGoToSparkSubmitAfterItToNeuroevo() throws IOException {
        Files.writeString(dir.resolve("shared.conf"), "task { name = \"CartPole-v1\", episodes = 3 }\n");
        Path job = Files.writeString(dir.resolve("mine.conf"), "include \"shared.conf\"\nstrategy.population = 12\n");
        SubmitCommand submit = new SubmitCommand(List.of("--master", "yarn", "--deploy-mode", "cluster", "--verbose",
                "--conf", "spark.executor.memory=2g", "--files", "extra.txt", job.toString(),
                "--output", "hdfs:///runs/x", "--set", "stop.generations=5"));
        Path out = Files.createDirectory(dir.resolve("out"));
        List<String> command = submit.build("/opt/spark/bin/spark-submit", jar(), Path.of("conf/spark-defaults.conf"), out);

        Path effective = out.resolve("mine.conf");
        String shipped = Files.readString(effective);
        assertFalse(shipped.lines().anyMatch(l -> l.startsWith("include")), "includes resolved:\n" + shipped);
        Settings settings = Settings.load(effective.toFile(), List.of());
        assertEquals(3, settings.integer("task.episodes"));
        assertEquals(12, settings.integer("strategy.population"));
        assertEquals("mine", settings.string("run.name"));

        int files = command.indexOf("--files");
        assertEquals("extra.txt," + effective, command.get(files + 1), "the user's files and the configuration");
        assertEquals(1, command.stream().filter("--files"::equals).count());
        assertTrue(command.contains("--verbose") && command.contains("spark.executor.memory=2g"));
        assertTrue(command.stream().anyMatch(a -> a.startsWith("spark.executor.extraJavaOptions=-XX:+IgnoreUnrecognizedVMOptions")),
                "conf/spark-defaults.conf is passed on: " + command);
        int jarAt = command.indexOf(jar().toString());
        assertEquals(List.of("run", "mine.conf", "--output", "hdfs:///runs/x", "--set", "stop.generations=5"),
                command.subList(jarAt + 1, command.size()), "on YARN in cluster mode the AM finds --files in its directory");
        assertEquals("dev.neuroevo.cli.Main", command.get(command.indexOf("--class") + 1));
    }

    @Test
    void whereTheDriverFindsTheJob() {
        Path effective = Path.of("/tmp/x/job.conf");
        assertEquals("/tmp/x/job.conf", new SubmitCommand(List.of("--master", "yarn", "job.conf")).jobArgument(effective));
        assertEquals("file:///tmp/x/job.conf", new SubmitCommand(List.of("--master", "spark://h:7077", "--deploy-mode",
                "cluster", "job.conf")).jobArgument(effective), "one machine: the local file by URI");
        assertEquals("hdfs://nn/jobs/job.conf", new SubmitCommand(List.of("--master", "spark://h:7077",
                "--deploy-mode=cluster", "hdfs://nn/jobs/job.conf")).jobArgument(effective), "a remote job as given");
    }

    @Test
    void givenSettingsAreNotOverriddenByTheDefaults() throws IOException {
        SubmitCommand submit = new SubmitCommand(List.of("--conf", "spark.executor.extraJavaOptions=-Dmine=1",
                "--driver-java-options", "-Dme=1", "jobs/cartpole-ga.conf"));
        List<String> command = submit.build("spark-submit", jar(), Path.of("conf/spark-defaults.conf"), dir);
        assertEquals(1, command.stream().filter(a -> a.startsWith("spark.executor.extraJavaOptions=")).count(), command.toString());
        assertFalse(command.stream().anyMatch(a -> a.startsWith("spark.driver.extraJavaOptions=")), command.toString());
    }

    @Test
    void badInputExitsTwoInOneLineAndSubmitsNothing() throws IOException {
        Path jar = jar();
        for (List<String> args : List.of(List.of("--master", "yarn"), List.of("--master"),
                List.of("jobs/missing.conf"), List.of("jobs/cartpole-ga.conf", "--master", "yarn"),
                List.of("jobs/cartpole-ga.conf", "--set", "strategy.population=-1"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // spark-submit would be /bin/false: had it run, the code would be 1
            int code = Submit.run(args, Path.of("."), Map.of("SPARK_HOME", "/nonexistent", "NEUROEVO_JOB_JAR", jar.toString()),
                    new PrintStream(out), new PrintStream(err), Redirect.DISCARD);
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(ExitCode.BAD_INPUT, code, args + ": " + message);
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.startsWith("neuroevo: "), message);
            assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing submitted");
        }
    }

    @Test
    void thePrintedCommandHidesSecrets() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Submit.run(List.of("--conf", "spark.hadoop.fs.s3a.secret.key=VERY-SECRET", "jobs/cartpole-ga.conf"),
                Path.of("."), Map.of("SPARK_HOME", "/nonexistent", "NEUROEVO_JOB_JAR", jar().toString()),
                new PrintStream(out), new PrintStream(new ByteArrayOutputStream()), Redirect.DISCARD);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, code, "no spark-submit in /nonexistent");
        assertTrue(printed.contains("fs.s3a.secret.key=*********(redacted)"), printed);
        assertFalse(printed.contains("VERY-SECRET"), printed);
    }
}
