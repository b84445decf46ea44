package dev.neuroevo.eval;

import dev.neuroevo.network.NetworkSpec;
import dev.neuroevo.optim.Moments;
import dev.neuroevo.strategy.Breed;
import dev.neuroevo.strategy.Individual;
import dev.neuroevo.strategy.Trained;
import dev.neuroevo.strategy.TrainingBreed;
import dev.neuroevo.task.InputNormalizer;
import dev.neuroevo.task.ObservationStats;
import dev.neuroevo.task.Scorer;
import dev.neuroevo.task.Task;
import dev.neuroevo.task.Trainer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Scores a batch of individuals with one scorer and one weight buffer: a Spark partition (or the
 * whole generation, in the local evaluator). Each individual is rebuilt from the broadcast and its descriptor.
 */
public record BatchScorer(Task task, NetworkSpec spec, EvaluationSeeds seeds) implements Serializable {

    /**
     * One individual's result: all that comes back to the driver. {@code standardError} is the
     * fitness's when the scorer knows it (re-selection), else NaN.
     */
    public record Result(int id, double fitness, long steps, ObservationStats observations, Trained trained,
                         double standardError) implements Serializable {
    }

    /** Scores the individuals; with a normaliser, inputs are normalised and raw observations come back. */
    public List<Result> score(Breed breed, int generation, InputNormalizer normalizer,
                              Iterator<Individual> individuals) {
        if (breed instanceof TrainingBreed training) {
            return train(training, generation, individuals);
        }
        if (breed instanceof Candidates candidates) {
            return reassess(candidates, generation, individuals);
        }
        Scorer scorer = task.scorer(spec);
        if (normalizer != null) {
            scorer.normalizeInputs(normalizer);
        }
        scorer.startGeneration(seeds.batch(generation));
        double[] w = new double[breed.dimension()];
        List<Result> out = new ArrayList<>();
        while (individuals.hasNext()) {
            Individual ind = individuals.next();
            breed.build(ind, w);
            double f;
            try {
                f = scorer.score(w, seeds.of(generation, ind.episodeKey()));
            } catch (RuntimeException e) {
                throw new IndividualFailure(task.id(), generation, ind.id(), e);
            }
            out.add(new Result(ind.id(), f, scorer.lastSteps(), scorer.lastObservations(), null, Double.NaN));
        }
        return out;
    }

    /**
     * Scores each candidate with the task's re-selection scorer, its own normaliser and the seed its
     * slot carries; the observations it sees are not collected (they are held out of training).
     */
    private List<Result> reassess(Candidates breed, int generation, Iterator<Individual> individuals) {
        Scorer scorer = task.reassessor(spec, breed.evaluations());
        double[] w = new double[breed.dimension()];
        List<Result> out = new ArrayList<>();
        while (individuals.hasNext()) {
            Individual ind = individuals.next();
            InputNormalizer normalizer = breed.normalizers()[ind.id()];
            if (normalizer != null) {
                scorer.normalizeInputs(normalizer);
            }
            breed.build(ind, w);
            double f;
            try {
                f = scorer.score(w, ind.seed());
            } catch (RuntimeException e) {
                throw new IndividualFailure(task.id(), generation, ind.id(), e);
            }
            out.add(new Result(ind.id(), f, scorer.lastSteps(), null, null, scorer.lastStandardError()));
        }
        return out;
    }

    /**
     * Trains each individual for an epoch from the breed's weights and moments (copies: the
     * breed is shared), shuffling with the individual's seed, and scores the result.
     */
    private List<Result> train(TrainingBreed breed, int generation, Iterator<Individual> individuals) {
        Trainer trainer = task.trainer(spec, breed.batchSize());
        List<Result> out = new ArrayList<>();
        while (individuals.hasNext()) {
            Individual ind = individuals.next();
            double[] w = new double[breed.dimension()];
            breed.build(ind, w);
            Moments moments = breed.moments().copy();
            double f;
            try {
                f = trainer.epoch(w, breed.optimizer(), moments, breed.learningRate(), breed.weightDecay(), ind.seed());
            } catch (RuntimeException e) {
                throw new IndividualFailure(task.id(), generation, ind.id(), e);
            }
            out.add(new Result(ind.id(), f, trainer.lastSteps(), null, new Trained(w, moments, trainer.lastLoss()),
                    Double.NaN));
        }
        return out;
    }

    /** Puts results back in id order. */
    public static Scores collate(int size, List<Result> results) {
        double[] fitness = new double[size];
        double[] errors = new double[size];
        long[] steps = new long[size];
        ObservationStats[] byId = new ObservationStats[size];
        Trained[] trained = null;
        for (Result r : results) {
            if (r.trained() != null) {
                trained = trained == null ? new Trained[size] : trained;
                trained[r.id()] = r.trained();
            }
            fitness[r.id()] = r.fitness();
            errors[r.id()] = r.standardError();
            steps[r.id()] = r.steps();
            byId[r.id()] = r.observations();
        }
        ObservationStats observations = null;
        for (ObservationStats o : byId) {
            observations = observations == null ? o : observations.merge(o);
        }
        return new Scores(fitness, steps, observations, trained, errors);
    }
}
