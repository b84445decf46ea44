package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;

/** The strategies a job can name in {@code strategy.name}. */
enum StrategyName implements Choice {
    ELITIST, GA, ES, CMAES, SEP_CMAES, SGD, PBT
}
