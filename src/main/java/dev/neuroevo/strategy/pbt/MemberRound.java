package dev.neuroevo.strategy.pbt;

import dev.neuroevo.strategy.Individual;

/** One member's part of a round: its id and the seed of its minibatch order, (run seed, round, member, SHUFFLE). */
public record MemberRound(int id, long seed) implements Individual {
}
