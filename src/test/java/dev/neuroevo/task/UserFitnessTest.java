package dev.neuroevo.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neuroevo.cli.ExitCode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example fitness class, built as a separate jar, runs through --jars on an embedded Spark. */
class UserFitnessTest {
    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        Path src = dir.resolve("src/example");
        Files.createDirectories(src);
        Files.copy(Path.of("examples/user-fitness/src/main/java/example/XorFitness.java"), src.resolve("XorFitness.java"));
        Files.writeString(src.resolve("Broken.java"), """
                package example;
                public final class Broken implements dev.neuroevo.task.Fitness {
                    public int inputs() { return 2; }
                    public int outputs() { return 1; }
                    public double evaluate(Network n, long seed) { throw new IllegalStateException("boom"); }
                }
                """);
        Files.writeString(src.resolve("NotFitness.java"), "package example; public final class NotFitness { }");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-cp", System.getProperty("java.class.path"), "-d", classes.toString(),
                src.resolve("XorFitness.java").toString(), src.resolve("Broken.java").toString(),
                src.resolve("NotFitness.java").toString());
        assertEquals(0, rc, "example compiles against neuroevo");
        jar = dir.resolve("user-fitness.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }

    private static int run(String job, ByteArrayOutputStream err, String... extra) {
        String[] base = {"run", job, "--master", "local[2]", "--jars", jar.toString(), "--output",
            dir.resolve("out-" + System.nanoTime()).toString()};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
        return Main.execute(args, new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err));
    }

    @Test
    void evolvesXorFromTheUsersJar() throws IOException {
        Path out = dir.resolve("xor");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"run", "examples/user-fitness/xor.conf", "--master", "local[2]",
            "--jars", jar.toString(), "--output", out.toString()},
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err));
        assertEquals(ExitCode.OK, code, err.toString(StandardCharsets.UTF_8));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("example.XorFitness", summary.get("task").asText());
        assertTrue(summary.get("best_fitness").asDouble() > -0.05, "XOR learned: " + summary);
    }

    @Test
    void aThrowingFitnessNamesTheClassAndIndividual() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run("examples/user-fitness/xor.conf", err, "--set", "task.class=example.Broken");
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.TASK_FAILED, code, message);
        assertTrue(message.contains("example.Broken") && message.contains("individual") && message.contains("boom"),
                message);
    }

    @Test
    void missingOrWrongClassesAreBadInput() {
        for (String cls : new String[] {"example.Missing", "example.NotFitness"}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = run("examples/user-fitness/xor.conf", err, "--set", "task.class=" + cls);
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(ExitCode.BAD_INPUT, code, message);
            assertTrue(message.contains(cls) && message.contains("task.class"), message);
        }
    }
}
