package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;

/** Where ES forms its gradient's noise sum: on the driver, the executors, or (auto) by the work it takes. */
enum GradientPlacement implements Choice {
    AUTO, DRIVER, TREE_AGGREGATE
}
