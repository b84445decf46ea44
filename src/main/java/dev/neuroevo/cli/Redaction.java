package dev.neuroevo.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hides secrets in what is printed: every {@code key=value} whose key looks secret, as Spark's own
 * default {@code spark.redaction.regex} decides ({@code --conf k=v}, {@code -Dk=v} in JVM options,
 * {@code AWS_SECRET_ACCESS_KEY=...}), with the marker Spark uses, so a log reads the same either way.
 */
public final class Redaction {
    /** Spark's default spark.redaction.regex. */
    static final String SECRET_KEY = "(?i)secret|password|token|access[.]?key";
    static final String REDACTED = "*********(redacted)";
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z0-9_.\\-]+)=(\\S*)");
    private static final Pattern SECRET = Pattern.compile(SECRET_KEY);

    private Redaction() {
    }

    /** The text with the value of every secret-looking {@code key=value} replaced. */
    public static String redact(String text) {
        Matcher m = ASSIGNMENT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String replacement = SECRET.matcher(m.group(1)).find() ? m.group(1) + "=" + REDACTED : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A command as a shell line (arguments quoted where needed), secrets redacted. */
    public static String commandLine(List<String> command) {
        return command.stream().map(Redaction::redact).map(Redaction::quoted).collect(Collectors.joining(" "));
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=,@%+\\-\\[\\]*()]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
