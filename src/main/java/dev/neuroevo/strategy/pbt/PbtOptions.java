package dev.neuroevo.strategy.pbt;

import dev.neuroevo.optim.Adam;
import dev.neuroevo.optim.Momentum;
import dev.neuroevo.optim.Optimizer;
import dev.neuroevo.optim.RmsProp;
import dev.neuroevo.optim.Sgd;
import dev.neuroevo.optim.StepRule;
import java.io.Serializable;

/**
 * The fixed settings of Population Based Training: members, minibatch steps per round, steps
 * between a member's exploit decisions, the exploit and explore rules, the priors, the step rule
 * (its momentum a hyperparameter; Adam's beta2 fixed), rounds between member snapshots, the round
 * count the run stops at (its last round is snapshotted too), and the initial weights' scale.
 */
public record PbtOptions(int population, int stepsPerRound, long readyAfter, Exploit exploit, Explore explore,
                         double resampleProbability, Priors priors, StepRule rule, double beta2, boolean nesterov,
                         int checkpointRounds, int rounds, double initStd) implements Serializable {

    public PbtOptions {
        if (population < 2 || stepsPerRound < 1 || checkpointRounds < 1) {
            throw new IllegalArgumentException("need population >= 2, steps per round >= 1, checkpoint rounds >= 1");
        }
    }

    /** The step rule with a member's momentum hyperparameter. */
    public Optimizer optimizer(double momentum) {
        return switch (rule) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(momentum, false, nesterov);
            case RMSPROP -> new RmsProp(momentum);
            case ADAM -> new Adam(momentum, beta2);
        };
    }

    /** Numbers one member carries: its step count, weights and the step rule's moments. */
    public long memberValues(int dimension) {
        return 1L + (1L + momentArrays()) * dimension;
    }

    /** Arrays of moments the step rule keeps, each as long as the weights. */
    public int momentArrays() {
        return switch (rule) {
            case SGD -> 0;
            case MOMENTUM, RMSPROP -> 1;
            case ADAM -> 2;
        };
    }

    /** True when round {@code round}'s members are written: every checkpointRounds rounds and the last. */
    public boolean snapshot(int round) {
        return (round + 1) % checkpointRounds == 0 || round + 1 == rounds;
    }
}
