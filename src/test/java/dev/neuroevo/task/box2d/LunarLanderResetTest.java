package dev.neuroevo.task.box2d;

import dev.neuroevo.task.control.Environments;
import dev.neuroevo.task.control.ResetReference;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** LunarLander's terrain and initial push against numpy's draws, as Gymnasium 1.4.0's reset makes them. */
class LunarLanderResetTest {

    /** The smoothed terrain heights, then the initial force as Box2D got it. */
    private static double[] terrainAndPush(LunarLander env) {
        double[] out = Arrays.copyOf(env.state(), 13);
        double[] force = env.initialForce();
        out[11] = force[0];
        out[12] = force[1];
        return out;
    }

    @Test
    void terrainAndInitialPushAreGymnasiums() {
        ResetReference.assertResetsMatch(Environments.make("LunarLander-v3"), "LunarLander-v3",
                env -> terrainAndPush((LunarLander) env));
    }

    @Test
    void theContinuousLanderDrawsTheSame() {
        ResetReference.assertResetsMatch(Environments.make("LunarLanderContinuous-v3"), "LunarLander-v3",
                env -> terrainAndPush((LunarLander) env));
    }
}
