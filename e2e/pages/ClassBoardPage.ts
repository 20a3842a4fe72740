// Page model of the class board, in either language: the paste field, the tally, the refused codes with
// their reasons, each lesson's table and the runs' spread, found by role and by the board catalog's words.
import { expect, type Locator, type Page } from '@playwright/test';
import { escaped, inLanguage, wordsOf, type Language, type Messages } from './language';

export class ClassBoardPage {
  readonly page: Page;
  readonly language: Language;
  readonly words: Messages;
  readonly heading: Locator;
  readonly pasteField: Locator;
  readonly addButton: Locator;
  readonly pasteStatus: Locator;
  readonly tally: Locator;
  readonly clearButton: Locator;
  readonly refused: Locator;
  readonly lessons: Locator;
  readonly runs: Locator;
  readonly runsTable: Locator;

  constructor(page: Page, language: Language = 'en') {
    this.page = page;
    this.language = language;
    this.words = wordsOf(language);
    const { board } = this.words;
    this.heading = page.getByRole('heading', { level: 1, name: board.page.title });
    this.pasteField = page.getByLabel(board.paste.label, { exact: true });
    this.addButton = page.getByRole('button', { name: board.paste.add, exact: true });
    this.pasteStatus = page.locator('form').getByRole('status');
    this.tally = page.getByRole('region', { name: board.tally.label });
    this.clearButton = this.tally.getByRole('button', { name: board.tally.clear, exact: true });
    this.refused = page.getByRole('region', { name: board.refused.heading });
    this.lessons = page.getByRole('region', { name: board.lessons.heading });
    this.runs = page.getByRole('region', { name: board.runs.heading });
    this.runsTable = this.runs.getByRole('table', { name: board.runs.tableLabel });
  }

  /** Opens the board (or a board link's search string) in this model's language. */
  async open(search = '?page=board'): Promise<void> {
    await this.page.goto(`/${inLanguage(search, this.language)}`);
    await expect(this.heading).toBeVisible({ timeout: 30_000 });
  }

  /** Pastes text into the codes field and adds it from the keyboard (Tab to the button, Enter). */
  async paste(text: string): Promise<void> {
    await this.pasteField.fill(text);
    await this.pasteField.press('Tab');
    await expect(this.addButton).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Pastes text and adds it with the field's own shortcut, Ctrl+Enter. */
  async pasteAndAddWithShortcut(text: string): Promise<void> {
    await this.pasteField.fill(text);
    await this.pasteField.press('Control+Enter');
  }

  /** The reason given beside a refused code (the table shows the code's start). */
  refusalOf(code: string): Locator {
    return this.refused.getByRole('row', { name: new RegExp(`^${escaped(code.slice(0, 20))}`) }).getByRole('cell').last();
  }

  /** A preset's row of the runs' table: its cells are count, median, range and how many had a steady figure. */
  presetRow(presetName: keyof Messages['lab']['presets']): Locator {
    return this.runsTable.getByRole('row', { name: new RegExp(escaped(this.words.lab.presets[presetName].title)) });
  }

  /** The histogram, named by its summary of every preset's runs. */
  histogram(): Locator {
    return this.runs.getByRole('img', { name: new RegExp(`^${escaped(this.words.board.runs.chartLabel(''))}`) });
  }

  /** The bars the histogram draws (one per preset and bin that holds a run). */
  drawnBars(): Locator {
    return this.histogram().locator('.recharts-bar-rectangle');
  }

  lessonTable(title: string): Locator {
    return this.lessons.getByRole('table', { name: this.words.board.lessons.tableLabel(title) });
  }
}

/** The training page's result-code panel: the code and the board link of the run on show. */
export class RunResultCodePanel {
  readonly panel: Locator;
  readonly code: Locator;
  readonly link: Locator;
  readonly copyCodeButton: Locator;

  constructor(page: Page, language: Language = 'en') {
    const { board } = wordsOf(language);
    this.panel = page.getByRole('region', { name: board.box.heading });
    this.code = this.panel.getByLabel(board.box.code, { exact: true });
    this.link = this.panel.getByLabel(board.box.link, { exact: true });
    this.copyCodeButton = this.panel.getByRole('button', { name: board.box.copyCode });
  }
}
