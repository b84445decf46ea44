package dev.neuroevo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Secret-looking keys lose their values in printed commands; everything else prints as given. */
class RedactionTest {
    @Test
    void secretsInConfJvmOptionsAndEnvironmentAreHidden() {
        String line = Redaction.commandLine(List.of("spark-submit", "--conf", "spark.hadoop.fs.s3a.secret.key=s3cr3t",
                "--conf", "spark.hadoop.fs.s3a.access.key=AKIAEXAMPLE", "--driver-java-options",
                "-Xmx1g -Dspark.hadoop.fs.s3a.session.token=tok3n -Dfoo=bar", "AWS_SECRET_ACCESS_KEY=abc",
                "--conf", "spark.authenticate.secret=shh", "--conf", "db.password=pw", "--master", "yarn"));
        for (String secret : List.of("s3cr3t", "AKIAEXAMPLE", "tok3n", "abc", "shh", "=pw")) {
            assertFalse(line.contains(secret), secret + " in " + line);
        }
        assertTrue(line.contains("spark.hadoop.fs.s3a.secret.key=*********(redacted)"), line);
        assertTrue(line.contains("-Dfoo=bar") && line.contains("--master yarn"), line);
    }

    @Test
    void ordinarySettingsAreUntouched() {
        String text = "--conf spark.executor.memory=4g --set strategy.population=64 --output s3a://bucket/runs/x";
        assertEquals(text, Redaction.redact(text));
    }
}
