package dev.neuroevo.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neuroevo.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Runs through the command line, and reads, compares and damages run outputs on any Hadoop file system. */
public final class Outputs {
    private Outputs() {
    }

    /** What a command printed and returned. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out), new PrintStream(err));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] args(String job, String output, String... sets) {
        List<String> a = new ArrayList<>(List.of("run", job, "--master", "local[2]", "--output", output));
        for (String s : sets) {
            a.add("--set");
            a.add(s);
        }
        return a.toArray(String[]::new);
    }

    static FileSystem fs(String uri) throws IOException {
        Configuration conf = new Configuration();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("spark.hadoop."))
                .forEach(k -> conf.set(k.substring("spark.hadoop.".length()), System.getProperty(k)));
        return new Path(uri).getFileSystem(conf);
    }

    static String read(String dir, String name) throws IOException {
        Path p = new Path(dir, name);
        try (InputStream in = fs(dir).open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Asserts that two runs left the same results: metrics.csv but its wall-time column,
     * best-model.json byte for byte, summary.json but its time and size measurements and who
     * resumed it.
     */
    public static void assertSameResults(String expected, String actual) throws IOException {
        assertEquals(withoutSeconds(read(expected, "metrics.csv")), withoutSeconds(read(actual, "metrics.csv")),
                "metrics.csv");
        assertEquals(read(expected, "best-model.json"), read(actual, "best-model.json"), "best-model.json");
        assertEquals(summary(read(expected, "summary.json")), summary(read(actual, "summary.json")), "summary.json");
        if (fs(expected).exists(new Path(expected, "final-returns.csv"))) {
            assertEquals(read(expected, "final-returns.csv"), read(actual, "final-returns.csv"), "final-returns.csv");
        }
    }

    private static String withoutSeconds(String csv) {
        int col = List.of(csv.lines().findFirst().orElseThrow().split(",")).indexOf("seconds");
        StringBuilder b = new StringBuilder();
        csv.lines().forEach(line -> {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(col);
            b.append(String.join(",", cells)).append('\n');
        });
        return b.toString();
    }

    private static String summary(String json) throws IOException {
        ObjectNode n = (ObjectNode) new ObjectMapper().readTree(json);
        // collected_bytes measures serialised results, whose size varies with what the JVM sent before
        n.remove(List.of("wall_seconds", "collected_bytes", "resumed_from", "attempts"));
        return n.toPrettyString();
    }

    /**
     * Leaves {@code dir}, the output of a finished run that checkpointed every generation, as a
     * driver killed after checkpoint {@code generation} would have: later checkpoints gone but
     * the next one partly written (some data files, the last maybe truncated, no manifest),
     * metrics.csv with rows past the checkpoint, no summary or model, and the dead driver's lease.
     */
    static void crashAfter(String dir, int generation, Random random) throws IOException {
        FileSystem fs = fs(dir);
        Path checkpoints = new Path(dir, "checkpoints");
        List<Path> dirs = Stream.of(fs.listStatus(checkpoints)).map(FileStatus::getPath).sorted().toList();
        for (Path d : dirs) {
            if (!d.getName().matches("\\d{8}")) {
                continue; // PBT's members/: a crash may leave snapshots past the checkpoint, which a rerun rewrites
            }
            int g = Integer.parseInt(d.getName());
            if (g == generation + 1) {
                fs.delete(new Path(d, "manifest.json"), false);
                FileStatus[] files = fs.listStatus(d);
                int keep = random.nextInt(files.length + 1);
                for (int i = keep; i < files.length; i++) {
                    fs.delete(files[i].getPath(), false);
                }
                if (keep > 0 && random.nextBoolean()) {
                    truncate(fs, files[keep - 1].getPath(), random);
                }
            } else if (g > generation) {
                fs.delete(d, true);
            }
        }
        String metrics = read(dir, "metrics.csv");
        List<String> lines = metrics.lines().toList();
        int rows = Math.min(lines.size() - 1, generation + random.nextInt(3));
        write(fs, new Path(dir, "metrics.csv"), String.join("\n", lines.subList(0, rows + 1)) + "\n");
        fs.delete(new Path(dir, "summary.json"), false);
        fs.delete(new Path(dir, "best-model.json"), false);
        long deadPid = ProcessHandle.current().pid() + 1_000_000;
        write(fs, new Path(dir, "lease.json"), "{\"host\":\"" + java.net.InetAddress.getLocalHost().getHostName()
                + "\",\"pid\":" + deadPid + ",\"token\":\"dead\",\"heartbeat_ms\":" + System.currentTimeMillis() + "}");
    }

    static void truncate(FileSystem fs, Path file, Random random) throws IOException {
        byte[] data;
        try (InputStream in = fs.open(file)) {
            data = in.readAllBytes();
        }
        int length = data.length == 0 ? 0 : random.nextInt(data.length);
        try (FSDataOutputStream o = fs.create(file, true)) {
            o.write(data, 0, length);
        }
    }

    static void write(FileSystem fs, Path file, String text) throws IOException {
        try (FSDataOutputStream o = fs.create(file, true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Names of the valid checkpoints' generations under {@code dir}, as {@code neuroevo checkpoints} lists them. */
    static String listing(String dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.execute(new String[] {"checkpoints", dir}, new PrintStream(out), new PrintStream(out));
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
