// The header's language choice: a plain select, labelled in the page's language, each option in its own.
// A language whose words are not yet on the page is fetched first; the select shows it as chosen meanwhile.
import { LANGUAGES, LANGUAGE_NAMES, HTML_LANG, parseLanguage } from './language';
import { useLanguage, useLanguageStore, useT } from './language-store';

export function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  const loading = useLanguageStore((state) => state.loading);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return (
    <>
    <label className="language-picker">
      <span className="language-picker__label">{t.app.languageLabel}</span>
      <select
        value={loading ?? language}
        aria-busy={loading !== null}
        onChange={(event) => {
          const chosen = parseLanguage(event.target.value);
          if (chosen) void setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={HTML_LANG[option]}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
      {/* Beside the label, not in it: the select's name stays "Language". */}
      {loading !== null && (
        <span className="language-picker__loading muted" role="status">
          {t.app.languageLoading(LANGUAGE_NAMES[loading])}
        </span>
      )}
    </>
  );
}

/** Says once that a link asked for a language the lab does not have. */
export function UnknownLanguageNotice() {
  const t = useT();
  const unknown = useLanguageStore((state) => state.unknown);
  const dismiss = useLanguageStore((state) => state.dismissUnknown);
  if (unknown === null) return null;
  return <LanguageNotice text={t.app.unknownLanguage(unknown)} dismiss={dismiss} dismissLabel={t.app.dismiss} />;
}

/** Says, in the page's current language, that another language's words could not be fetched. */
export function LanguageLoadNotice() {
  const t = useT();
  const language = useLanguage();
  const failed = useLanguageStore((state) => state.failed);
  const dismiss = useLanguageStore((state) => state.dismissFailed);
  if (failed === null) return null;
  return <LanguageNotice text={t.app.languageFailed(LANGUAGE_NAMES[failed], LANGUAGE_NAMES[language])} dismiss={dismiss} dismissLabel={t.app.dismiss} />;
}

function LanguageNotice({ text, dismiss, dismissLabel }: { text: string; dismiss: () => void; dismissLabel: string }) {
  return (
    <section className="notice language-notice" role="status">
      <span className="notice__icon" aria-hidden="true">
        i
      </span>
      <p className="notice__text">{text}</p>
      <button type="button" className="button button--quiet" onClick={dismiss}>
        {dismissLabel}
      </button>
    </section>
  );
}
