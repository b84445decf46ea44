package dev.neuroevo.strategy.pbt;

import dev.neuroevo.optim.Moments;
import java.io.Serializable;

/**
 * One member of the population as it lives on an executor between rounds: its weights, its
 * optimizer's moments, the hyperparameters of its last round, the minibatch steps it has trained
 * (a copy inherits its donor's), its last validation score, and the member it last copied (-1).
 * Arrays are never written once a member is made: a round trains copies.
 */
public record Member(int id, double[] weights, Moments moments, Hyperparameters hyper, long steps, double score,
                     int copiedFrom) implements Serializable {

    /** Values it carries: what copying it to another executor costs, in doubles. */
    public long values() {
        return 1L + weights.length + moments.first().length + moments.second().length;
    }
}
