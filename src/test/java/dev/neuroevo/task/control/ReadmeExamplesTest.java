package dev.neuroevo.task.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples (the {@code java} blocks of its Environments section), each compiled
 * into a main method and run in a child JVM whose classpath is the project's classes alone: no
 * Spark, no jbox2d, no test classes.
 */
class ReadmeExamplesTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @TempDir
    Path dir;

    private static List<String> examples() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf("\n## Environments\n");
        int to = readme.indexOf("\n## ", from + 1);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(from, to));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Compiles {@code body} as the main method of class {@code name} against the project's classes only. */
    private void compile(String name, String body) throws IOException {
        Path source = dir.resolve(name + ".java");
        Files.writeString(source, "import dev.neuroevo.task.control.*;\nimport java.util.*;\n\npublic class " + name
                + " {\n    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int code = javac.run(null, null, null, "-classpath", CLASSES.toString(), "-d", dir.toString(), source.toString());
        assertEquals(0, code, "compiling " + name + ":\n" + Files.readString(source));
    }

    /** Runs class {@code name} in a child JVM with the project's classes alone; returns its output. */
    private String run(String name) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", CLASSES + File.pathSeparator + dir, name)
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), name + " failed:\n" + out);
        return out;
    }

    @Test
    void examplesRunWithTheProjectsClassesAlone() throws Exception {
        List<String> blocks = examples();
        assertEquals(2, blocks.size(), "the Environments section's java examples");
        compile("ReadmeExample1", blocks.get(0));
        Matcher first = Pattern.compile("return (-?\\d+\\.\\d\\d) after (\\d+) steps\\n").matcher(run("ReadmeExample1"));
        assertTrue(first.matches(), first.toString());
        // full throttle every step costs 0.1 a step; reaching the flag pays 100
        int steps = Integer.parseInt(first.group(2));
        assertTrue(steps < 999, "the bang-bang policy reaches the flag");
        assertEquals(100 - 0.1 * steps, Double.parseDouble(first.group(1)), 0.006);

        compile("ReadmeExample2", blocks.get(1));
        String second = run("ReadmeExample2");
        assertTrue(second.matches("dynamics nips\\n(swung up|time limit) after \\d+ steps\\n"), second);
    }

    @Test
    void lunarLanderNeedsJbox2dOnlyWhenAskedFor() throws Exception {
        compile("WithoutJbox2d", """
                        try {
                            Class.forName("org.jbox2d.dynamics.World");
                            System.out.println("jbox2d is on the classpath");
                        } catch (ClassNotFoundException e) {
                            System.out.println("no jbox2d");
                        }
                        System.out.println(Environments.make("CartPole-v1").reset(0).length);
                        System.out.println(Environments.exists("LunarLander-v3"));
                        try {
                            Environments.make("LunarLander-v3");
                        } catch (IllegalStateException e) {
                            System.out.println(e.getMessage().substring(0, e.getMessage().indexOf(" on the classpath")));
                        }
                """);
        assertEquals("no jbox2d\n4\ntrue\nLunarLander-v3 needs dev.neuroevo.task.box2d.LunarLander and jbox2d"
                + " (org.jbox2d:jbox2d-library)\n", run("WithoutJbox2d"));
    }
}
