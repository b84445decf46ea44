package dev.neuroevo.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The saved model, environment and seed that {@code evaluate} and {@code render} both take. */
final class PolicyOptions {
    @Parameters(index = "0", paramLabel = "MODEL", description = "A model file (best-model.json) or a run's output directory; any Hadoop path.")
    String model;

    @Option(names = "--env", paramLabel = "ID", description = "The environment (default: the model's).")
    String env;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Gymnasium's reset(seed=S) starts the first episode; any next one continues its generator (default: ${DEFAULT-VALUE}).")
    String seed;
}
