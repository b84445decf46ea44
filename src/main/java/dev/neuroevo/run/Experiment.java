package dev.neuroevo.run;

import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import java.util.List;

/**
 * The generation loop: ask the strategy for a plan, score it with the evaluator (one Spark job),
 * tell the strategy, and stop on budget, goal or the strategy's own reason; then assess the best
 * network on fresh episodes. Everything it writes or prints goes through the {@link RunRecorder}.
 */
public final class Experiment {
    private final Job job;
    private final Evaluator evaluator;
    private final RunRecorder recorder;

    public Experiment(Job job, Evaluator evaluator, RunRecorder recorder) {
        this.job = job;
        this.evaluator = evaluator;
        this.recorder = recorder;
    }

    public RunResult run() {
        return loop(job.strategy());
    }

    private <S extends StrategyState> RunResult loop(Strategy<S> strategy) {
        long start = System.nanoTime();
        recorder.start(job, strategy.diagnosticNames());
        S state = strategy.init();
        ObservationStats observations = job.normalizeInputs() ? ObservationStats.empty(job.spec().inputs()) : null;
        InputNormalizer bestNormalizer = null;
        long evaluations = 0;
        long steps = 0;
        int streak = 0;
        int done = 0;
        List<String> reasons;
        do {
            long t0 = System.nanoTime();
            Plan plan = strategy.ask(state);
            InputNormalizer normalizer = observations == null ? null : observations.normalizer();
            Scores scores = evaluator.evaluate(plan, normalizer);
            state = strategy.tell(state, plan, scores.fitness(), scores.trained());
            if (state.bestGeneration() == plan.generation()) {
                bestNormalizer = normalizer;
            }
            if (observations != null) {
                observations = observations.merge(scores.observations());
            }
            evaluations += plan.size();
            steps += scores.totalSteps();
            done++;
            streak = job.stop().streak(streak, strategy.goalFitness(plan, scores.fitness()));
            reasons = job.stop().reasons(done, streak);
            reasons.addAll(state.stopReasons());
            long now = System.nanoTime();
            recorder.generation(new GenerationRecord(plan.generation(), scores.fitness(), scores.totalSteps(),
                    evaluations, steps, (now - t0) / 1e9, (now - start) / 1e9, strategy.diagnostics(state)));
        } while (reasons.isEmpty());
        long finalSeed = SplitMix64.key(job.seed(), 0, 0, Purpose.FINAL_EVALUATION);
        FinalEvaluation fin = job.task().finalEvaluation(job.spec(), state.bestWeights(), bestNormalizer, finalSeed);
        RunResult result = new RunResult(done, state.bestWeights(), bestNormalizer, state.bestFitness(),
                reasons.get(0), List.copyOf(reasons), fin, evaluations, steps, (System.nanoTime() - start) / 1e9,
                evaluator.collectedBytes());
        recorder.finish(result);
        return result;
    }
}
