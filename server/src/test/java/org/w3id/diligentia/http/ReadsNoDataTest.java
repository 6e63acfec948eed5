package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The routes that run without a read transaction (Routes.readsNoData) are those that read no data,
 * and only those: every answer built from the store reads one version of it.
 */
class ReadsNoDataTest {
    @ParameterizedTest
    @ValueSource(strings = {"/ping", "/health", "/openapi.json", "/docs", "/assets/dashboard.css", "/webjars/swagger-ui/index.html"})
    void aConstantACachedDocumentOrAnAssetOpensNoTransaction(String path) {
        assertTrue(Routes.readsNoData(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/consensus", "/api/states/FRA", "/page/state/FRA", "/data/state/FRA", "/id/state/FRA",
            "/ontology", "/context.jsonld", "/query", "/pingx", "/docs/x", "/health/", "/assets", "/admin/reload"})
    void everyOtherPathReadsOneVersion(String path) {
        assertFalse(Routes.readsNoData(path), path);
    }
}
