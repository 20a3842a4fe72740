// End-to-end tests: Debian's Chromium (Playwright cannot download browsers here) against `vite preview`.
// The test script builds first (`vite build`); for local runs, build once yourself.
import { defineConfig } from '@playwright/test';

const inCi = Boolean(process.env.CI);
// Several checkouts on one machine can test side by side, each on its own preview port.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // A test.only left in a commit would silently skip the rest of the suite in CI.
  forbidOnly: inCi,
  workers: 2,
  retries: inCi ? 1 : 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // GPU flags stay at their defaults: the training page will need WebGL.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !inCi,
    timeout: 60_000,
  },
});
