// Page model of the kept runs: the table of runs, each row's overlay checkbox, and the overlays on the charts.
import type { Locator, Page } from '@playwright/test';

export class RunsPanel {
  readonly page: Page;
  readonly panel: Locator;
  readonly table: Locator;
  /** The body rows, one per kept run (newest first). */
  readonly rows: Locator;
  readonly overlayFull: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Kept runs' });
    this.table = this.panel.getByRole('table', { name: 'Kept runs' });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.overlayFull = this.panel.getByText('Four runs are overlaid already');
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  overlayCheckbox(name: string): Locator {
    return this.panel.getByRole('checkbox', { name: `Overlay ${name} on the charts` });
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
}
