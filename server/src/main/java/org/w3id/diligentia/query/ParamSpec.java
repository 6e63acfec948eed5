package org.w3id.diligentia.query;

import java.util.Map;
import java.util.Optional;

/**
 * One declared parameter of a canned query: the query variable it binds, its type (see
 * {@code ParamType}), whether it is required, its default, and a description.
 */
public record ParamSpec(String name, String type, boolean required, Optional<String> defaultValue, String description) {

    static ParamSpec fromHeader(String queryName, Map<String, String> entry) {
        String name = entry.get("name");
        String type = entry.get("type");
        if (name == null || name.isBlank() || type == null || type.isBlank())
            throw new IllegalArgumentException(queryName + ": every parameter needs 'name' and 'type', got " + entry);
        String def = entry.get("default");
        boolean required = Boolean.parseBoolean(entry.getOrDefault("required", def == null ? "true" : "false"));
        return new ParamSpec(name, type, required,
                def == null || def.isBlank() ? Optional.empty() : Optional.of(def),
                entry.getOrDefault("description", ""));
    }
}
