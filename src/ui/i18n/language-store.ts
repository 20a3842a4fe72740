// The page's language: chosen once at start (link, stored choice, browser), changed by the picker.
// The choice is kept in localStorage, written into the address bar (and so into every shared link)
// when explicit, and set as the page's `lang` attribute and title.
// Words arrive per language: English is part of the page's own script (it is also the fallback), every other
// catalog is fetched when it is needed, and before the first render when the page opens in that language
// (main.tsx awaits startLanguage), so the first paint already speaks it and no other language flashes by.
import { create } from 'zustand';
import { readAddressLanguage, replaceAddressLanguage } from '../app/address-bar';
import { en } from './en';
import { chooseLanguage, HTML_LANG, LANG_STORAGE_KEY, type Language, type LanguageChoice } from './language';
import { CATALOG_LOADERS, loadMessages, type CatalogLoaders, type Messages } from './messages';

export interface LanguageState extends LanguageChoice {
  /** The words of `language` (English until startLanguage has brought the chosen one). */
  messages: Messages;
  /** A language whose words are on their way; the page keeps its current words until they arrive. */
  loading: Language | null;
  /** A language whose words could not be fetched; the page says so in its current language. */
  failed: Language | null;
  /** Brings the chosen language's words before the first render; falls back to English if they cannot be had. */
  startLanguage(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  dismissUnknown(): void;
  dismissFailed(): void;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage refused (private modes): the choice lasts for this page only
  }
}

function store(language: Language): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, language);
  } catch {
    // as above
  }
}

/** Puts the language on the document and in the address bar. */
function apply(state: LanguageState): void {
  if (typeof document === 'undefined') return; // unit tests run without a page
  document.documentElement.lang = HTML_LANG[state.language];
  document.title = state.messages.app.title;
  replaceAddressLanguage(addressLanguage(state));
}

function initialChoice(): LanguageChoice {
  if (typeof window === 'undefined') return { language: 'en', explicit: false, unknown: null };
  return chooseLanguage(readAddressLanguage(), readStored(), window.navigator.languages ?? [window.navigator.language]);
}

/** The language store over the given catalog loaders (tests hand in loaders that fail or wait). */
export function createLanguageStore(choice: LanguageChoice, loaders: CatalogLoaders = CATALOG_LOADERS) {
  return create<LanguageState>()((set, get) => ({
    ...choice,
    messages: en,
    loading: null,
    failed: null,
    async startLanguage() {
      const { language } = get();
      try {
        set({ messages: await loadMessages(language, loaders) });
      } catch {
        // The lab works on in English and says which language did not come (in English, the words it has).
        set({ language: 'en', explicit: false, messages: en, failed: language });
      }
      apply(get());
    },
    async setLanguage(language) {
      set({ loading: language, failed: null });
      try {
        const messages = await loadMessages(language, loaders);
        if (get().loading !== language) return; // a later choice overtook this one
        store(language);
        set({ language, explicit: true, messages, loading: null });
        apply(get());
      } catch {
        if (get().loading === language) set({ loading: null, failed: language });
      }
    },
    dismissUnknown: () => set({ unknown: null }),
    dismissFailed: () => set({ failed: null }),
  }));
}

export const useLanguageStore = createLanguageStore(initialChoice());

/** Called once before the first render: the chosen language's words, on the document too. */
export function startLanguage(): Promise<void> {
  return useLanguageStore.getState().startLanguage();
}

/** The strings of the page's language; components re-render when it changes. */
export function useT(): Messages {
  return useLanguageStore((state) => state.messages);
}

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}

/** The language an address carries: the reader's choice (links carry `lang=`), none for a guessed one. */
function addressLanguage({ language, explicit }: Pick<LanguageChoice, 'language' | 'explicit'>): Language | null {
  return explicit ? language : null;
}

/** The language every address the lab writes carries, now (for addresses built on a click). */
export function linkLanguage(): Language | null {
  return addressLanguage(useLanguageStore.getState());
}

/** linkLanguage for components: they re-render, and so rewrite their links, when the language changes. */
export function useLinkLanguage(): Language | null {
  return useLanguageStore(addressLanguage);
}
