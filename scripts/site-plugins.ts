// Build-time plugins for the static site: a strict Content Security Policy in the built page and in header files
// that common static hosts read, and a service worker that precaches every built file so the lab keeps working
// offline after the first visit.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Same-origin scripts only and no inline script; 'wasm-unsafe-eval' lets the tfjs WASM backend compile its
 * binary. Style attributes are allowed (KaTeX positions glyphs with them); style elements must be files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the policy to the built index.html (the dev server keeps its own inline scripts for hot reload). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'q-shop-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

/**
 * The policy as response headers, for hosts that read a file beside the site. A meta tag covers the page
 * only; the training worker and the service worker are scripts of their own, which only a header reaches.
 * `_headers` is read by Netlify and Cloudflare Pages, `.htaccess` by Apache (with mod_headers).
 */
export function headerFiles(policy: string = CONTENT_SECURITY_POLICY): { file: string; text: string }[] {
  return [
    { file: '_headers', text: `/*\n  Content-Security-Policy: ${policy}\n` },
    { file: '.htaccess', text: `<IfModule mod_headers.c>\n  Header set Content-Security-Policy "${policy}"\n</IfModule>\n` },
  ];
}

/** The names of the header files, which are host configuration, not part of the site to precache. */
export const HEADER_FILES = headerFiles().map(({ file }) => file);

/** A build-only plugin that writes into the output folder once the bundle is written. */
function afterBuild(name: string, write: (outDir: string) => void): Plugin {
  let config: ResolvedConfig;
  return {
    name,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      write(config.build.outDir);
    },
  };
}

/** Writes the header files beside the built site. */
export function contentSecurityPolicyHeaders(): Plugin {
  return afterBuild('q-shop-content-security-policy-headers', (outDir) => {
    for (const { file, text } of headerFiles()) writeFileSync(join(outDir, file), text);
  });
}

export const SERVICE_WORKER_FILE = 'sw.js';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The service worker's code: precache on install, drop old caches on activate, answer from the cache first. */
function serviceWorkerSource(files: string[], version: string): string {
  return `// Generated at build time: precaches the lab's ${files.length} built files (version ${version}).
const CACHE = 'q-shop-lab-${version}';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope)))).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith('q-shop-lab-') && key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Pages are one document whatever the query string (?page=train&gamma=0.5): fresh when online, cached when not.
  if (request.mode === 'navigate') {
    const index = new URL('./', self.registration.scope).href;
    event.respondWith(fetch(request).catch(() => caches.match(index, { ignoreSearch: true })));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached || fetch(request)));
});
`;
}

/** Writes sw.js beside the built files, listing all of them (source maps aside) under a content hash. */
export function offlineServiceWorker(): Plugin {
  return afterBuild('q-shop-offline-service-worker', (outDir) => {
    const files = filesUnder(outDir)
      .map((path) => relative(outDir, path).split(sep).join('/'))
      // Source maps are for developers, and every browser that runs the lab takes KaTeX's woff2 fonts.
      .filter((file) => !/\.(map|woff|ttf)$/.test(file) && file !== SERVICE_WORKER_FILE && !HEADER_FILES.includes(file))
      .sort();
    const hash = createHash('sha256');
    for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
    const entries = files.map((file) => (file === 'index.html' ? './' : `./${file}`));
    writeFileSync(join(outDir, SERVICE_WORKER_FILE), serviceWorkerSource(entries, hash.digest('hex').slice(0, 12)));
  });
}
