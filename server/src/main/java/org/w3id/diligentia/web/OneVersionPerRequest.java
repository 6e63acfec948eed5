package org.w3id.diligentia.web;

import java.io.IOException;
import java.util.function.Predicate;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.w3id.diligentia.store.KnowledgeStore;

/**
 * Runs each request of Javalin's routes inside {@link KnowledgeStore#readingOneVersion}, so an
 * answer built from several queries (an assessment, a page) reads one version of the data even if
 * a reload commits in the middle of it. (A SPARQL query at {@code /sparql} is one transaction
 * anyway.) A request for a path that reads no data ({@code readsNoData}: a constant answer, an
 * asset, a document cached by version) runs as is: it does not pay for a transaction.
 */
public final class OneVersionPerRequest implements Filter {
    private final KnowledgeStore store;
    private final Predicate<String> readsNoData;

    /** {@code readsNoData} tells, from a request's path, whether it can be answered without reading the store. */
    public OneVersionPerRequest(KnowledgeStore store, Predicate<String> readsNoData) {
        this.store = store;
        this.readsNoData = readsNoData;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && readsNoData.test(http.getRequestURI().substring(http.getContextPath().length()))) {
            chain.doFilter(request, response);
            return;
        }
        try {
            store.readingOneVersion(() -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException | ServletException e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked c) {
            if (c.getCause() instanceof IOException io)
                throw io;
            throw (ServletException) c.getCause();
        }
    }

    /** Carries a checked exception of the chain through the store's transaction. */
    private static final class Checked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Checked(Exception cause) {
            super(cause);
        }
    }
}
