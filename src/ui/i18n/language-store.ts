// The page's language: chosen once at start (link, stored choice, browser), changed by the picker.
// The choice is kept in localStorage, written into the address bar (and so into every shared link)
// when explicit, and set as the page's `lang` attribute and title.
import { create } from 'zustand';
import { readAddressLanguage, replaceAddressLanguage } from '../app/address-bar';
import { chooseLanguage, HTML_LANG, LANG_STORAGE_KEY, type Language, type LanguageChoice } from './language';
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
  replaceAddressLanguage(addressLanguage(choice));
}

function initialChoice(): LanguageChoice {
  if (typeof window === 'undefined') return { language: 'en', explicit: false, unknown: null };
  return chooseLanguage(readAddressLanguage(), readStored(), window.navigator.languages ?? [window.navigator.language]);
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
