package dev.neuroevo.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neuroevo.config.ConfigError;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.run.StorageError;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One writer per output: {@code OUTPUT/lease.json} names its owner (host, pid, a random token) and
 * the time it was last renewed. A lease renewed less than {@code leaseSeconds} ago is live; so is
 * one of a live process on this host. A stale lease, or one whose process on this host is gone, is
 * taken over. The owner renews it every third of the lease period from a daemon thread.
 */
public final class Lease implements AutoCloseable {
    public static final String NAME = "lease.json";

    private final FileSystem fs;
    private final Path path;
    private final String token = UUID.randomUUID().toString();
    private final ScheduledExecutorService renewer;
    private volatile StorageError failure;

    private Lease(RunOutput output, double leaseSeconds) {
        this.fs = output.fileSystem();
        this.path = new Path(output.path(), NAME);
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "neuroevo-lease");
            t.setDaemon(true);
            return t;
        });
        write();
        long period = Math.max(50, (long) (leaseSeconds * 1000 / 3));
        renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the output's lease; bad usage (exit 2) when another process holds a live one, a
     * storage error (exit 4) when the lease cannot be written: the output's first write.
     */
    public static Lease take(RunOutput output, double leaseSeconds) {
        Path path = new Path(output.path(), NAME);
        JsonNode held = read(output.fileSystem(), path);
        if (held != null) {
            long age = System.currentTimeMillis() - held.path("heartbeat_ms").asLong();
            boolean sameHost = host().equals(held.path("host").asText());
            boolean gone = sameHost && ProcessHandle.of(held.path("pid").asLong()).map(p -> !p.isAlive()).orElse(true);
            if (age < leaseSeconds * 1000 && !gone) {
                throw new ConfigError("output " + output.location() + " is in use by pid " + held.path("pid").asText()
                        + " on " + held.path("host").asText() + " (lease renewed " + age / 1000 + " s ago; it lapses "
                        + "after checkpoint.lease = " + leaseSeconds + " s without renewal)");
            }
        }
        return new Lease(output, leaseSeconds);
    }

    private void renew() {
        try {
            JsonNode held = read(fs, path);
            if (held != null && !token.equals(held.path("token").asText())) {
                failure = new StorageError("lost the lease on " + path.getParent() + " to pid "
                        + held.path("pid").asText() + " on " + held.path("host").asText());
                renewer.shutdown();
                return;
            }
            write();
        } catch (StorageError e) {
            failure = e;
        }
    }

    /** Throws if the lease was lost or could not be renewed: a writer must stop writing. */
    public void check() {
        if (failure != null) {
            throw failure;
        }
    }

    private void write() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("host", host());
        n.put("pid", ProcessHandle.current().pid());
        n.put("token", token);
        n.put("heartbeat_ms", System.currentTimeMillis());
        n.put("heartbeat", java.time.Instant.now().toString());
        RunOutput.write(fs, path, (n.toPrettyString() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Stops renewing and gives the lease up. */
    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            JsonNode held = read(fs, path);
            if (held != null && token.equals(held.path("token").asText())) {
                fs.delete(path, false);
            }
        } catch (IOException | StorageError e) {
            // a lease left behind lapses by itself
        }
    }

    private static JsonNode read(FileSystem fs, Path path) {
        try {
            if (!fs.exists(path)) {
                return null;
            }
            try (InputStream in = fs.open(path)) {
                return CheckpointFormat.JSON.readTree(in);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // unreadable: not a lease anyone holds
        } catch (IOException e) {
            throw new StorageError("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
