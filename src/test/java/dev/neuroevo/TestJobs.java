package dev.neuroevo;

import com.typesafe.config.ConfigFactory;
import dev.neuroevo.config.Settings;
import java.util.List;

/** Small jobs for tests, written as HOCON like a job file. */
public final class TestJobs {
    private TestJobs() {
    }

    public static Job job(String hocon, String... overrides) {
        return Job.of(Settings.of(ConfigFactory.parseString(hocon), List.of(overrides)));
    }
}
