package dev.neuroevo.cli;

import dev.neuroevo.config.ConfigError;
import java.util.regex.Pattern;

/** The master URLs Spark 4 accepts, checked before Spark starts so a typo exits 2 in one line. */
final class MasterUrl {
    private static final Pattern VALID = Pattern.compile(
            "local|local\\[(\\d+|\\*)]|local\\[(\\d+|\\*)\\s*,\\s*\\d+]"
                    + "|local-cluster\\[\\s*\\d+\\s*,\\s*\\d+\\s*,\\s*\\d+\\s*]|spark://\\S+|yarn|k8s://\\S+");

    private MasterUrl() {
    }

    static String check(String url) {
        if (!VALID.matcher(url).matches()) {
            throw new ConfigError("--master '" + url + "' is not a Spark master URL (local, local[N], local[*],"
                    + " local[N,F], local-cluster[N,C,M], spark://HOST:PORT, yarn, k8s://URL)");
        }
        return url;
    }
}
