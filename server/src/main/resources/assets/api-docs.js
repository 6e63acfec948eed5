// /docs: Swagger UI (from the WebJar served by this server) on this server's OpenAPI document.
// No validator badge: it would send the document to validator.swagger.io.
(function () {
  'use strict';
  var node = document.getElementById('swagger-ui');
  if (!node || typeof window.SwaggerUIBundle !== 'function') return;
  node.textContent = '';
  window.ui = window.SwaggerUIBundle({
    url: node.getAttribute('data-url'),
    domNode: node,
    deepLinking: true,
    validatorUrl: null,
    displayRequestDuration: true,
    defaultModelsExpandDepth: 0,
    docExpansion: 'list',
    tryItOutEnabled: false
  });
})();
