// The header's language choice: a plain select, labelled in the page's language, each option in its own.
import { LANGUAGES, LANGUAGE_NAMES, HTML_LANG, parseLanguage } from './language';
import { useLanguage, useLanguageStore, useT } from './language-store';

export function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return (
    <label className="language-picker">
      <span className="language-picker__label">{t.app.languageLabel}</span>
      <select
        value={language}
        onChange={(event) => {
          const chosen = parseLanguage(event.target.value);
          if (chosen) setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={HTML_LANG[option]}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Says once that a link asked for a language the lab does not have. */
export function UnknownLanguageNotice() {
  const t = useT();
  const unknown = useLanguageStore((state) => state.unknown);
  const dismiss = useLanguageStore((state) => state.dismissUnknown);
  if (unknown === null) return null;
  return (
    <section className="notice language-notice" role="status">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <p className="notice__text">{t.app.unknownLanguage(unknown)}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {t.app.dismiss}
      </button>
    </section>
  );
}
