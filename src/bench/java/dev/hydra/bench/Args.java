package dev.hydra.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments, as the linkfarm scripts take them. */
final class Args {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(args[i].substring(2), hasValue ? args[++i] : "true");
            } else {
                positional.add(args[i]);
            }
        }
    }

    String positional(int index) {
        if (index >= positional.size()) {
            throw new IllegalArgumentException("missing argument " + (index + 1));
        }
        return positional.get(index);
    }

    /** How many positional arguments there are. */
    int count() {
        return positional.size();
    }

    String text(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    double decimal(String name, double fallback) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
