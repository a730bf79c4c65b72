/*
 * Starts Swagger UI on /docs (an external script: the page's Content Security Policy allows no
 * inline one). The OpenAPI document's URL comes from the page.
 */
(function () {
  "use strict";
  var node = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({
    url: node.getAttribute("data-openapi-url"),
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    // No badge from the public online validator: it would send the document's address to a
    // third party (and the page's policy would block the image anyway).
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIBundle.SwaggerUIStandalonePreset]
  });
})();
