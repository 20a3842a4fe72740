// The config fields' one-line docs in English, keyed by schema name (the advanced drawer shows them under each
// field): the schema's own words, which also document the fields for the command line, written once.
import { CONFIG_SCHEMA } from '../../../preset/schema';

export const fields: Record<string, string> = Object.fromEntries(CONFIG_SCHEMA.map((entry) => [entry.name, entry.spec.doc]));

/** The values of the choice fields, as the drawer's menus name them (the value itself is what links and the CLI use). */
export const fieldChoices = {
  flat: 'flat',
  'per-category': 'per-category',
  adam: 'adam',
  sgd: 'sgd',
  huber: 'huber',
  squared: 'squared',
  hard: 'hard',
  soft: 'soft',
  none: 'none',
  noisy: 'noisy',
  exact: 'exact',
  hidden: 'hidden',
};
