package org.w3id.diligentia.dataset;

import java.nio.file.Path;

/**
 * One download of a dataset version: its file name (which names the version), what it holds, its
 * media type (and, for a compressed or packaged file, the format it compresses or packages), where it
 * is on disk, its size in bytes and its SHA-256 (lowercase hex).
 */
public record DumpFile(Kind kind, String name, Path path, long bytes, String sha256) {

    /** The three downloads: every named graph, the curated sources, the tables. */
    public enum Kind {
        NQUADS("nquads", "N-Quads, gzip", "Every named graph: sources, inferred, intervals, assessments and the meta graph",
                "application/n-quads", "application/gzip", ".nq.gz"),
        SOURCES("sources", "Turtle", "The curated sources (ontology and data files) merged into one graph",
                "text/turtle", null, "-sources.ttl"),
        TABLES("tables", "CSV bundle, zip",
                "States, memberships, instruments, positions with their coding status, and assessments, one CSV file each",
                "text/csv", "application/zip", "-tables.zip");

        private final String key;
        private final String label;
        private final String description;
        private final String mediaType;
        private final String wrapper;
        private final String suffix;

        Kind(String key, String label, String description, String mediaType, String wrapper, String suffix) {
            this.key = key;
            this.label = label;
            this.description = description;
            this.mediaType = mediaType;
            this.wrapper = wrapper;
            this.suffix = suffix;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }

        /** The media type of the content (for a zip of CSV files, text/csv). */
        public String mediaType() {
            return mediaType;
        }

        /** The media type of the compression or package around it (gzip, zip), or null. */
        public String wrapper() {
            return wrapper;
        }

        /** The {@code Content-Type} the file is served with: the wrapper's if any, else the content's. */
        public String contentType() {
            return wrapper != null ? wrapper : mediaType + "; charset=utf-8";
        }

        /** The file name of this download for {@code version}: {@code diligentia-{version}.nq.gz} ... */
        public String fileName(String version) {
            return "diligentia-" + version + suffix;
        }
    }
}
