// A plain static file server for the built site under any sub-path, as a course website would host it. Like
// Netlify or Cloudflare Pages, it sends the headers that the site's `_headers` file gives for each path.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticSite {
  /** The site's address, ending in the sub-path and a slash. */
  url: string;
  close(): Promise<void>;
}

/** The `_headers` file's rules: a path pattern (`*` matches anything) and the headers sent for it. */
function headerRules(directory: string): { pattern: RegExp; headers: Record<string, string> }[] {
  const file = join(directory, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** Serves directory at http://127.0.0.1:<free port><subPath>, and nothing outside it. */
export async function serveStatic(directory: string, subPath: string): Promise<StaticSite> {
  const rules = headerRules(directory);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(directory, path.slice(subPath.length)));
    if (!file.startsWith(normalize(directory))) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    const sitePath = path.slice(subPath.length - 1);
    const headers = Object.assign({}, ...rules.filter((rule) => rule.pattern.test(sitePath)).map((rule) => rule.headers));
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
