package dev.neuroevo.report;

import dev.neuroevo.run.Job;
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
        m.put("stop_reason", r.stopReason());
        m.put("stop_reasons", r.stopReasons());
        m.put("final_evaluation", r.finalEvaluation().fields());
        m.put("solved", r.finalEvaluation().solved());
        return ModelFile.json(m);
    }
}
