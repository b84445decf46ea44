package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;

/** How a local master scores a generation: on the driver's own threads, or as a Spark job as a cluster does. */
enum LocalScoring implements Choice {
    THREADS, SPARK
}
