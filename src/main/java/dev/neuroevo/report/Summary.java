package dev.neuroevo.report;

import dev.neuroevo.run.Job;
import dev.neuroevo.run.Reselected;
import dev.neuroevo.run.RunResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** summary.json: what a scheduler or a person checks after a run. */
public final class Summary {
    private Summary() {
    }

    public static String json(Job job, RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", job.name());
        m.put("strategy", job.strategy().name());
        m.put("task", job.task().id());
        m.put("network", job.spec().toString());
        m.put("parameters", job.spec().parameterCount());
        m.put("seed", job.seed());
        m.put("normalized_observations", job.normalizeInputs());
        m.put("generations", r.generations());
        m.put("evaluations", r.evaluations());
        m.put("env_steps", r.envSteps());
        m.put("wall_seconds", r.wallSeconds());
        m.put("resumed_from", r.resumedFrom());
        m.put("attempts", r.attempts());
        m.put("collected_bytes", r.collectedBytes());
        m.putAll(r.strategySummary());
        m.put("best_fitness", r.bestFitness());
        if (job.reselection() != null) {
            // a training fitness is a mean over episodes whose spread is not kept: its error is not known
            m.put("best_fitness_standard_error", null);
            m.put("reselected", reselected(job, r));
        }
        m.put("stop_reason", r.stopReason());
        m.put("stop_reasons", r.stopReasons());
        m.put("final_evaluation", r.finalEvaluation().fields());
        m.put("solved", r.finalEvaluation().solved());
        return ModelFile.json(m);
    }

    /**
     * The re-selected best's confirmed score (on episodes that took no part in choosing it), with its
     * standard error, and the score that chose it on its re-selection's episodes (or validation rows).
     */
    private static Map<String, Object> reselected(Job job, RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        Reselected s = r.reselected();
        boolean data = job.task().trainable();
        m.put("score", s == null ? null : finite(s.confirmedScore()));
        m.put("standard_error", s == null ? null : finite(s.confirmedError()));
        m.put("confirm_episodes", data ? null : job.reselection().confirmations());
        m.put("selection_score", s == null ? null : finite(s.score()));
        m.put("selection_standard_error", s == null ? null : finite(s.standardError()));
        m.put("generation", s == null ? null : s.generation());
        m.put("every", job.reselection().every());
        m.put("episodes", data ? null : job.reselection().evaluations());
        return m;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
