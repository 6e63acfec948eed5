package org.w3id.diligentia.load;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Parses source files into a dataset, each file's triples into its own named graph (a TriG file's
 * named graphs keep their names). Every file is parsed even after an error, so that one run reports
 * every broken file; the caller refuses the load if any problem was found.
 */
final class SourceParser {

    /** Parses {@code files} into {@code target}; returns the triples read and the problems found. */
    static Result parseAll(List<SourceFile> files, DatasetGraph target) {
        List<LoadProblem> problems = new ArrayList<>();
        long triples = 0;
        for (SourceFile file : files) {
            StreamRDF sink = StreamRDFLib.extendTriplesToQuads(file.graph(), StreamRDFLib.dataset(target));
            StreamRDFCounting counting = StreamRDFLib.count(sink);
            Collector collector = new Collector(file.name());
            try {
                RDFParser.source(file.path())
                        .lang(file.lang())
                        .errorHandler(collector)
                        .parse(counting);
            } catch (RiotException e) {
                if (collector.problems.isEmpty())
                    collector.problems.add(LoadProblem.parse(file.name(), -1, -1, e.getMessage()));
            }
            problems.addAll(collector.problems);
            triples += counting.count();
        }
        return new Result(triples, problems);
    }

    record Result(long triples, List<LoadProblem> problems) {}

    /** Records errors with their position; warnings (such as unusual IRIs) are not problems. */
    private static final class Collector implements ErrorHandler {
        private final String file;
        private final List<LoadProblem> problems = new ArrayList<>();

        Collector(String file) {
            this.file = file;
        }

        @Override
        public void warning(String message, long line, long col) {
            // Warnings do not refuse a file.
        }

        @Override
        public void error(String message, long line, long col) {
            problems.add(LoadProblem.parse(file, line, col, message));
            throw new RiotException(message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            problems.add(LoadProblem.parse(file, line, col, message));
            throw new RiotException(message);
        }
    }

    private SourceParser() {}
}
