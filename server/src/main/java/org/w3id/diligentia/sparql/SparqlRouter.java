package org.w3id.diligentia.sparql;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;

/**
 * A Jetty handler in front of the application: requests for {@link SparqlEndpoint#PATH} go to the
 * embedded Fuseki handler, everything else to the wrapped (Javalin) handler. The Fuseki handler is
 * a managed bean, started and stopped with the server.
 */
public final class SparqlRouter extends Handler.Wrapper {
    private final Handler sparql;

    public SparqlRouter(Handler sparql) {
        this.sparql = sparql;
        addBean(sparql, true);
    }

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        sparql.setServer(server);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals(SparqlEndpoint.PATH) || path.startsWith(SparqlEndpoint.PATH + "/"))
            return sparql.handle(request, response, callback);
        return super.handle(request, response, callback);
    }
}
