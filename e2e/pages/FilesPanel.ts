// Page model of the "Export and import" panel and the resume offer: downloads, uploads and their messages,
// found by the names the files catalog gives them in the model's language.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { escaped, wordsOf, type Language, type Messages } from './language';

export class FilesPanel {
  readonly page: Page;
  readonly words: Messages;
  readonly panel: Locator;
  readonly modelInput: Locator;
  readonly includeReplay: Locator;
  readonly error: Locator;
  readonly done: Locator;
  readonly autosave: Locator;
  readonly offer: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.words = wordsOf(language);
    const { files } = this.words;
    this.panel = page.getByRole('region', { name: files.heading });
    this.modelInput = this.panel.getByLabel(files.loadLabel);
    // "Include the replay memory (2.1 MB; ...)": the name starts with the words before the size.
    this.includeReplay = this.panel.getByRole('checkbox', { name: new RegExp(`^${escaped(files.includeReplay('§').split('§')[0])}`) });
    this.error = this.panel.getByRole('alert');
    this.done = this.panel.getByRole('status');
    this.autosave = this.panel.getByLabel(files.autosaveLabel, { exact: true });
    this.offer = page.getByRole('region', { name: files.offer.region });
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
    const download = await this.download(this.panel.getByRole('button', { name: this.words.files.download }));
    return { name: download.suggestedFilename(), path: await download.path() };
  }

  async loadModel(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.modelInput.setInputFiles(file);
  }

  /** Evaluates greedily now and returns the message's "mean return X (Y% of oracle)". */
  async evaluate(): Promise<string> {
    const { files } = this.words;
    await this.panel.getByRole('button', { name: files.evaluate }).click();
    const [before] = files.messages.evaluated('§', '§', '§').split('§');
    await expect(this.done).toContainText(before);
    const text = (await this.done.textContent()) ?? '';
    // What follows the step: "mean return X (Y% of oracle)" in English.
    const [, middle, percentSign, end] = files.messages.evaluated('§', '§', '§').split('§');
    const shown = new RegExp(`${escaped(middle.replace(/^:\s*/, ''))}[-\\d.]+${escaped(percentSign)}[\\d.]+${escaped(end.replace(/[.。]$/, ''))}`);
    return shown.exec(text)?.[0] ?? text;
  }

  /** The step of the last autosave (-1 before one). */
  async autosavedStep(): Promise<number> {
    return Number(await this.autosave.getAttribute('data-step'));
  }
}
