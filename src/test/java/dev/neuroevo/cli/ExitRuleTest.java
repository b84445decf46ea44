package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.neuroevo.cli.ExitRule.Ending;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** main exits everywhere except inside a YARN ApplicationMaster, where a success returns and a failure throws. */
class ExitRuleTest {
    @Test
    void outsideYarnEveryCodeExits() {
        for (int code : new int[] {0, 1, 2, 3}) {
            assertEquals(Ending.EXIT, ExitRule.of(code, new Properties()));
        }
        Properties clientMode = new Properties();
        clientMode.setProperty("spark.master", "yarn");
        clientMode.setProperty("spark.submit.deployMode", "client");
        assertEquals(Ending.EXIT, ExitRule.of(0, clientMode), "a YARN client-mode driver is an ordinary JVM");
    }

    @Test
    void insideTheApplicationMasterSuccessReturnsAndFailureThrows() {
        // What Spark's ApplicationMaster sets before it calls the user's main in cluster mode.
        Properties am = new Properties();
        am.setProperty("spark.master", "yarn");
        am.setProperty("spark.submit.deployMode", "cluster");
        am.setProperty("spark.yarn.app.id", "application_1700000000000_0001");
        assertEquals(Ending.RETURN, ExitRule.of(ExitCode.OK, am));
        for (int code : new int[] {ExitCode.FAILED, ExitCode.BAD_INPUT, ExitCode.TASK_FAILED}) {
            assertEquals(Ending.THROW, ExitRule.of(code, am), "exit code " + code);
        }
    }
}
