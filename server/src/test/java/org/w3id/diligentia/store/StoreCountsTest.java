package org.w3id.diligentia.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** The node-id counts a load records agree with streaming the dataset, in TDB2 and elsewhere. */
class StoreCountsTest {
    private static final String ID = "https://w3id.org/diligentia/id/";
    private static final Node P = NodeFactory.createURI("https://example.org/p");

    @Test
    void tdb2CountsAreTheStreamedCountsInsideTheWriteTransaction() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> {
            fill(tdb);
            assertEquals(tdb.stream().count(), StoreCounts.quads(tdb));
            assertEquals(7, StoreCounts.quads(tdb));
            assertEquals(3, StoreCounts.subjectsUnder(tdb, ID));
        });
        assertEquals(7, Txn.calculateRead(tdb, () -> StoreCounts.quads(tdb)));
        tdb.close();
    }

    @Test
    void otherDatasetsAreStreamed() {
        DatasetGraph mem = DatasetGraphFactory.createGeneral();
        fill(mem);
        assertEquals(7, StoreCounts.quads(mem));
        assertEquals(3, StoreCounts.subjectsUnder(mem, ID));
    }

    /** Seven quads: the same quad in two graphs counts twice, a subject in several graphs once. */
    private static void fill(DatasetGraph d) {
        Node g1 = NodeFactory.createURI("https://example.org/g1");
        Node g2 = NodeFactory.createURI("https://example.org/g2");
        Node a = NodeFactory.createURI(ID + "state/FRA");
        Node b = NodeFactory.createURI(ID + "state/DEU");
        Node c = NodeFactory.createURI(ID + "org/EU");
        Node outside = NodeFactory.createURI("https://example.org/x");
        Node literal = NodeFactory.createLiteralString("x");
        d.add(Quad.create(g1, a, P, literal));
        d.add(Quad.create(g2, a, P, literal));
        d.add(Quad.create(g1, b, P, a));
        d.add(Quad.create(g2, outside, P, c));
        d.add(Quad.create(g1, NodeFactory.createBlankNode(), P, a));
        d.add(Quad.create(Quad.defaultGraphIRI, c, P, literal));
        d.add(Quad.create(Quad.defaultGraphIRI, outside, P, literal));
    }
}
