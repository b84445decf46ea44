package dev.neuroevo.run;

import java.util.ArrayList;
import java.util.List;

/**
 * When a run ends: after {@code generations}, or once the generation's goal fitness has reached
 * {@code goal} for {@code goalGenerations} consecutive generations (evostra's reward_goal and
 * consecutive_goal_stopping). A null goal never stops the run.
 */
public record StopRule(int generations, Double goal, int goalGenerations) {

    public static final String BUDGET = "generations";
    public static final String GOAL = "goal";

    /** Every reason of this rule to stop after generation {@code done} (1-based count), goal first; empty to go on. */
    public List<String> reasons(int done, int goalStreak) {
        List<String> out = new ArrayList<>(2);
        if (goal != null && goalStreak >= goalGenerations) {
            out.add(GOAL);
        }
        if (done >= generations) {
            out.add(BUDGET);
        }
        return out;
    }

    /** The goal streak after a generation whose goal fitness is {@code best}. */
    public int streak(int previous, double best) {
        return reached(best) ? previous + 1 : 0;
    }

    /** Whether {@code fitness} reaches the goal (never without one; NaN never does). */
    public boolean reached(double fitness) {
        return goal != null && fitness >= goal;
    }

    /** The goal streak at the end of a run whose generations had these goal fitness values. */
    public int streakOver(double[] goalFitness) {
        int s = 0;
        for (double f : goalFitness) {
            s = streak(s, f);
        }
        return s;
    }
}
