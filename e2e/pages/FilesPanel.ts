// Page model of the "Export and import" panel and the resume offer: downloads, uploads and their messages.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export class FilesPanel {
  readonly page: Page;
  readonly panel: Locator;
  readonly modelInput: Locator;
  readonly includeReplay: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly autosave: Locator;
  readonly offer: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByRole('region', { name: 'Export and import' });
    this.modelInput = this.panel.getByLabel('Load a model file');
    this.includeReplay = this.panel.getByRole('checkbox', { name: /Include the replay memory/ });
    this.error = this.panel.getByRole('alert');
    this.done = this.panel.getByRole('status');
    this.autosave = this.panel.getByLabel('Autosave', { exact: true });
    this.offer = page.getByRole('region', { name: 'Saved run' });
  }

  /** Clicks a button that downloads, and returns the download. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  async downloadText(buttonName: string): Promise<{ name: string; text: string }> {
    const download = await this.download(this.panel.getByRole('button', { name: buttonName, exact: true }));
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Downloads the model; returns where the file was saved. */
  async downloadModel(): Promise<{ name: string; path: string }> {
    const download = await this.download(this.panel.getByRole('button', { name: 'Download model' }));
    return { name: download.suggestedFilename(), path: await download.path() };
  }

  async loadModel(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.modelInput.setInputFiles(file);
  }

  /** Evaluates greedily now and returns the message's "mean return X (Y% of oracle)". */
  async evaluate(): Promise<string> {
    await this.panel.getByRole('button', { name: 'Evaluate now' }).click();
    await expect(this.done).toContainText('Greedy evaluation at step');
    const text = (await this.done.textContent()) ?? '';
    return /mean return [-\d.]+ \([\d.]+% of oracle\)/.exec(text)?.[0] ?? text;
  }

  /** The step of the last autosave (-1 before one). */
  async autosavedStep(): Promise<number> {
    return Number(await this.autosave.getAttribute('data-step'));
  }
}
