package org.w3id.diligentia.http;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An API answer with its citation: the answer's own fields, unchanged, and beside them
 * {@code citation} ({@link org.w3id.diligentia.cite.CitationFormats#json}).
 */
record Cited<T>(@JsonUnwrapped T answer, Map<String, Object> citation) {}
