// One writer: no module but the address bar (address-bar.ts) reads or writes the browser's address, so every
// link the lab writes goes through the one codec, and the language, page and page state never overwrite each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '..', '..');
const WRITER = 'ui/app/address-bar.ts';
const THIS_TEST = 'ui/app/address-bar.test.ts';

/** Reading the address (location.search, window.location), writing it (pushState, replaceState) or following it (popstate). */
const ADDRESS_ACCESS = [/\blocation\.\w+/, /\b(?:window|document|self|globalThis)\.location\b/, /\bhistory\.(?:pushState|replaceState|state|back|forward|go)\b/, /['"]popstate['"]/];

/** Each line of a text that touches the address, with its number. */
function addressAccess(text: string): string[] {
  return text.split('\n').flatMap((line, index) => (ADDRESS_ACCESS.some((pattern) => pattern.test(line)) ? [`${index + 1}: ${line.trim()}`] : []));
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [relative(SOURCE, path).split('\\').join('/')] : [];
  });
}

describe('the address has one writer', () => {
  it('no source file but the address bar reads or writes location or history', () => {
    const others = sourceFiles(SOURCE).filter((file) => file !== WRITER && file !== THIS_TEST);
    expect(others.length).toBeGreaterThan(100);
    const found = others.flatMap((file) => addressAccess(readFileSync(join(SOURCE, file), 'utf8')).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('the check finds what the address bar itself does, and what a stray writer would do', () => {
    const writer = addressAccess(readFileSync(join(SOURCE, WRITER), 'utf8')).join('\n');
    for (const access of ['window.location.search', 'history.pushState', 'history.replaceState', "'popstate'"]) expect(writer).toContain(access);
    expect(addressAccess("const page = new URLSearchParams(window.location.search).get('page');")).toHaveLength(1);
    expect(addressAccess("window.history.replaceState(null, '', '?page=train');")).toHaveLength(1);
    expect(addressAccess("addEventListener('popstate', onBack);")).toHaveLength(1);
    expect(addressAccess('const href = location.href;')).toHaveLength(1);
    expect(addressAccess('// the item\'s position in the grid')).toEqual([]);
  });
});
