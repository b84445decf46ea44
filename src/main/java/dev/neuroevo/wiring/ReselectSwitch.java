package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;

/** Whether the run's best is re-selected on fresh episodes: always, never, or (auto) by the task and strategy. */
enum ReselectSwitch implements Choice {
    AUTO, TRUE, FALSE
}
