package dev.neuroevo.wiring;

import dev.neuroevo.config.Choice;

/** Whether observations are normalised: always, never, or (auto) for ES on environments. */
enum Normalization implements Choice {
    AUTO, ON, OFF
}
