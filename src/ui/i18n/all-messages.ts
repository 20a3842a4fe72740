// Both catalogs at once, for tests and tools that check or word every language. The page never imports this
// module: it fetches only the catalog it shows (messages.ts), and a unit test keeps it so.
import type { Language } from './language';
import { en } from './en';
import type { Messages } from './messages';
import { zh } from './zh';

export const MESSAGES: Readonly<Record<Language, Messages>> = { en, zh };
