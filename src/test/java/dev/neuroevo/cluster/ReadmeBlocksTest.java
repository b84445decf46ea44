package dev.neuroevo.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README runs as written: every fenced block after a {@code <!-- readme-test: MODE -->} line is
 * run, in order, by bash in a copy of the project (so the build starts from nothing, as in a fresh
 * clone). Modes: {@code run} runs every line and needs exit 0; {@code transcript} runs the lines
 * after {@code $ } and needs every other line but {@code ...} among the output lines, in order;
 * {@code cluster} runs every line against a standalone cluster started for the test, its placeholders
 * {@code spark://master:7077} and {@code hdfs:///} replaced by the cluster's URL and a directory of
 * the test (holding a copy of {@code jobs/}); each {@code --output} of a cluster block must hold a
 * {@code summary.json} afterwards that it did not hold before (in cluster deploy mode the driver's
 * console is on a worker); {@code jshell} runs the block as a script of {@code bin/neuroevo jshell},
 * needs no JShell error or exception, and needs the text after each {@code // prints: } among the
 * output lines, in order. {@code timeout=SECONDS} caps a block (default 300).
 */
@Tag("slow")
class ReadmeBlocksTest {
    private static final Pattern MARKER = Pattern.compile("<!-- readme-test: (run|transcript|cluster|jshell)(?: timeout=(\\d+))? -->");
    private static final Set<String> NOT_COPIED = Set.of("target", "runs", ".git", ".idea");

    @TempDir
    static Path dir;

    record Block(String mode, List<String> lines, Duration limit, int line) {
    }

    @Test
    void markedBlocksRunAsWritten() throws Exception {
        List<Block> blocks = blocks(Files.readAllLines(Path.of("README.md")));
        assertTrue(blocks.stream().anyMatch(b -> b.mode().equals("cluster")) && blocks.size() >= 4,
                "the README marks its build, local run, check and cluster blocks: " + blocks);
        Path copy = dir.resolve("project");
        copyProject(Path.of("."), copy);
        StandaloneCluster cluster = null;
        try {
            for (Block block : blocks) {
                if (block.mode().equals("cluster") && cluster == null) {
                    // Workers with room for a 1 GiB driver and a 1 GiB executor each: spark-submit's defaults.
                    cluster = StandaloneCluster.start(dir.resolve("cluster"), 2, 2, "2500m");
                }
                long t0 = System.nanoTime();
                run(block, copy, cluster);
                System.out.printf("ReadmeBlocksTest: README line %d (%s) ran in %.1f s%n", block.line(), block.mode(),
                        (System.nanoTime() - t0) / 1e9);
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    static List<Block> blocks(List<String> readme) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher m = MARKER.matcher(readme.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            int open = i + 1;
            assertTrue(open < readme.size() && readme.get(open).startsWith("```"),
                    "README line " + (i + 1) + ": a readme-test marker must be followed by a fenced block");
            List<String> lines = new ArrayList<>();
            int j = open + 1;
            for (; j < readme.size() && !readme.get(j).startsWith("```"); j++) {
                lines.add(readme.get(j));
            }
            Duration limit = Duration.ofSeconds(m.group(2) == null ? 300 : Long.parseLong(m.group(2)));
            blocks.add(new Block(m.group(1), lines, limit, open + 1));
            i = j;
        }
        return blocks;
    }

    private static void run(Block block, Path copy, StandaloneCluster cluster) throws Exception {
        List<String> commands = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        boolean jshell = block.mode().equals("jshell");
        for (String line : jshell ? block.lines() : joinContinuations(block.lines())) {
            int prints = line.indexOf("// prints: ");
            if (jshell) {
                if (prints >= 0) {
                    expected.add(line.substring(prints + "// prints: ".length()).strip());
                }
            } else if (!block.mode().equals("transcript")) {
                commands.add(line);
            } else if (line.startsWith("$ ")) {
                commands.add(line.substring(2));
            } else if (!line.strip().equals("...") && !line.isBlank()) {
                expected.add(line.strip());
            }
        }
        String script = String.join("\n", commands);
        if (jshell) {
            Path snippets = copy.resolve("readme-line-" + block.line() + ".jsh");
            Files.write(snippets, block.lines());
            script = "bin/neuroevo jshell " + copy.relativize(snippets);
        }
        List<Path> outputs = new ArrayList<>();
        if (block.mode().equals("cluster")) {
            Path shared = dir.resolve("shared-fs");
            copyProject(copy.resolve("jobs"), shared.resolve("jobs"));
            script = script.replace("spark://master:7077", cluster.masterUrl).replace("hdfs:///", shared.toUri().toString());
            Matcher m = Pattern.compile("--output (\\S+)").matcher(script);
            while (m.find()) {
                Path out = Path.of(java.net.URI.create(m.group(1)));
                assertFalse(Files.exists(out.resolve("summary.json")), "README line " + block.line() + ": " + out + " already ran");
                outputs.add(out);
            }
        }
        Path log = dir.resolve("readme-line-" + block.line() + ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(copy.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (cluster != null && block.mode().equals("cluster")) {
            pb.environment().putAll(cluster.environment());
        }
        int code = StandaloneCluster.run(pb, block.limit());
        String output = Files.readString(log);
        assertEquals(0, code, "README line " + block.line() + " failed:\n" + script + "\n---\n" + output);
        for (Path out : outputs) {
            assertTrue(Files.exists(out.resolve("summary.json")), "README line " + block.line() + ": no run in " + out
                    + "\n" + script + "\n---\n" + output);
        }
        List<String> printed = output.lines().map(String::strip).toList();
        if (jshell) {
            assertFalse(printed.stream().anyMatch(l -> l.startsWith("Error:") || l.contains("Exception")),
                    "README line " + block.line() + ": the JShell script failed\n---\n" + output);
        }
        int at = 0;
        for (String want : expected) {
            int found = printed.subList(at, printed.size()).indexOf(want);
            assertFalse(found < 0, "README line " + block.line() + ": '" + want + "' not printed (in order) by\n"
                    + script + "\n---\n" + output);
            at += found + 1;
        }
    }

    /** Lines ending in a backslash continue on the next, as bash reads them. */
    private static List<String> joinContinuations(List<String> lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                joined.add(current.append(line).toString());
                current.setLength(0);
            }
        }
        return joined;
    }

    private static void copyProject(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path rel = from.relativize(f);
                if (rel.getNameCount() > 0 && NOT_COPIED.contains(rel.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    @Test
    void markersAreReadAsDocumented() {
        List<Block> blocks = blocks(List.of("text", "<!-- readme-test: transcript timeout=20 -->", "```",
                "$ echo a \\", "  b", "a b", "```", "```bash", "not run", "```"));
        assertEquals(List.of(new Block("transcript", List.of("$ echo a \\", "  b", "a b"), Duration.ofSeconds(20), 3)),
                blocks);
        assertEquals(List.of("$ echo a    b", "a b"), joinContinuations(blocks.get(0).lines()));
    }
}
