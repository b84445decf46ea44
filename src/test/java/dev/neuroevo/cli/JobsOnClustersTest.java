package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * jobs/k8s and jobs/airflow cannot run here (no Docker, Kubernetes or Airflow): checked statically against
 * the pom and the command line instead, the DAG compiled and run on a stand-in airflow module.
 */
class JobsOnClustersTest {
    private static String pom(String element) throws IOException {
        Matcher m = Pattern.compile("<" + element + ">([^<]+)</" + element + ">").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), element);
        return m.group(1);
    }

    private static String version() throws IOException {
        return Files.readString(Path.of("pom.xml"))
                .replaceAll("(?s).*?<artifactId>neuroevo</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    }

    /** The arguments as neuroevo's command line reads them: no unknown option, a known subcommand. */
    private static void parsesAsARun(List<String> args) {
        CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
        assertEquals("run", parsed.subcommand().commandSpec().name());
    }

    @Test
    void theSparkApplicationAndTheImageAgreeWithThePomAndTheCli() throws IOException {
        Map<String, Object> app = new Yaml().load(Files.readString(Path.of("jobs/k8s/cartpole-ga.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) app.get("spec");
        assertEquals(SubmitCommand.MAIN_CLASS, spec.get("mainClass"));
        assertEquals(Main.class.getName(), spec.get("mainClass"));
        assertEquals(pom("spark.version"), spec.get("sparkVersion"));
        assertEquals("neuroevo:" + version(), spec.get("image"));
        assertTrue(Files.readString(Path.of("pom.xml")).contains("<outputFile>${project.build.directory}/neuroevo-job.jar</outputFile>"),
                "the build makes the jar the image copies");

        String dockerfile = Files.readString(Path.of("jobs/k8s/Dockerfile"));
        assertTrue(dockerfile.contains("FROM apache/spark:" + pom("spark.version") + "-scala" + pom("scala.binary")
                + "-java" + pom("maven.compiler.release")), dockerfile);
        String jarInImage = ((String) spec.get("mainApplicationFile")).replaceFirst("^local://", "");
        assertTrue(dockerfile.contains("COPY target/neuroevo-job.jar " + jarInImage), jarInImage);

        @SuppressWarnings("unchecked")
        List<String> args = (List<String>) spec.get("arguments");
        parsesAsARun(args);
        String jobInImage = args.get(1);
        assertTrue(dockerfile.contains("COPY jobs/ /opt/neuroevo/jobs/") && jobInImage.startsWith("/opt/neuroevo/jobs/"));
        assertTrue(Files.isRegularFile(Path.of("jobs").resolve(jobInImage.substring("/opt/neuroevo/jobs/".length()))));
    }

    @Test
    void theDagSubmitsTheJobJarOncePerIntervalToItsOwnOutputAndRetries() throws Exception {
        String dag = "jobs/airflow/neuroevo_cartpole.py";
        assertEquals("", python("-m", "py_compile", dag).strip());
        JsonNode recorded = new ObjectMapper().readTree(python("src/test/python/record_dag.py", dag,
                "src/test/python/airflow_standin"));
        assertEquals(1, recorded.get("operators").size());
        JsonNode op = recorded.get("operators").get(0);
        assertEquals(SubmitCommand.MAIN_CLASS, op.get("java_class").asText());
        assertTrue(op.get("application").asText().endsWith("/neuroevo-job.jar"));
        assertTrue(recorded.get("dag").get("default_args").asText().contains("'retries': 3"), recorded.toString());
        assertEquals("1", recorded.get("dag").get("max_active_runs").asText(), "one run per interval at a time");

        List<String> args = new ArrayList<>();
        op.get("application_args").forEach(a -> args.add(a.asText()));
        parsesAsARun(args);
        String output = args.get(args.indexOf("--output") + 1);
        assertTrue(output.contains("{{ ds_nodash }}"), "one output per interval: " + output);
        // Rendered for an interval, the path holds only what Hadoop path names take (no ':' as in {{ ts }}).
        String rendered = output.replace("{{ ds_nodash }}", "20261201").replace("{{ logical_date.strftime('%H%M') }}", "0000");
        assertTrue(rendered.matches("hdfs:///[A-Za-z0-9/_-]+"), rendered);
    }

    private static String python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
