// Page model of the kept runs: the table of runs, each row's overlay checkbox and delete button, deleting
// them all, the overlays on the charts with their swatches, and runs stored in the browser before the page opens.
import type { Locator, Page } from '@playwright/test';
import type { KeptRun } from '../../src/store/kept-runs';
import { RUNS_DATABASE, RUNS_KEY, RUNS_STORE } from '../../src/store/runs-storage';
import { wordsOf, type Language, type Messages } from './language';

export class RunsPanel {
  readonly page: Page;
  readonly words: Messages;
  readonly panel: Locator;
  readonly table: Locator;
  /** The body rows, one per kept run (newest first). */
  readonly rows: Locator;
  readonly empty: Locator;
  /** Why no further run can be overlaid, shown while four are. */
  readonly overlayFull: Locator;
  readonly clearButton: Locator;
  readonly cancelClearButton: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.words = wordsOf(language);
    const { runs } = this.words;
    this.panel = page.getByRole('region', { name: runs.title });
    this.table = this.panel.getByRole('table', { name: runs.title });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.empty = this.panel.getByText(runs.empty);
    this.overlayFull = this.panel.getByText(runs.overlayFull);
    this.clearButton = this.panel.getByRole('button', { name: runs.clear, exact: true });
    this.cancelClearButton = this.panel.getByRole('group', { name: runs.clear }).getByRole('button', { name: runs.cancel });
  }

  /**
   * Stores these runs as the browser's kept runs (newest first), where the lab reads them when it opens:
   * call it on a page of the lab's origin, before opening (or reloading) the training page.
   */
  async store(runs: readonly KeptRun[]): Promise<void> {
    await this.page.evaluate(
      async ({ database, storeName, key, value }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(database);
          request.onupgradeneeded = () => request.result.createObjectStore(storeName);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(storeName, 'readwrite');
          transaction.objectStore(storeName).put(value, key);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      },
      { database: RUNS_DATABASE, storeName: RUNS_STORE, key: RUNS_KEY, value: runs },
    );
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  overlayCheckbox(name: string): Locator {
    return this.panel.getByRole('checkbox', { name: this.words.runs.overlay(name) });
  }

  removeButton(name: string): Locator {
    return this.panel.getByRole('button', { name: this.words.runs.removeRun(name), exact: true });
  }

  confirmClearButton(count: number): Locator {
    return this.panel.getByRole('button', { name: this.words.runs.confirmClear(count) });
  }

  /** A row's "Differs in" cell (the fifth column; the run's name is a row header, not a cell). */
  differs(name: string): Locator {
    return this.row(name).getByRole('cell').nth(3);
  }

  /** The overlay paths a chart draws, one per overlaid run. */
  overlayPaths(chart: Locator): Locator {
    return chart.locator('path[data-overlay]');
  }

  /** The legend of the overlaid runs above a chart. */
  legend(chart: Locator, title: string): Locator {
    return chart.getByRole('list', { name: title, exact: true });
  }

  /** Colour and dash of each overlay swatch inside an element (a legend or a readout), in order. */
  async swatches(within: Locator): Promise<string[]> {
    return within.locator('.overlay-swatch line').evaluateAll((lines) => lines.map((line) => `${line.getAttribute('stroke')} ${line.getAttribute('stroke-dasharray') ?? 'solid'}`));
  }
}
