// The header files a static host reads carry exactly the policy the built page carries in its meta tag.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_FILES, headerFiles } from './site-plugins.ts';

describe('the policy as header files', () => {
  it('gives Netlify and Cloudflare Pages the policy for every path', () => {
    const text = headerFiles().find(({ file }) => file === '_headers')?.text ?? '';
    const [pattern, header] = text.trimEnd().split('\n');
    expect(pattern).toBe('/*');
    expect(header.startsWith('  ')).toBe(true);
    expect(header.trim()).toBe(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
  });

  it('gives Apache the policy inside a guard for mod_headers, quoted whole', () => {
    const text = headerFiles().find(({ file }) => file === '.htaccess')?.text ?? '';
    expect(text).toContain('<IfModule mod_headers.c>');
    expect(text).toContain(`Header set Content-Security-Policy "${CONTENT_SECURITY_POLICY}"`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('"');
  });

  it('follows the policy it is given, and names only files the service worker leaves out', () => {
    expect(headerFiles("default-src 'none'").every(({ text }) => text.includes("default-src 'none'"))).toBe(true);
    expect(HEADER_FILES).toEqual(['_headers', '.htaccess']);
  });
});
