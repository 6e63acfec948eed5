package org.w3id.diligentia;

import java.time.Clock;
import java.util.List;

import org.w3id.diligentia.consensus.AssessmentMaterializer;
import org.w3id.diligentia.custom.CustomMaterializer;
import org.w3id.diligentia.infer.InferenceRules;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.interval.IntervalMaterializer;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;

/** How the standard components fit together; used by the command line and by tests alike. */
public final class Wiring {
    private Wiring() {}

    /** The loader with every materialization step, in order. */
    public static Loader loader(QueryCatalog catalog, Clock clock) {
        return new Loader(catalog, materializers(catalog), clock);
    }

    /** Every materialization step of a load, in the order the loader runs them. */
    public static List<Materializer> materializers(QueryCatalog catalog) {
        return List.of(new InferenceRules(catalog), new IntervalMaterializer(catalog),
                new AssessmentMaterializer(catalog), new CustomMaterializer(catalog));
    }
}
