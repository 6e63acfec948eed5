package org.w3id.diligentia.sparql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The filter that maps the format names SPARQL clients send (SPARQLWrapper's {@code rdf+xml},
 * {@code n3}, ...) to Fuseki's, in {@code output}, {@code format} and {@code results} only. The
 * request is the servlet API's interface, answered from a map (a stand-in for Jetty's request).
 */
class OutputParameterAliasesTest {
    /** A request whose parameters are {@code parameters}. */
    private static HttpServletRequest request(Map<String, String[]> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> {
                        String[] v = parameters.get((String) args[0]);
                        yield v == null ? null : v[0];
                    }
                    case "getParameterValues" -> parameters.get((String) args[0]);
                    case "getParameterMap" -> parameters;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The request the endpoint behind the filter sees. */
    private static ServletRequest filtered(HttpServletRequest request) throws Exception {
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        new OutputParameterAliases().doFilter(request, null, (req, res) -> seen.set(req));
        return seen.get();
    }

    @Test
    void sparqlWrapperNamesBecomeFusekisInEveryParameterView() throws Exception {
        ServletRequest r = filtered(request(Map.of("output", new String[] {" RDF+XML "}, "format", new String[] {"n3", "json"},
                "results", new String[] {"n-triples"}, "query", new String[] {"ASK {}"})));
        assertEquals("xml", r.getParameter("output"));
        assertArrayEquals(new String[] {"ttl", "json"}, r.getParameterValues("format"));
        assertEquals("nt", r.getParameter("results"));
        assertArrayEquals(new String[] {"xml"}, r.getParameterMap().get("output"));
        assertEquals("ASK {}", r.getParameter("query"));
    }

    @Test
    void otherParametersAndOtherValuesPassUnchanged() throws Exception {
        // "n3" is a format name only in the format parameters: a query parameter keeps it.
        HttpServletRequest plain = request(Map.of("output", new String[] {"json"}, "query", new String[] {"n3"}));
        assertSame(plain, filtered(plain), "nothing to alias: the request itself goes on");
        ServletRequest r = filtered(request(Map.of("output", new String[] {"rdf"}, "query", new String[] {"n3"})));
        assertEquals("n3", r.getParameter("query"));
        assertArrayEquals(new String[] {"n3"}, r.getParameterValues("query"));
        assertEquals(null, r.getParameter("format"));
    }
}
