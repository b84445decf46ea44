package dev.neuroevo.report;

import dev.neuroevo.run.StorageError;
import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run's output directory on any Hadoop file system (file, hdfs://, s3a://). Each file is
 * written whole to a temporary name and then renamed, so a reader never sees half a file.
 */
public final class RunOutput {
    private final FileSystem fs;
    private final Path dir;

    /** Opens the output directory at {@code uri}, made if missing. */
    public RunOutput(String uri, Configuration hadoop) {
        this(uri, hadoop, true);
    }

    /** The output at {@code uri}, which must exist (a storage error if not). */
    public static RunOutput existing(String uri, Configuration hadoop) {
        return new RunOutput(uri, hadoop, false);
    }

    private RunOutput(String uri, Configuration hadoop, boolean make) {
        try {
            Path p = new Path(uri);
            this.fs = p.getFileSystem(hadoop);
            this.dir = fs.makeQualified(p);
            fs.setWriteChecksum(false);
            if (!make && !fs.getFileStatus(dir).isDirectory() || make && !fs.mkdirs(dir)
                    && !fs.getFileStatus(dir).isDirectory()) {
                throw new IOException("cannot make the directory");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageError("cannot open output '" + uri + "': " + e.getMessage(), e);
        }
    }

    public FileSystem fileSystem() {
        return fs;
    }

    public Path path() {
        return dir;
    }

    /** Deletes everything in the output but the file {@code kept} (--restart). */
    public void clearExcept(String kept) {
        try {
            for (var status : fs.listStatus(dir)) {
                if (!status.getPath().getName().equals(kept)) {
                    fs.delete(status.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new StorageError("cannot clear " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates {@code file} and its parents, overwriting it. On the local file system without
     * Hadoop's native library, every Hadoop create or mkdirs forks a chmod process (strace: about
     * nine per checkpoint, which made one cost 130 ms); Java's own file API forks nothing.
     */
    public static OutputStream create(FileSystem fs, Path file) throws IOException {
        if (fs instanceof LocalFileSystem local) {
            java.nio.file.Path p = ((RawLocalFileSystem) local.getRaw()).pathToFile(file).toPath();
            Files.createDirectories(p.getParent());
            return new BufferedOutputStream(Files.newOutputStream(p), 65536);
        }
        return fs.create(file, true);
    }

    public String location() {
        return dir.toString();
    }

    public void write(String name, String content) {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String name, byte[] content) {
        write(fs, new Path(dir, name), content);
    }

    /** The text of the file {@code name}, or null when the output has no such file. */
    public String read(String name) {
        Path p = new Path(dir, name);
        try (InputStream in = fs.open(p)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new StorageError("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code target} whole: to a temporary name, then renamed; on S3, where a rename is a copy
     * and an object appears only once its single PUT completes, directly.
     */
    public static void write(FileSystem fs, Path target, byte[] content) {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        try {
            if (fs.getScheme().startsWith("s3")) {
                try (OutputStream o = create(fs, target)) {
                    o.write(content);
                }
                return;
            }
            try (OutputStream o = create(fs, tmp)) {
                o.write(content);
            }
            if (fs.exists(target)) {
                fs.delete(target, false);
            }
            if (!fs.rename(tmp, target)) {
                throw new IOException("rename to " + target + " failed");
            }
        } catch (IOException e) {
            throw new StorageError("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
