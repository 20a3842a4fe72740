// Vite builds the lab (React on the main thread, tfjs only in the training worker); Vitest runs the unit tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy, contentSecurityPolicyHeaders, offlineServiceWorker } from './scripts/site-plugins.ts';

export default defineConfig({
  // Relative asset paths, so the built lab works from any static host and any sub-path.
  base: './',
  plugins: [react(), contentSecurityPolicy(), contentSecurityPolicyHeaders(), offlineServiceWorker()],
  // `npm run preview` serves the built lab as a strict host would: the policy as a header, which reaches the workers too.
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // A test that asserts nothing passes whatever the code does: every test must call expect at least once.
    expect: { requireAssertions: true },
  },
});
