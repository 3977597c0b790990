import { defineConfig } from 'vite';

// The client is served by the service at / in production (client/dist) and by Vite in
// development, proxying /graphql to the service.
export default defineConfig({
  root: 'client',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': process.env.CRIMEGRAPH_API ?? 'http://127.0.0.1:4000' } },
  worker: { format: 'es' },
});
