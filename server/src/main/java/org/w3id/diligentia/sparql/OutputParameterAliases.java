package org.w3id.diligentia.sparql;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Lets Fuseki understand the result-format parameters common SPARQL clients send. SPARQLWrapper,
 * for one, adds {@code format=}, {@code output=} and {@code results=} to every request with its
 * own names for the formats; Fuseki reads {@code output} and {@code format} as a format name or
 * media type and answers 400 ("Can't determine output content type") to {@code rdf+xml} and
 * {@code n3}, which SPARQLWrapper sends for RDF/XML and N3. This filter, in front of the endpoint,
 * maps those names to ones Fuseki knows, for query strings and POSTed forms alike; anything else
 * passes unchanged.
 */
final class OutputParameterAliases implements Filter {
    private static final Set<String> PARAMETERS = Set.of("output", "format", "results");
    private static final Map<String, String> ALIASES = Map.of(
            "rdf+xml", "xml",
            "rdf", "xml",
            "rdfxml", "xml",
            "n3", "ttl",
            "text/n3", "ttl",
            "text/rdf+n3", "ttl",
            "n-triples", "nt",
            "ntriples", "nt");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && PARAMETERS.stream().anyMatch(p -> needsAlias(http.getParameterValues(p))))
            request = new Aliased(http);
        chain.doFilter(request, response);
    }

    private static boolean needsAlias(String[] values) {
        return values != null && Arrays.stream(values).anyMatch(v -> v != null && ALIASES.containsKey(v.strip().toLowerCase(Locale.ROOT)));
    }

    private static String alias(String value) {
        return value == null ? null : ALIASES.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value);
    }

    /** The request with the aliased parameter values. */
    private static final class Aliased extends HttpServletRequestWrapper {
        Aliased(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return PARAMETERS.contains(name) ? alias(value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null || !PARAMETERS.contains(name))
                return values;
            return Arrays.stream(values).map(OutputParameterAliases::alias).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.replaceAll((name, values) -> PARAMETERS.contains(name)
                    ? Arrays.stream(values).map(OutputParameterAliases::alias).toArray(String[]::new) : values);
            return Collections.unmodifiableMap(map);
        }
    }
}
