// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import svelte from '@astrojs/svelte';

export default defineConfig({
  output: 'server',
  // Whole pages, not streams: an error mid-page must give a 500, not a truncated 200.
  adapter: node({ mode: 'standalone', experimentalDisableStreaming: true }),
  integrations: [svelte()],
  server: { host: true },
  // No code blocks are published; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Forms are checked against the public origin (PUBLIC_BASE_URL) by src/middleware.ts: Astro's
    // own check compares with the address the server was reached at, which behind a proxy that
    // terminates TLS is http://, and so refused every form.
    checkOrigin: false,
    // Astro hashes its own inline scripts and styles into this policy; the other directives
    // are sent as a header by src/middleware.ts (they depend on runtime settings).
    csp: true,
  },
  vite: {
    // PGlite and PDFKit read data files (WebAssembly, font metrics) beside their own modules: not bundled.
    ssr: { external: ['@electric-sql/pglite', 'postgres', 'pdfkit'] },
  },
});
