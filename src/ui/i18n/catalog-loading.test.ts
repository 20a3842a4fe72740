// Words arrive per language: the loader brings a catalog or says which did not come, the language store keeps
// the page's words until the new ones are here (and keeps them when they never come), and the page's own code
// never holds both catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOG_LOADERS, CatalogLoadError, loadMessages, type CatalogLoaders, type Messages } from './messages';
import { createLanguageStore } from './language-store';
import { zh } from './zh';

const english = { language: 'en', explicit: false, unknown: null } as const;
const chinese = { language: 'zh', explicit: true, unknown: null } as const;
const unreachable = (): Promise<Messages> => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** Loaders whose Chinese catalog arrives only when the test says so. */
function heldLoaders() {
  let release: (messages: Messages) => void = () => undefined;
  const loaders: CatalogLoaders = { en: async () => en, zh: () => new Promise<Messages>((resolve) => (release = resolve)) };
  return { loaders, release: (messages: Messages) => release(messages) };
}

describe('loadMessages', () => {
  it("brings each language's catalog, in that language", async () => {
    expect((await loadMessages('en')).app.languageLabel).toBe('Language');
    expect((await loadMessages('zh')).app.languageLabel).toBe('语言');
    expect(await CATALOG_LOADERS.zh()).toBe(zh);
  });

  it('says which language did not come when its chunk cannot be fetched', async () => {
    const failing: CatalogLoaders = { en: async () => en, zh: unreachable };
    const error = await loadMessages('zh', failing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogLoadError);
    expect((error as CatalogLoadError).language).toBe('zh');
    expect((error as CatalogLoadError).cause).toBeInstanceOf(TypeError);
  });

  it('refuses an answer that is no catalog (an error page served in the chunk\'s place)', async () => {
    const wrong: CatalogLoaders = { en: async () => en, zh: async () => ({}) as Messages };
    await expect(loadMessages('zh', wrong)).rejects.toBeInstanceOf(CatalogLoadError);
  });
});

describe('the language store', () => {
  it('starts with English words and brings the chosen language before the first render', async () => {
    const store = createLanguageStore(chinese);
    expect(store.getState().messages).toBe(en);
    await store.getState().startLanguage();
    expect(store.getState()).toMatchObject({ language: 'zh', messages: zh, failed: null });
  });

  it('opens in English and says so when the chosen language cannot be fetched at start', async () => {
    const store = createLanguageStore(chinese, { en: async () => en, zh: unreachable });
    await store.getState().startLanguage();
    expect(store.getState()).toMatchObject({ language: 'en', messages: en, failed: 'zh', explicit: false });
  });

  it('keeps the page in its words while the other language loads, then switches', async () => {
    const { loaders, release } = heldLoaders();
    const store = createLanguageStore(english, loaders);
    const switching = store.getState().setLanguage('zh');
    expect(store.getState()).toMatchObject({ language: 'en', messages: en, loading: 'zh' });
    release(zh);
    await switching;
    expect(store.getState()).toMatchObject({ language: 'zh', messages: zh, loading: null, explicit: true });
  });

  it('stays in its language and says which did not come when a switch fails; a later switch clears the notice', async () => {
    const store = createLanguageStore(english, { en: async () => en, zh: unreachable });
    await store.getState().setLanguage('zh');
    expect(store.getState()).toMatchObject({ language: 'en', messages: en, loading: null, failed: 'zh' });
    await store.getState().setLanguage('en');
    expect(store.getState()).toMatchObject({ language: 'en', failed: null });
  });

  it('lets a later choice overtake one still loading', async () => {
    const { loaders, release } = heldLoaders();
    const store = createLanguageStore(english, loaders);
    const slow = store.getState().setLanguage('zh');
    await store.getState().setLanguage('en');
    release(zh);
    await slow;
    expect(store.getState()).toMatchObject({ language: 'en', messages: en, loading: null });
  });
});

describe("the page's code", () => {
  /** Every module of the app that is not a test (tests and tools may hold both catalogs at once). */
  function appModules(folder: string, out: string[] = []): string[] {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) appModules(path, out);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.includes('/testing/')) out.push(path);
    }
    return out;
  }

  it('imports the Chinese catalog only through the loader, and both catalogs nowhere', () => {
    const modules = appModules(join(import.meta.dirname, '..', '..'));
    expect(modules.length).toBeGreaterThan(50);
    const offenders = modules.filter((path) => {
      // Type imports are erased from the build: only imports of values pull a catalog in.
      const text = readFileSync(path, 'utf8').replace(/^import type [^;]*;$/gm, '');
      const both = /from '(?:[^']*\/)?all-messages'/.test(text);
      const holdsChinese = /from '(?:[^']*\/i18n\/zh|\.\/zh)(?:\/[\w-]+)?'/.test(text) || (path.includes('/i18n/') && /from '\.\.\/zh'/.test(text));
      return both || (holdsChinese && !path.endsWith('/i18n/messages.ts'));
    });
    expect(offenders.filter((path) => !path.endsWith('/i18n/all-messages.ts'))).toEqual([]);
  });
});
