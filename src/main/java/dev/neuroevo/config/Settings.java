package dev.neuroevo.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective configuration of a run: defaults (declared once, in conf/defaults.conf, which
 * the jar carries), overridden by a job file, overridden by {@code --set key=value}. Every key is
 * checked against its declaration before anything runs.
 */
public final class Settings {
    /** Where the jar carries conf/defaults.conf. */
    public static final String DEFAULTS_RESOURCE = "neuroevo/defaults.conf";

    private final Config config;
    private final Map<String, Setting> declared;

    private Settings(Config config, Map<String, Setting> declared) {
        this.config = config;
        this.declared = declared;
    }

    /** The declarations, by key, in file order. */
    public static Map<String, Setting> declarations() {
        return declarations(defaults());
    }

    private static Map<String, Setting> declarations(Config defaults) {
        Map<String, Setting> out = new LinkedHashMap<>();
        collect(defaults.root(), "", out);
        return out;
    }

    private static Config defaults() {
        InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + DEFAULTS_RESOURCE);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return ConfigFactory.parseReader(r, ConfigParseOptions.defaults().setOriginDescription("conf/defaults.conf"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
        }
    }

    private static void collect(ConfigObject obj, String prefix, Map<String, Setting> out) {
        for (Map.Entry<String, ConfigValue> e : obj.entrySet()) {
            String key = prefix + e.getKey();
            ConfigValue v = e.getValue();
            if (v.valueType() == ConfigValueType.OBJECT) {
                collect((ConfigObject) v, key + ".", out);
            } else {
                out.put(key, Setting.declare(key, String.join(" ", v.origin().comments()).trim()));
            }
        }
    }

    /** Loads and checks a job file with overrides; throws {@link ConfigError} on any bad input. */
    public static Settings load(File job, List<String> overrides) {
        if (!job.isFile()) {
            throw new ConfigError("job file '" + job + "' does not exist or is not a file");
        }
        Config jobConfig;
        try {
            jobConfig = ConfigFactory.parseFile(job, ConfigParseOptions.defaults()
                    .setSyntax(ConfigSyntax.CONF).setAllowMissing(false).setIncluder(new RequiredIncluder()));
        } catch (ConfigException e) {
            throw new ConfigError("job file '" + job + "' cannot be parsed: " + oneLine(e.getMessage()));
        }
        String name = job.getName().replaceFirst("\\.conf$", "");
        if (!jobConfig.hasPath("run.name")) {
            jobConfig = jobConfig.withValue("run.name", ConfigValueFactory.fromAnyRef(name, "job file name"));
        }
        return of(jobConfig, overrides);
    }

    /** The settings saved as {@code text} (a run's config.conf) in {@code origin}. */
    public static Settings parse(String text, String origin) {
        try {
            return of(ConfigFactory.parseString(text), List.of());
        } catch (ConfigException e) {
            throw new ConfigError(origin + " cannot be parsed: " + oneLine(e.getMessage()));
        }
    }

    /** Checks a job given as a Config (tests, programmatic use) with overrides. */
    public static Settings of(Config jobConfig, List<String> overrides) {
        Config defaults = defaults();
        Map<String, Setting> declared = declarations(defaults);
        Config user = jobConfig;
        for (String o : overrides) {
            user = parseOverride(o).withFallback(user);
        }
        checkKnown(user.root(), "", declared);
        Config merged = user.withFallback(defaults).resolve();
        for (Setting s : declared.values()) {
            ConfigValue v = raw(merged, s.key());
            if (v == null) {
                throw new ConfigError("setting '" + s.key() + "' is missing");
            }
            s.check(v, v.origin().description());
        }
        return new Settings(merged, declared);
    }

    /** The value at {@code key}, null values included (Config.getValue refuses those); null if absent. */
    private static ConfigValue raw(Config c, String key) {
        ConfigValue v = c.root();
        for (String part : key.split("\\.")) {
            if (!(v instanceof ConfigObject o)) {
                return null;
            }
            v = o.get(part);
        }
        return v;
    }

    private static Config parseOverride(String o) {
        int eq = o.indexOf('=');
        if (eq <= 0) {
            throw new ConfigError("--set '" + o + "' must be key=value");
        }
        String key = o.substring(0, eq).trim();
        String value = o.substring(eq + 1).trim();
        try {
            return ConfigFactory.parseString(key + " = " + value,
                    ConfigParseOptions.defaults().setOriginDescription("--set " + key));
        } catch (ConfigException e) {
            try {
                return ConfigFactory.parseMap(Map.of(key, value), "--set " + key);
            } catch (ConfigException e2) {
                throw new ConfigError("--set '" + o + "' cannot be parsed: " + oneLine(e2.getMessage()));
            }
        }
    }

    private static void checkKnown(ConfigObject obj, String prefix, Map<String, Setting> declared) {
        for (Map.Entry<String, ConfigValue> e : obj.entrySet()) {
            String key = prefix + e.getKey();
            ConfigValue v = e.getValue();
            if (declared.containsKey(key)) {
                continue;
            }
            boolean isSection = declared.keySet().stream().anyMatch(k -> k.startsWith(key + "."));
            if (isSection && v.valueType() == ConfigValueType.OBJECT) {
                checkKnown((ConfigObject) v, key + ".", declared);
            } else if (isSection) {
                throw new ConfigError("'" + key + "' is a section of settings, not a value ("
                        + v.origin().description() + ")");
            } else {
                throw new ConfigError("unknown setting '" + key + "' (" + v.origin().description()
                        + "); the settings are listed in conf/defaults.conf");
            }
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    public Config config() {
        return config;
    }

    /*
     * Readers named for the Java type they return: integer an int, longInteger a long, real a
     * double (any number the setting holds), bool a boolean. A value of another type fails with
     * HOCON's message, which names the key.
     */
    public String string(String key) {
        return config.getString(key);
    }

    public int integer(String key) {
        return config.getInt(key);
    }

    public long longInteger(String key) {
        return config.getLong(key);
    }

    public double real(String key) {
        return config.getDouble(key);
    }

    public boolean bool(String key) {
        return config.getBoolean(key);
    }

    public boolean isNull(String key) {
        return config.getIsNull(key);
    }

    public List<Integer> integers(String key) {
        return config.getIntList(key);
    }

    /** The effective settings as sorted {@code key = value} lines, HOCON that loads back as a job. */
    public String render() {
        return render(declared.keySet());
    }

    /** The lines of {@link #render()} for {@code keys} only. */
    public String render(Collection<String> keys) {
        Map<String, String> lines = new TreeMap<>();
        for (String key : keys) {
            lines.put(key, config.getIsNull(key) ? "null"
                    : config.getValue(key).render(ConfigRenderOptions.concise().setJson(false)));
        }
        StringBuilder b = new StringBuilder();
        lines.forEach((k, v) -> b.append(k).append(" = ").append(v).append('\n'));
        return b.toString();
    }
}
