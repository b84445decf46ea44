package dev.neuroevo.run;

import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import java.util.List;
import java.util.Map;

/**
 * What a finished run produced.
 *
 * @param bestWeights    the run's best: the re-selected network with re-selection on, else the training best
 * @param bestNormalizer the input normaliser the best network was scored with (null when inputs are raw)
 * @param bestFitness    the training best's fitness (the strategy's incumbent)
 * @param stopReason     the reason that decided: {@code goal}, {@code generations} or the strategy's own
 * @param stopReasons    every reason that held at the end, {@code stopReason} first
 * @param resumedFrom    the generation count this attempt resumed from (null: it started the run)
 * @param attempts       processes that worked on the run, this one included
 * @param strategySummary the strategy's own entries of summary.json
 * @param strategyFiles  the strategy's own output files, name to text
 * @param reselected     the re-selected best with its score (null when re-selection is off or never ran)
 */
public record RunResult(int generations, double[] bestWeights, InputNormalizer bestNormalizer, double bestFitness,
                        String stopReason, List<String> stopReasons, FinalEvaluation finalEvaluation,
                        long evaluations, long envSteps, double wallSeconds, long collectedBytes,
                        Integer resumedFrom, int attempts, Map<String, Object> strategySummary,
                        Map<String, String> strategyFiles, Reselected reselected) {
}
