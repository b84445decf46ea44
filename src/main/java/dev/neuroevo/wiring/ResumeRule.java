package dev.neuroevo.wiring;

import dev.neuroevo.config.ConfigError;
import dev.neuroevo.config.Settings;
import java.util.List;
import java.util.Set;

/**
 * Which settings may differ between a run and its resumption: where and how fast it runs
 * ({@code run.partitions}, {@code run.local-scoring}, {@code es.gradient}, which give the same bits), checkpointing (PBT's
 * {@code pbt.checkpoint-rounds} too: members read back from a snapshot are the same bits), and when
 * it stops ({@code stop.*}: a larger budget or another goal continues a finished run). Any other
 * difference would make another run, so it is refused.
 */
public final class ResumeRule {
    private static final Set<String> MAY_DIFFER = Set.of("run.partitions", "run.local-scoring", "es.gradient", "stop.generations",
            "stop.goal", "stop.goal-generations", "pbt.checkpoint-rounds");
    private static final String FREE_PREFIX = "checkpoint.";

    private ResumeRule() {
    }

    /** Throws bad input naming the first setting (in declaration order) that differs and may not. */
    public static void check(Settings before, Settings now, String where) {
        for (String key : Settings.declarations().keySet()) {
            if (MAY_DIFFER.contains(key) || key.startsWith(FREE_PREFIX)) {
                continue;
            }
            String was = before.render(List.of(key)).strip();
            String is = now.render(List.of(key)).strip();
            if (!was.equals(is)) {
                throw new ConfigError("setting '" + key + "' differs from the run being resumed in " + where
                        + " (was " + was.substring(was.indexOf('=') + 2) + ", now " + is.substring(is.indexOf('=') + 2)
                        + "); give --restart to discard that run, or another --output");
            }
        }
    }
}
