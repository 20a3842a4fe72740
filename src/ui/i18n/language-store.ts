// The page's language: chosen once at start (link, stored choice, browser), changed by the picker.
// The choice is kept in localStorage, written into the address bar (and so into every shared link)
// when explicit, and set as the page's `lang` attribute and title.
import { useCallback } from 'react';
import { create } from 'zustand';
import { chooseLanguage, HTML_LANG, LANG_STORAGE_KEY, withLanguage, type Language, type LanguageChoice } from './language';
import { MESSAGES, type Messages } from './messages';

interface LanguageState extends LanguageChoice {
  setLanguage(language: Language): void;
  dismissUnknown(): void;
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
function apply(choice: LanguageChoice): void {
  document.documentElement.lang = HTML_LANG[choice.language];
  document.title = MESSAGES[choice.language].app.title;
  const search = withLanguage(window.location.search, choice);
  if (search !== window.location.search) window.history.replaceState(window.history.state, '', window.location.pathname + search + window.location.hash);
}

function initialChoice(): LanguageChoice {
  if (typeof window === 'undefined') return { language: 'en', explicit: false, unknown: null };
  return chooseLanguage(window.location.search, readStored(), window.navigator.languages ?? [window.navigator.language]);
}

export const useLanguageStore = create<LanguageState>()((set, get) => ({
  ...initialChoice(),
  setLanguage(language) {
    store(language);
    set({ language, explicit: true });
    apply(get());
  },
  dismissUnknown: () => set({ unknown: null }),
}));

/** Called once at start: the document gets the chosen language before the first paint. */
export function applyInitialLanguage(): void {
  apply(useLanguageStore.getState());
}

/** The strings of the page's language; components re-render when it changes. */
export function useT(): Messages {
  return MESSAGES[useLanguageStore((state) => state.language)];
}

export function useLanguage(): Language {
  return useLanguageStore((state) => state.language);
}

/** The search string with the language in it when the reader chose it (links carry `lang=`), else unchanged. */
function withChosenLanguage(search: string, language: Language, explicit: boolean): string {
  return explicit ? withLanguage(search, { language, explicit }) : search;
}

/** A search string written by the lab, with the explicit language kept in it. */
export function withPageLanguage(search: string): string {
  const { language, explicit } = useLanguageStore.getState();
  return withChosenLanguage(search, language, explicit);
}

/** withPageLanguage for components: they re-render, and so rewrite their links, when the language changes. */
export function useWithPageLanguage(): (search: string) => string {
  const language = useLanguage();
  const explicit = useLanguageStore((state) => state.explicit);
  return useCallback((search: string) => withChosenLanguage(search, language, explicit), [language, explicit]);
}
