package dev.neuroevo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code --version}: the version Maven wrote into the jar (resource filtering), so it never drifts from the pom. */
public final class BuildVersion implements CommandLine.IVersionProvider {
    static final String RESOURCE = "/neuroevo/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"neuroevo " + version()};
    }

    /** The pom's version, e.g. 0.1.0-SNAPSHOT. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown (not built by Maven)";
            }
            p.load(in);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return p.getProperty("version", "unknown");
    }
}
