package dev.neuroevo.report;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * A real S3-compatible server for tests: S3Proxy on loopback over a directory (each bucket a
 * subdirectory, each object a file), with the s3a settings that reach it set as system
 * properties, which the runs a test starts in its JVM pick up as {@code spark.hadoop.*}.
 */
public final class S3Server implements AutoCloseable {
    private static final Map<String, String> S3A = Map.of(
            "spark.hadoop.fs.s3a.access.key", "test",
            "spark.hadoop.fs.s3a.secret.key", "test",
            "spark.hadoop.fs.s3a.path.style.access", "true",
            "spark.hadoop.fs.s3a.connection.ssl.enabled", "false",
            "spark.hadoop.fs.s3a.endpoint.region", "us-east-1",
            "spark.hadoop.fs.s3a.change.detection.mode", "none");
    private static final String ENDPOINT = "spark.hadoop.fs.s3a.endpoint";

    private final S3Proxy proxy;

    private S3Server(S3Proxy proxy) {
        this.proxy = proxy;
    }

    /**
     * Starts a server storing under {@code dir} with an empty {@code bucket}. Hadoop caches a
     * FileSystem per bucket for the JVM, so each test class should use a bucket of its own.
     */
    public static S3Server start(Path dir, String bucket) throws Exception {
        Files.createDirectories(dir.resolve(bucket));
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", dir.toString());
        S3Proxy proxy = S3Proxy.builder().blobStore(BlobStores.create("filesystem", p))
                .endpoint(URI.create("http://127.0.0.1:0")).awsAuthentication(AuthenticationType.NONE, null, null)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        S3A.forEach(System::setProperty);
        System.setProperty(ENDPOINT, "http://127.0.0.1:" + proxy.getPort());
        return new S3Server(proxy);
    }

    @Override
    public void close() throws Exception {
        S3A.keySet().forEach(System::clearProperty);
        System.clearProperty(ENDPOINT);
        proxy.stop();
    }
}
