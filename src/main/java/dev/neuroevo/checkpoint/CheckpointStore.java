package dev.neuroevo.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.run.StorageError;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The checkpoints of one output, in {@code OUTPUT/checkpoints/<generation, 8 digits>/}. A
 * checkpoint is written data files first and its manifest last (whole, see
 * {@link RunOutput#write(FileSystem, Path, byte[])}); a reader trusts only a directory whose manifest
 * is there and whose every listed file has the listed size and SHA-256.
 */
public final class CheckpointStore {
    private final FileSystem fs;
    private final Path root;
    private final String job;
    /** Where a PBT run's executors write their members, beside the checkpoints. */
    public static final String MEMBERS = "members";

    public CheckpointStore(RunOutput output, String job) {
        this.fs = output.fileSystem();
        this.root = new Path(output.path(), "checkpoints");
        this.job = job;
    }

    public String location() {
        return root.toString();
    }

    /** What writing one checkpoint cost. */
    public record Written(int generation, long bytes, double millis) {
    }

    public Written write(Checkpoint c) {
        long t0 = System.nanoTime();
        Path dir = new Path(root, name(c.generation()));
        CheckpointFormat.Encoded e = CheckpointFormat.encode(c, job, Instant.now().toString());
        ObjectNode files = e.manifest().putObject("files");
        long bytes = 0;
        try {
            if (fs.exists(dir)) {
                fs.delete(dir, true); // a partial one left by a crashed attempt
            }
            for (Map.Entry<String, byte[]> f : e.files().entrySet()) {
                try (OutputStream o = RunOutput.create(fs, new Path(dir, f.getKey()))) {
                    o.write(f.getValue());
                }
                files.putObject(f.getKey()).put("bytes", f.getValue().length).put("sha256", sha256(f.getValue()));
                bytes += f.getValue().length;
            }
            byte[] manifest = CheckpointFormat.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(e.manifest());
            RunOutput.write(fs, new Path(dir, CheckpointFormat.MANIFEST), manifest);
            bytes += manifest.length;
        } catch (IOException x) {
            throw new StorageError("cannot write checkpoint " + dir + ": " + x.getMessage(), x);
        }
        return new Written(c.generation(), bytes, (System.nanoTime() - t0) / 1e6);
    }

    /** A checkpoint directory as {@code neuroevo checkpoints} lists it; {@code problem} is null when valid. */
    public record Entry(int generation, String written, long bytes, boolean finished, String problem, Path dir) {
        public boolean valid() {
            return problem == null;
        }
    }

    /** Every checkpoint directory, newest first, each verified. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (Path dir : directories()) {
            out.add(verify(dir));
        }
        return out;
    }

    /**
     * The newest valid checkpoint, or null when there is none; {@code warn} hears of each newer
     * one that is not valid. A checkpoint of another format version is bad input (exit 2).
     */
    public Checkpoint newest(Consumer<String> warn) {
        for (Path dir : directories()) {
            Entry e = verify(dir);
            if (!e.valid()) {
                warn.accept("checkpoint " + dir + " is not valid (" + e.problem() + "); trying the one before");
                continue;
            }
            JsonNode m = manifest(dir);
            return CheckpointFormat.decode(m, name -> read(new Path(dir, name)));
        }
        return null;
    }

    /**
     * Deletes all but the newest {@code keep} valid checkpoints, and every invalid one older than
     * those; and the members a PBT run's executors wrote ({@code members/<rounds>/}) for rounds
     * before the oldest checkpoint kept.
     */
    public void prune(int keep) {
        int kept = 0;
        int oldest = -1;
        for (Path dir : directories()) {
            boolean valid = verify(dir).valid();
            if (valid && kept < keep) {
                kept++;
                oldest = Integer.parseInt(dir.getName());
            } else if (kept > 0) {
                delete(dir);
            }
        }
        for (Path dir : directories(new Path(root, MEMBERS))) {
            if (Integer.parseInt(dir.getName()) < oldest) {
                delete(dir);
            }
        }
    }

    private void delete(Path dir) {
        try {
            fs.delete(dir, true);
        } catch (IOException e) {
            throw new StorageError("cannot delete old checkpoint " + dir + ": " + e.getMessage(), e);
        }
    }

    private List<Path> directories() {
        return directories(root);
    }

    /** The directories under {@code root} named by 8 digits, newest first. */
    private List<Path> directories(Path root) {
        List<Path> dirs = new ArrayList<>();
        try {
            if (!fs.exists(root)) {
                return dirs;
            }
            for (FileStatus s : fs.listStatus(root)) {
                if (s.isDirectory() && s.getPath().getName().matches("\\d{8}")) {
                    dirs.add(s.getPath());
                }
            }
        } catch (IOException e) {
            throw new StorageError("cannot list checkpoints in " + root + ": " + e.getMessage(), e);
        }
        dirs.sort((a, b) -> b.getName().compareTo(a.getName()));
        return dirs;
    }

    private Entry verify(Path dir) {
        int generation = Integer.parseInt(dir.getName());
        JsonNode m;
        try {
            m = manifest(dir);
        } catch (StorageError e) {
            return new Entry(generation, null, size(dir), false, e.getMessage(), dir);
        }
        if (m == null) {
            return new Entry(generation, null, size(dir), false, "no manifest: partly written", dir);
        }
        if (!CheckpointFormat.FORMAT.equals(m.path("format").asText())) {
            return new Entry(generation, null, size(dir), false, "manifest is not a " + CheckpointFormat.FORMAT, dir);
        }
        if (m.path("version").asInt() != CheckpointFormat.VERSION) {
            throw new ConfigError("checkpoint " + dir + " has format version " + m.path("version").asText()
                    + "; this build reads version " + CheckpointFormat.VERSION + " (--restart discards the run)");
        }
        String written = m.path("written").asText();
        boolean finished = m.path("finished").asBoolean();
        for (var it = m.path("files").fields(); it.hasNext(); ) {
            var f = it.next();
            byte[] data;
            try {
                data = read(new Path(dir, f.getKey()));
            } catch (StorageError e) {
                return new Entry(generation, written, size(dir), finished, f.getKey() + " is missing", dir);
            }
            if (data.length != f.getValue().path("bytes").asLong()) {
                return new Entry(generation, written, size(dir), finished, f.getKey() + " has " + data.length
                        + " bytes, the manifest says " + f.getValue().path("bytes").asLong(), dir);
            }
            if (!sha256(data).equals(f.getValue().path("sha256").asText())) {
                return new Entry(generation, written, size(dir), finished, f.getKey() + " fails its SHA-256", dir);
            }
        }
        return new Entry(generation, written, size(dir), finished, null, dir);
    }

    /** The parsed manifest, or null when there is none. */
    private JsonNode manifest(Path dir) {
        Path p = new Path(dir, CheckpointFormat.MANIFEST);
        try {
            if (!fs.exists(p)) {
                return null;
            }
            return CheckpointFormat.JSON.readTree(new String(read(p), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StorageError("manifest " + p + " cannot be parsed: " + e.getMessage(), e);
        }
    }

    private byte[] read(Path p) {
        try (InputStream in = fs.open(p)) {
            return in.readAllBytes();
        } catch (FileNotFoundException e) {
            throw new StorageError(p + " is missing", e);
        } catch (IOException e) {
            throw new StorageError("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private long size(Path dir) {
        try {
            return fs.getContentSummary(dir).getLength();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String name(int generation) {
        return String.format("%08d", generation);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
