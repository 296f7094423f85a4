// Swagger UI for each service's OpenAPI document, fetched through the gateway with the dashboard's key (kept in this
// tab's session storage), and "try it out" through the gateway with the same key.
const key = sessionStorage.getItem('tracker.apiKey');
const status = document.getElementById('api-docs-status');
if (!key) {
  status.textContent = 'Sign in to the dashboard first (in this tab): the API documents are for signed-in users.';
} else {
  status.textContent = '';
  window.SwaggerUIBundle({
    dom_id: '#swagger-ui',
    urls: [
      { name: 'commitments-service', url: '/api/docs/commitments' },
      { name: 'ingest-service', url: '/api/docs/ingest' },
      { name: 'notify-service', url: '/api/docs/notify' },
    ],
    'urls.primaryName': 'commitments-service',
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIStandalonePreset],
    plugins: [window.SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    requestInterceptor: request => {
      request.headers.Authorization = `Bearer ${key}`;
      return request;
    },
  });
}
