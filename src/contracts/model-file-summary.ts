// What the page knows of a model file without reading one: its extension, and the summary the worker reads out.

import type { AgentKind } from './agent-checkpoint';

export const MODEL_FILE_EXTENSION = '.qshop';

/** What a reader shows before loading (and what the autosave offer says). */
export interface ModelFileSummary {
  savedAt: string;
  step: number;
  updates: number;
  agent: { kind: AgentKind; name: string; signature: string };
  backend: string | null;
  includesReplay: boolean;
  link: string;
}
