// The built lab served by `vite preview` for the browser benchmarks (run `vite build` first).

import { spawn, type ChildProcess } from 'node:child_process';

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Serves the build in `outDir` (dist/ unless given: e.g. a saved baseline build to compare with). */
export async function startPreview(port: number, outDir?: string): Promise<PreviewServer> {
  const url = `http://localhost:${port}`;
  const build = outDir === undefined ? [] : ['--outDir', outDir];
  // Its own process group, so that stopping it also stops the vite process npx starts.
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', ...build], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port} (run \`vite build\` first)`);
}

/** Chromium as the lab's tests run it: Debian's build, no background network. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
