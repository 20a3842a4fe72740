// User stories of the class board, in English and in Chinese: a student's finished run gives a result code
// whose board link puts the run in the instructor's histogram; an altered code is refused with its reason;
// and a pasted mix of good, repeated and bad codes is counted once each, the bad ones refused in words.
import { expect, test } from '@playwright/test';
import type { LessonResult, RunResult } from '../src/preset/class-result';
import { formatLabSearch, parseLabSearch } from '../src/preset/lab-url';
import { encodeResult } from '../src/preset/result-code';
import { PLAIN_VIEW } from '../src/preset/url-keys';
import { ClassBoardPage, RunResultCodePanel } from './pages/ClassBoardPage';
import { escaped, inLanguage } from './pages/language';
import { RunLifecyclePage } from './pages/RunLifecyclePage';

/** A short run with enough evaluations for a steady figure (eight, every 256 steps). */
const BUDGET = 2048;
const SHORT_RUN = `?page=train&preset=myopic&steps=${BUDGET}&evaluationInterval=256&evaluationShoppers=100`;

/** A run a student's lab could give (its settings are the lab link of its preset and seed). */
function runResult(presetName: 'default' | 'myopic', steady: number, seed = 5): RunResult {
  return {
    kind: 'run',
    presetName,
    settings: formatLabSearch({ ...parseLabSearch(`?preset=${presetName}&seed=${seed}`), view: PLAIN_VIEW }, null),
    trainingSeed: seed,
    steps: 20_000,
    latestPercentOfOracle: steady + 2,
    steady: { percentOfOracle: steady, min: steady - 4, max: steady + 4 },
  };
}

/** A lesson of a newer lab than this one: the board tallies it under words that say so. */
const LESSON: LessonResult = { kind: 'lesson', lessonId: 'a-lesson-from-a-newer-lab', predicted: 'more-clicks', measured: 'more-clicks', figures: { returnMyopic: 1.5 }, trainingSeed: 3, steps: 8192 };

/** A code with one character changed (the checksum no longer matches). */
function altered(code: string): string {
  const position = Math.floor(code.length / 2);
  return code.slice(0, position) + (code[position] === 'A' ? 'B' : 'A') + code.slice(position + 1);
}

for (const language of ['en', 'zh'] as const) {
  test.describe(`in ${language}`, () => {
    test("a finished run gives a result code, whose board link puts the run in the class's histogram", async ({ page }) => {
      test.setTimeout(180_000);
      const lab = new RunLifecyclePage(page, language);
      const panel = new RunResultCodePanel(page, language);
      const { board } = lab.words;
      await lab.open(SHORT_RUN);
      await expect(panel.panel).toContainText(board.run.waiting);
      await lab.speed.selectOption({ label: lab.fastForward() });
      await lab.playButton.click();
      await lab.expectBudgetEnd(BUDGET);
      const code = await panel.code.inputValue();
      expect(code).toMatch(/^QSL1-[A-Za-z0-9_-]+$/);
      const steady = Number(await page.getByLabel(lab.words.lab.score.steadyLabel).getAttribute('data-value'));
      // The code carries two decimals; the board shows one.
      const median = (Math.round(steady * 100) / 100).toFixed(1);
      await expect(panel.panel).toContainText(board.run.steady(steady.toFixed(1), '2,048'));
      const link = await panel.link.inputValue();
      expect(new URL(link).searchParams.get('add')).toBe(code);

      const classBoard = new ClassBoardPage(page, language);
      // The instructor opens the student's link on their own board, in their own language.
      const opened = new URL(link);
      await page.goto(`${opened.pathname}${inLanguage(opened.search, language)}`);
      await expect(classBoard.heading).toBeVisible();
      await expect(classBoard.pasteStatus).toHaveText(board.paste.fromLink(board.paste.added(1, 0, 0)));
      await expect(classBoard.tally).toContainText(board.tally.counts(1, 0, 0));
      const row = classBoard.presetRow('myopic');
      await expect(row.getByRole('cell').nth(0)).toHaveText('1');
      await expect(row.getByRole('cell').nth(1)).toHaveText(board.runs.percent(median));
      await expect(classBoard.histogram()).toHaveAccessibleName(new RegExp(escaped(board.runs.presetSummary(lab.presetTitle('myopic'), 1, median))));
      await expect(classBoard.drawnBars()).toHaveCount(1);
      // The board link's code is now on the board, not in the address: a reload keeps it once.
      await expect(page).toHaveURL(/\?page=board(&lang=zh)?$/);
      await page.reload();
      await expect(classBoard.tally).toContainText(board.tally.counts(1, 0, 0));
    });

    test('an altered code is refused with its reason, and the board keeps nothing of it', async ({ page }) => {
      const classBoard = new ClassBoardPage(page, language);
      const { refused, tally } = classBoard.words.board;
      const changed = altered(encodeResult(runResult('default', 80)));
      await classBoard.open();
      await classBoard.pasteAndAddWithShortcut(changed);
      await expect(classBoard.pasteField).toHaveValue('');
      await expect(classBoard.refusalOf(changed)).toHaveText(refused.altered);
      await expect(classBoard.tally).toContainText(tally.counts(0, 1, 0));
      await expect(classBoard.runs).toHaveCount(0);
    });

    test('a board link with a cut code adds nothing and says why, and the board works on', async ({ page }) => {
      const classBoard = new ClassBoardPage(page, language);
      const { board } = classBoard.words;
      const cut = encodeResult(runResult('myopic', 35)).slice(0, 30);
      await classBoard.open(`?page=board&add=${cut}`);
      await expect(classBoard.pasteStatus).toHaveText(board.paste.fromLink(board.paste.added(1, 0, 1)));
      await expect(classBoard.refusalOf(cut)).toHaveText(board.refused.incomplete);
      await expect(classBoard.tally).toContainText(board.tally.counts(0, 1, 0));
      await classBoard.paste(encodeResult(runResult('myopic', 35)));
      await expect(classBoard.presetRow('myopic').getByRole('cell').nth(0)).toHaveText('1');
    });

    test('a pasted mix of good, repeated and bad codes: each counted once, the bad ones refused in words', async ({ page }) => {
      const classBoard = new ClassBoardPage(page, language);
      const { board } = classBoard.words;
      const first = encodeResult(runResult('default', 71));
      const second = encodeResult(runResult('default', 89, 6));
      const lesson = encodeResult(LESSON);
      // Checksummed but edited: the code's seed is not the one its settings give.
      const edited = encodeResult({ ...runResult('myopic', 40), trainingSeed: 9 });
      await classBoard.open();
      await classBoard.paste([first, `Student B: ${second}`, first, 'my run went well', lesson, edited, lesson].join('\n'));
      await expect(classBoard.pasteStatus).toHaveText(board.paste.added(5, 2, 2));
      await expect(classBoard.tally).toContainText(board.tally.counts(3, 2, 2));
      await expect(classBoard.refusalOf('my run went well')).toHaveText(board.refused.notACode);
      await expect(classBoard.refusalOf(edited)).toHaveText(board.refused.inconsistent.seed);
      const defaultRow = classBoard.presetRow('default');
      await expect(defaultRow.getByRole('cell').nth(0)).toHaveText('2');
      await expect(defaultRow.getByRole('cell').nth(1)).toHaveText(board.runs.percent('80.0'));
      await expect(defaultRow.getByRole('cell').nth(2)).toHaveText(board.runs.rangeText('71.0', '89.0'));
      await expect(classBoard.presetRow('myopic')).toHaveCount(0);
      // This lab has no such lesson: the board says so in words, with the prediction tallied.
      await expect(classBoard.lessons).toContainText(board.lessons.unknownLesson);
      await expect(classBoard.lessons).toContainText(board.lessons.right(1, 1));
      await expect(classBoard.lessonTable(board.lessons.unknownLesson)).toContainText(board.lessons.unknownChoice('more-clicks'));

      // The same paste again adds nothing new; Clear (asked twice) empties the board.
      await classBoard.paste(first);
      await expect(classBoard.pasteStatus).toHaveText(board.paste.added(0, 1, 0));
      await classBoard.clearButton.click();
      await classBoard.tally.getByRole('button', { name: board.tally.confirmYes }).click();
      await expect(classBoard.tally).toContainText(board.tally.empty);
      await expect(classBoard.runs).toHaveCount(0);
      await page.reload();
      await expect(classBoard.tally).toContainText(board.tally.empty);
    });
  });
}
