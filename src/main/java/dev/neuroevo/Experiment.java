package dev.neuroevo;

import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.report.GenerationMetrics;
import dev.neuroevo.report.ModelFile;
import dev.neuroevo.report.Progress;
import dev.neuroevo.report.RunOutput;
import dev.neuroevo.report.Summary;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generation loop: ask the strategy for a plan, score it with the evaluator (one Spark job),
 * tell the strategy, report, and stop on budget or goal; then assess the best network on fresh
 * episodes and write the model and summary.
 */
public final class Experiment {
    private final Job job;
    private final Evaluator evaluator;
    private final RunOutput output;
    private final Progress progress;

    /** What a finished run produced. */
    public record Result(List<GenerationMetrics> metrics, double[] bestWeights, InputNormalizer bestNormalizer,
                         double bestFitness,
                         String stopReason, FinalEvaluation finalEvaluation, long evaluations, long envSteps,
                         double wallSeconds, long collectedBytes) {
    }

    public Experiment(Job job, Evaluator evaluator, RunOutput output, Progress progress) {
        this.job = job;
        this.evaluator = evaluator;
        this.output = output;
        this.progress = progress;
    }

    public Result run() {
        return loop(job.strategy());
    }

    private <S extends StrategyState> Result loop(Strategy<S> strategy) {
        long start = System.nanoTime();
        List<GenerationMetrics> metrics = new ArrayList<>();
        StringBuilder csv = new StringBuilder(GenerationMetrics.HEADER).append('\n');
        long evaluations = 0;
        long steps = 0;
        int streak = 0;
        long lastWrite = start - 2_000_000_000L;
        String reason;
        S state = strategy.init();
        ObservationStats observations = job.normalizeInputs() ? ObservationStats.empty(job.spec().inputs()) : null;
        InputNormalizer bestNormalizer = null;
        while (true) {
            long t0 = System.nanoTime();
            Plan plan = strategy.ask(state);
            InputNormalizer normalizer = observations == null ? null : observations.normalizer();
            Scores scores = evaluator.evaluate(plan, normalizer);
            double[] previousBest = state.bestWeights();
            state = strategy.tell(state, plan, scores.fitness());
            if (state.bestWeights() != previousBest) {
                bestNormalizer = normalizer;
            }
            if (observations != null) {
                observations = observations.merge(scores.observations());
            }
            long genSteps = scores.totalSteps();
            evaluations += plan.size();
            steps += genSteps;
            double seconds = (System.nanoTime() - t0) / 1e9;
            GenerationMetrics m = GenerationMetrics.of(plan.generation(), scores.fitness(), evaluations, steps, seconds);
            metrics.add(m);
            csv.append(m.csv()).append('\n');
            // Rewriting the file every generation costs milliseconds on a remote store: once a second is enough to follow a run.
            if (output != null && System.nanoTime() - lastWrite > 1_000_000_000L) {
                output.write("metrics.csv", csv.toString());
                lastWrite = System.nanoTime();
            }
            progress.generation(m, plan.size(), genSteps, (System.nanoTime() - start) / 1e9);
            streak = job.stop().streak(streak, strategy.goalFitness(plan, scores.fitness()));
            reason = job.stop().check(metrics.size(), streak);
            if (reason == null) {
                reason = state.stopReason();
            }
            if (reason != null) {
                break;
            }
        }
        long finalSeed = SplitMix64.key(job.seed(), 0, 0, Purpose.FINAL_EVALUATION);
        FinalEvaluation fin = job.task().finalEvaluation(job.spec(), state.bestWeights(), bestNormalizer, finalSeed);
        double wall = (System.nanoTime() - start) / 1e9;
        Result result = new Result(metrics, state.bestWeights(), bestNormalizer, state.bestFitness(), reason, fin,
                evaluations, steps, wall, evaluator.collectedBytes());
        if (output != null) {
            output.write("metrics.csv", csv.toString());
            output.write("best-model.json",
                    new ModelFile(job.task().id(), job.spec(), state.bestWeights(), bestNormalizer).toJson());
            output.write("summary.json", Summary.json(job, result));
        }
        progress.line(String.format(Locale.ROOT,
                "stopped: %s after %d generations, %d evaluations, %d env steps, %.1f s; final evaluation %.6g%s",
                reason, metrics.size(), evaluations, steps, wall, fin.score(), fin.solved() ? " (solved)" : " (not solved)"));
        return result;
    }
}
