package dev.neuroevo.strategy.pbt;

import dev.neuroevo.config.Choice;

/** How a hyperparameter's prior spreads its draws: uniform in its logarithm, uniform, or one of listed values. */
public enum PriorShape implements Choice {
    LOG_UNIFORM, UNIFORM, CHOICE
}
