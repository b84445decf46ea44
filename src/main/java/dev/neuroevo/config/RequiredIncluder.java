package dev.neuroevo.config;

import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigObject;
import java.io.File;

/**
 * HOCON skips an {@code include} whose file is missing; a job that includes a shared file expects
 * its settings, so here every include is {@code required(...)}: HOCON's own includer, told that
 * nothing may be missing.
 */
final class RequiredIncluder implements ConfigIncluder, ConfigIncluderFile {
    private final ConfigIncluder standard;

    RequiredIncluder() {
        this(null);
    }

    private RequiredIncluder(ConfigIncluder standard) {
        this.standard = standard;
    }

    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
        return new RequiredIncluder(fallback);
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
        return standard.include(required(context), what);
    }

    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File file) {
        return ((ConfigIncluderFile) standard).includeFile(required(context), file);
    }

    private static ConfigIncludeContext required(ConfigIncludeContext context) {
        return context.setParseOptions(context.parseOptions().setAllowMissing(false));
    }
}
