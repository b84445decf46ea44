package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;

/**
 * The job file argument: a local path, or any Hadoop URI ({@code hdfs://}, {@code s3a://}), so that a
 * driver started on a cluster (cluster deploy mode) can read a job file from shared storage. Spark
 * has not started yet, so the Hadoop settings are the {@code spark.hadoop.*} system properties
 * spark-submit set, as Spark itself would pass them on.
 */
final class JobFile {
    private JobFile() {
    }

    static Settings load(String job, List<String> overrides) {
        URI uri = uriOf(job);
        if (uri == null || uri.getScheme() == null || uri.getScheme().length() == 1) {
            return Settings.load(new File(job), overrides); // a plain path (a Windows drive letter too)
        }
        if (uri.getScheme().equals("file")) {
            return Settings.load(new File(uri.getPath()), overrides);
        }
        // Copied under its own name: the run is named after the job file. An include cannot follow a remote
        // file, which is why bin/neuroevo submit ships the effective configuration instead.
        try {
            Path dir = Files.createTempDirectory("neuroevo-job");
            Path local = dir.resolve(new File(uri.getPath()).getName());
            org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
            try (FileSystem fs = FileSystem.newInstance(uri, HadoopProperties.configuration());
                 InputStream in = fs.open(remote)) {
                Files.copy(in, local);
            }
            try {
                return Settings.load(local.toFile(), overrides);
            } finally {
                Files.deleteIfExists(local);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new ConfigError("job file '" + job + "' cannot be read: " + e.getClass().getSimpleName()
                    + ": " + firstLine(e.getMessage()));
        }
    }

    private static URI uriOf(String job) {
        try {
            return new URI(job);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
