package dev.neuroevo.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run's output directory on any Hadoop file system (file, hdfs://, s3a://). Each file is
 * written whole to a temporary name and then renamed, so a reader never sees half a file.
 */
public final class RunOutput {
    private final FileSystem fs;
    private final Path dir;

    public RunOutput(String uri, Configuration hadoop) {
        try {
            Path p = new Path(uri);
            this.fs = p.getFileSystem(hadoop);
            this.dir = fs.makeQualified(p);
            fs.setWriteChecksum(false);
            fs.mkdirs(dir);
        } catch (IOException | IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException("cannot open output '" + uri + "': " + e.getMessage(), e));
        }
    }

    public String location() {
        return dir.toString();
    }

    public void write(String name, String content) {
        Path target = new Path(dir, name);
        Path tmp = new Path(dir, "." + name + ".tmp");
        try {
            try (OutputStream o = fs.create(tmp, true)) {
                o.write(content.getBytes(StandardCharsets.UTF_8));
            }
            if (fs.exists(target)) {
                fs.delete(target, false);
            }
            if (!fs.rename(tmp, target)) {
                throw new IOException("rename to " + target + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
