package org.w3id.diligentia.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.diligentia.store.GraphStoreUpload;
import org.w3id.diligentia.store.RemoteQueryExecutor;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.store.TdbStore;

/**
 * One standalone Fuseki per test JVM, shared by the remote-mode runs of the test suites: a dataset
 * per knowledge base ({@code shipped}, and one per fixture), each filled through the Graph Store
 * Protocol with exactly what the embedded store of the same name holds (so versions and ETags match
 * too). Stopped when the JVM exits.
 */
public final class SharedFuseki {
    static final List<String> DATASETS = List.of("shipped", "linked-data", "minimal");
    private static StandaloneFuseki fuseki;
    private static final Map<String, RemoteStore> STORES = new HashMap<>();

    private SharedFuseki() {}

    /** A remote store over the dataset holding the shipped knowledge base ({@code shipped}) or a fixture. */
    public static synchronized RemoteStore store(String name) {
        return STORES.computeIfAbsent(name, n -> {
            TdbStore embedded = n.equals("shipped") ? ShippedStore.get() : FixtureStore.get(n);
            StandaloneFuseki f = fuseki();
            DatasetGraph dataset = embedded.localDataset().orElseThrow();
            GraphStoreUpload upload = new GraphStoreUpload(f.endpoints(n).graphStore().orElseThrow(),
                    RemoteQueryExecutor.httpClient(java.time.Duration.ofSeconds(5)));
            Txn.executeRead(dataset, () -> upload.upload(dataset));
            return RemoteStore.connect(f.endpoints(n));
        });
    }

    /** The endpoints of the dataset {@link #store(String)} holds (it is uploaded first). */
    public static synchronized org.w3id.diligentia.config.RemoteEndpoints endpoints(String name) {
        store(name);
        return fuseki().endpoints(name);
    }

    static synchronized StandaloneFuseki fuseki() {
        if (fuseki == null) {
            try {
                fuseki = StandaloneFuseki.start(Files.createTempDirectory("diligentia-fuseki"), DATASETS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StandaloneFuseki started = fuseki;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-shared-fuseki"));
        }
        return fuseki;
    }
}
