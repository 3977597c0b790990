// The investigation workspace. Replaced by the client feature; this shows the service is up.
const app = document.getElementById('app');
if (app) app.textContent = 'Crimegraph';
