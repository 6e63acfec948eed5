package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Everything a resource's HTML page shows: its description, the sections its type calls for, the
 * predicates whose statements those sections already present (left out of the generic tables of
 * facts and incoming links, so nothing is shown twice), the statements a more specific one implies
 * (left out too: see {@code ResourceViews}), and the date the page is as of, when its
 * sections depend on one (members, consensus, effective stances).
 */
public record ResourceView(Description description, List<Section> sections, Set<Node> shownOutgoing,
                           Set<Node> shownIncoming, Set<Triple> implied, Optional<LocalDate> asOf) {}
