package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** --help and --version in a JVM that has the project and picocli but no Spark, no Hadoop, no Scala. */
class HelpWithoutSparkTest {
    private static String run(String... args) throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith("target/classes") || p.contains("picocli"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-cp", classpath, "dev.neuroevo.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", args) + ":\n" + output);
        return output;
    }

    @Test
    void helpListsTheCommands() throws Exception {
        String help = run("--help");
        assertTrue(help.contains("run") && help.contains("check"), help);
        assertTrue(run("run", "--help").contains("--output"));
        assertTrue(help.contains("evaluate") && help.contains("render"), help);
        assertTrue(run("evaluate", "--help").contains("--episodes"));
        assertTrue(run("render", "--help").contains("--out"));
    }

    @Test
    void versionIsTheBuildsVersion() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        String version = pom.replaceAll("(?s).*?<artifactId>neuroevo</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertEquals("neuroevo " + version, run("--version").strip());
    }
}
