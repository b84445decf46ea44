package dev.neuroevo;

/**
 * When a run ends: after {@code generations}, or once the generation's best fitness has reached
 * {@code goal} for {@code goalGenerations} consecutive generations (evostra's reward_goal and
 * consecutive_goal_stopping). A null goal never stops the run.
 */
public record StopRule(int generations, Double goal, int goalGenerations) {

    public static final String BUDGET = "generations";
    public static final String GOAL = "goal";

    /** The reason to stop after generation {@code done} (1-based count), or null to go on. */
    public String check(int done, int goalStreak) {
        if (goal != null && goalStreak >= goalGenerations) {
            return GOAL;
        }
        return done >= generations ? BUDGET : null;
    }

    /** The goal streak after a generation whose best fitness is {@code best}. */
    public int streak(int previous, double best) {
        return goal != null && best >= goal ? previous + 1 : 0;
    }
}
