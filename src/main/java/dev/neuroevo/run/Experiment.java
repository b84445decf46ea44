package dev.neuroevo.run;

import dev.neuroevo.eval.Evaluator;
import dev.neuroevo.eval.Scores;
import dev.neuroevo.random.Purpose;
import dev.neuroevo.random.SplitMix64;
import dev.neuroevo.strategy.Incumbent;
import dev.neuroevo.strategy.Plan;
import dev.neuroevo.strategy.Ranking;
import dev.neuroevo.strategy.Strategy;
import dev.neuroevo.strategy.StrategyState;
import dev.neuroevo.task.FinalEvaluation;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The generation loop: ask the strategy for a plan, score it with the evaluator (one Spark job),
 * tell the strategy, re-select the run's best on fresh episodes (a second, small Spark job; when
 * the job re-selects), and stop on budget, goal or the strategy's own reason; then assess the best
 * network on fresh episodes. Everything it writes or prints goes through the {@link RunRecorder}.
 */
public final class Experiment {
    /** The columns re-selection appends to metrics.csv, after the strategy's diagnostics. */
    public static final List<String> RESELECTION_COLUMNS = List.of("reselected", "reselected_se", "confirmed",
            "confirmed_se");
    private final Job job;
    private final Evaluator evaluator;
    private final RunRecorder recorder;

    public Experiment(Job job, Evaluator evaluator, RunRecorder recorder) {
        this.job = job;
        this.evaluator = evaluator;
        this.recorder = recorder;
    }

    public RunResult run() {
        return run(null);
    }

    /** Continues the run from {@code from} (a checkpoint's loop state), or starts it when null. */
    public RunResult run(LoopState from) {
        return loop(job.strategy(), from);
    }

    /** The stop reasons that hold in {@code at} under this job's stop rule: empty when a resumed run has work left. */
    public List<String> reasons(LoopState at) {
        return reasons(job.strategy(), at);
    }

    private <S extends StrategyState> List<String> reasons(Strategy<S> strategy, LoopState at) {
        List<String> reasons = job.stop().reasons(at.done(), job.stop().streakOver(at.goalFitness()));
        reasons.addAll(strategy.restore(at.strategy()).stopReasons());
        return reasons;
    }

    /** metrics.csv's last columns: the strategy's diagnostics, then with re-selection its scores and standard errors. */
    private List<String> columns(Strategy<?> strategy) {
        List<String> names = new ArrayList<>(strategy.diagnosticNames());
        if (job.reselection() != null) {
            names.addAll(RESELECTION_COLUMNS);
        }
        return names;
    }

    private <S extends StrategyState> double[] diagnostics(Strategy<S> strategy, S state, Reselected reselected) {
        double[] own = strategy.diagnostics(state);
        if (job.reselection() == null) {
            return own;
        }
        double[] out = Arrays.copyOf(own, own.length + RESELECTION_COLUMNS.size());
        out[own.length] = reselected == null ? Double.NaN : reselected.score();
        out[own.length + 1] = reselected == null ? Double.NaN : reselected.standardError();
        out[own.length + 2] = reselected == null ? Double.NaN : reselected.confirmedScore();
        out[own.length + 3] = reselected == null ? Double.NaN : reselected.confirmedError();
        return out;
    }

    private <S extends StrategyState> RunResult loop(Strategy<S> strategy, LoopState from) {
        long start = System.nanoTime();
        double before = from == null ? 0 : from.wallSeconds();
        long collectedBefore = from == null ? 0 : from.collectedBytes();
        int attempts = from == null ? 1 : from.attempts() + 1;
        Integer resumedFrom = from == null ? null : from.done();
        Reselection reselection = job.reselection();
        recorder.start(job, columns(strategy));
        S state = from == null ? strategy.init() : strategy.restore(from.strategy());
        ObservationStats observations = from != null ? from.observations()
                : job.normalizeInputs() ? ObservationStats.empty(job.spec().inputs()) : null;
        InputNormalizer bestNormalizer = from == null ? null : from.bestNormalizer();
        long evaluations = from == null ? 0 : from.evaluations();
        long steps = from == null ? 0 : from.steps();
        Reselected reselected = from == null ? null : from.reselected();
        double[] goals = from == null ? new double[0] : from.goalFitness();
        int done = from == null ? 0 : from.done();
        // the goal may differ from the run's first attempt: recount the streak under this job's rule
        int streak = job.stop().streakOver(goals);
        List<String> reasons = from == null ? List.of() : reasons(strategy, from);
        while (reasons.isEmpty()) {
            long t0 = System.nanoTime();
            Plan plan = strategy.ask(state);
            InputNormalizer normalizer = observations == null ? null : observations.normalizer();
            Scores scores = evaluator.evaluate(plan, normalizer);
            state = strategy.tell(state, plan, scores.fitness(), scores.trained());
            if (state.incumbent().generation() == plan.generation()) {
                bestNormalizer = normalizer;
            }
            if (observations != null) {
                observations = observations.merge(scores.observations());
            }
            evaluations += plan.size();
            steps += scores.totalSteps();
            done++;
            if (reselection != null && reselection.due(done)) {
                Reselection.Round round = reselection.round(job.seed(), strategy, state, plan, scores.fitness(),
                        normalizer, bestNormalizer, reselected);
                Scores again = evaluator.evaluate(round.plan());
                reselected = round.best(again);
                steps += again.totalSteps();
                if (job.stop().reached(reselected.score())) {
                    Scores confirmation = evaluator.evaluate(reselection.confirmation(job.seed(), reselected,
                            Reselection.GOAL_SET));
                    reselected = reselection.confirmed(reselected, confirmation);
                    steps += confirmation.totalSteps();
                }
            }
            // with re-selection the goal sees only the current best's confirmation, never the score that chose it
            double goal = reselection == null ? strategy.goalFitness(plan, scores.fitness())
                    : reselected == null || reselected.confirmation() == null ? Double.NEGATIVE_INFINITY
                    : Ranking.rankable(reselected.confirmedScore());
            goals = Arrays.copyOf(goals, done);
            goals[done - 1] = goal;
            streak = job.stop().streak(streak, goal);
            reasons = job.stop().reasons(done, streak);
            reasons.addAll(state.stopReasons());
            long now = System.nanoTime();
            double elapsed = before + (now - start) / 1e9;
            recorder.generation(new GenerationRecord(plan.generation(), scores.fitness(), scores.totalSteps(),
                    evaluations, steps, (now - t0) / 1e9, elapsed, diagnostics(strategy, state, reselected)));
            recorder.state(new LoopState(state.view(), observations, bestNormalizer, goals, streak, done, evaluations,
                    steps, collectedBefore + evaluator.collectedBytes(), elapsed, attempts, resumedFrom, state.resumable(),
                    reselected));
        }
        if (reselected != null) {
            // the stop may have followed a lucky confirmation: the score reported comes from episodes it never saw
            Scores report = evaluator.evaluate(reselection.confirmation(job.seed(), reselected, Reselection.REPORT_SET));
            reselected = reselection.confirmed(reselected, report);
            steps += report.totalSteps();
        }
        long finalSeed = SplitMix64.key(job.seed(), 0, 0, Purpose.FINAL_EVALUATION);
        Incumbent best = state.incumbent();
        double[] weights = reselected != null ? reselected.weights() : best.weights();
        InputNormalizer normalizer = reselected != null ? reselected.normalizer() : bestNormalizer;
        FinalEvaluation fin = job.task().finalEvaluation(job.spec(), weights, normalizer, finalSeed);
        RunResult result = new RunResult(done, weights, normalizer, best.fitness(),
                reasons.get(0), List.copyOf(reasons), fin, evaluations, steps,
                before + (System.nanoTime() - start) / 1e9, collectedBefore + evaluator.collectedBytes(), resumedFrom,
                attempts, strategy.summary(state), strategy.files(state), reselected);
        recorder.finish(result);
        return result;
    }
}
