// Every string the lab shows, per language. A catalog is one typed object per area of the page, assembled in
// en/index.ts and zh/index.ts (a new area is one line in each); the Chinese catalog must have the English
// one's shape, so a string missing in one language is a type error, and strings with numbers in them are
// functions, so each language orders its words its own way. Each catalog is its own module, so the page
// fetches only the language it shows; all-messages.ts holds both at once for tests and tools.
import type { Language } from './language';
import { en } from './en';

export type Messages = typeof en;

/** Where each language's catalog comes from. */
export type CatalogLoaders = Readonly<Record<Language, () => Promise<Messages>>>;

/**
 * English is part of the page's own script: it is the fallback when another catalog cannot be fetched, and most
 * readers need no second fetch before the first paint (measured: the landing and training pages' figures in
 * bench/page-weight.ts). Every other language is a dynamic import, its own chunk, fetched only when shown.
 */
export const CATALOG_LOADERS: CatalogLoaders = {
  en: async () => en,
  zh: async () => (await import('./zh')).zh,
};

/** A catalog that did not arrive (the network dropped, or a newer deployment removed the old chunk). */
export class CatalogLoadError extends Error {
  constructor(
    readonly language: Language,
    options: { cause: unknown },
  ) {
    super(`the ${language} catalog did not load`, options);
    this.name = 'CatalogLoadError';
  }
}

/** A language's catalog; rejects with a CatalogLoadError naming the language when it cannot be had. */
export async function loadMessages(language: Language, loaders: CatalogLoaders = CATALOG_LOADERS): Promise<Messages> {
  try {
    const messages = await loaders[language]();
    // A chunk that answered with something else (a host's HTML error page served as a script, say) is no catalog.
    if (typeof messages?.app?.title !== 'string') throw new TypeError('not a catalog');
    return messages;
  } catch (cause) {
    throw new CatalogLoadError(language, { cause });
  }
}
