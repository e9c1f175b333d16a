// Swagger UI on koop's OpenAPI document; a file of its own, since koop's pages allow no inline script.
window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.yml',
    dom_id: '#swagger-ui',
    // a deep link inside each operation's button would nest one control in another (axe: nested-interactive)
    deepLinking: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    // the highlighting's colours are too faint on its dark ground (axe: color-contrast)
    syntaxHighlight: {activated: false},
    // the document's own check against swagger.io would leave koop's page: never
    validatorUrl: null
  });
});
