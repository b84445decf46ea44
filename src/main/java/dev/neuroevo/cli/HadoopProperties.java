package dev.neuroevo.cli;

import org.apache.hadoop.conf.Configuration;

/**
 * A Hadoop configuration with the same {@code spark.hadoop.*} system properties (JAVA_OPTS) that
 * configure a run's file systems, for subcommands that start no Spark. Kept out of the command
 * classes: picocli reads their declared methods, which must not name Hadoop types for --help to
 * work without Hadoop on the classpath.
 */
final class HadoopProperties {
    private static final String PREFIX = "spark.hadoop.";

    private HadoopProperties() {
    }

    static Configuration configuration() {
        Configuration hadoop = new Configuration();
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith(PREFIX)) {
                hadoop.set(k.substring(PREFIX.length()), System.getProperty(k));
            }
        }
        return hadoop;
    }
}
