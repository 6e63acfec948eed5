package org.w3id.diligentia.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and positional arguments of one subcommand: {@code --name value}, {@code --name=value}
 * and {@code --flag}. Unknown options are a {@link UsageException} naming them.
 */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                o.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                o.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size())
                        throw new UsageException("Option --" + name + " needs a value.");
                    value = args.get(++i);
                }
                o.values.put(name, value);
            } else {
                throw new UsageException("Unknown option '" + arg + "'.");
            }
        }
        return o;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }

    int intValue(String name, int fallback) {
        String v = values.get(name);
        if (v == null)
            return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " needs a whole number, got '" + v + "'.");
        }
    }
}
