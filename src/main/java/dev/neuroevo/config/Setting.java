package dev.neuroevo.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One declared setting: its key, its documentation and the rule its value must meet, all read
 * from the comment above it in the defaults file. The rule is the bracket ending the comment:
 * {@code [string]}, {@code [boolean]}, {@code [int >= 1]} (32-bit), {@code [long]} (64-bit), {@code [double > 0]},
 * {@code [double 0..1]}, {@code [int list >= 1]}, {@code [one of: a, b]}, and {@code , optional}
 * after a type to allow null.
 */
public record Setting(String key, String doc, String type, boolean list, boolean optional, Double min,
                      boolean minStrict, Double max, List<String> choices) {

    private static final Pattern RULE = Pattern.compile("\\[([^\\[\\]]+)]\\s*$");
    private static final Pattern BOUND = Pattern.compile("(>=|>)\\s*(-?[0-9.eE+-]+)");
    private static final Pattern RANGE = Pattern.compile("(-?[0-9.eE+-]+)\\.\\.(-?[0-9.eE+-]+)");

    /** Parses the rule at the end of {@code doc}; a malformed defaults file is a bug, so it throws. */
    static Setting declare(String key, String doc) {
        Matcher m = RULE.matcher(doc);
        if (!m.find()) {
            throw new IllegalStateException("defaults: setting '" + key + "' has no [rule] in its comment");
        }
        String rule = m.group(1).trim();
        String text = doc.substring(0, m.start()).trim();
        if (rule.startsWith("one of:")) {
            List<String> choices = Arrays.stream(rule.substring(7).split(",")).map(String::trim).toList();
            return new Setting(key, text, "choice", false, false, null, false, null, choices);
        }
        boolean optional = rule.endsWith(", optional");
        if (optional) {
            rule = rule.substring(0, rule.length() - ", optional".length()).trim();
        }
        String[] words = rule.split("\\s+", 2);
        String type = words[0];
        String rest = words.length > 1 ? words[1] : "";
        boolean list = rest.startsWith("list");
        if (list) {
            rest = rest.substring(4).trim();
        }
        Double min = null;
        Double max = null;
        boolean strict = false;
        Matcher b = BOUND.matcher(rest);
        Matcher r = RANGE.matcher(rest);
        if (r.find()) {
            min = Double.valueOf(r.group(1));
            max = Double.valueOf(r.group(2));
        } else if (b.find()) {
            strict = b.group(1).equals(">");
            min = Double.valueOf(b.group(2));
        }
        if (!List.of("string", "int", "long", "double", "boolean").contains(type)) {
            throw new IllegalStateException("defaults: setting '" + key + "' has unknown type '" + type + "'");
        }
        return new Setting(key, text, type, list, optional, min, strict, max, List.of());
    }

    /** Checks {@code v}; {@code where} names the file and line it came from. */
    void check(ConfigValue v, String where) {
        if (v.valueType() == ConfigValueType.NULL) {
            if (!optional) {
                fail("must be set (" + describe() + ")", where);
            }
            return;
        }
        if (list) {
            if (v.valueType() != ConfigValueType.LIST) {
                fail("must be a list of " + describe() + ", got " + render(v), where);
            }
            for (ConfigValue e : (ConfigList) v) {
                checkScalar(e, where);
            }
            return;
        }
        checkScalar(v, where);
    }

    private void checkScalar(ConfigValue v, String where) {
        Object raw = v.unwrapped();
        switch (type) {
            case "choice" -> {
                // a choice among auto, true and false may be written as a bare boolean
                boolean named = v.valueType() == ConfigValueType.STRING
                        || v.valueType() == ConfigValueType.BOOLEAN;
                if (!named || !choices.contains(String.valueOf(raw))) {
                    fail("must be one of " + String.join(", ", choices) + ", got " + render(v), where);
                }
            }
            case "string" -> {
                if (v.valueType() != ConfigValueType.STRING || ((String) raw).isBlank()) {
                    fail("must be a non-empty string, got " + render(v), where);
                }
            }
            case "boolean" -> {
                if (v.valueType() != ConfigValueType.BOOLEAN
                        && !(v.valueType() == ConfigValueType.STRING && List.of("true", "false").contains(raw))) {
                    fail("must be true or false, got " + render(v), where);
                }
            }
            default -> checkNumber(v, where);
        }
    }

    private void checkNumber(ConfigValue v, String where) {
        double d;
        Object raw = v.unwrapped();
        if (raw instanceof Number n) {
            d = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                d = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                fail("must be " + describe() + ", got " + render(v), where);
                return;
            }
        } else {
            fail("must be " + describe() + ", got " + render(v), where);
            return;
        }
        if (type.equals("int") || type.equals("long")) {
            if (d != Math.rint(d)) {
                fail("must be " + describe() + ", got " + render(v), where);
            }
            if (type.equals("int") ? d < Integer.MIN_VALUE || d > Integer.MAX_VALUE : !(Math.abs(d) < 0x1p63)) {
                fail("must be " + describe() + " that fits in " + (type.equals("int") ? 32 : 64) + " bits, got "
                        + render(v), where);
            }
        }
        if (Double.isNaN(d) || (min != null && (minStrict ? d <= min : d < min)) || (max != null && d > max)) {
            fail("must be " + describe() + ", got " + render(v), where);
        }
    }

    /** The rule in words, e.g. "an integer >= 2". */
    public String describe() {
        if (type.equals("choice")) {
            return "one of " + String.join(", ", choices);
        }
        String what = switch (type) {
            case "int", "long" -> "an integer";
            case "double" -> "a number";
            case "boolean" -> "true or false";
            default -> "a string";
        };
        if (max != null) {
            return what + " in [" + fmt(min) + ", " + fmt(max) + "]";
        }
        if (min != null) {
            return what + (minStrict ? " > " : " >= ") + fmt(min);
        }
        return what;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String render(ConfigValue v) {
        return v.render(ConfigRenderOptions.concise());
    }

    private void fail(String what, String where) {
        throw new ConfigError("setting '" + key + "' " + what + (where == null ? "" : " (" + where + ")"));
    }
}
