// User stories for the guided lessons: a student opens a lesson, predicts before the run, reads the callouts
// the run raises, and gets the check of the prediction against what this run measured. The budgets are
// short (the link's `steps=`), so the whole walk takes a few minutes. The discounting lesson measures two
// different outcomes on two budgets: at 1,000 steps neither network has made an update (the first comes
// after 1,000 transitions), so both greedy policies come from the same initial weights and earn the same;
// at 10,000 the far-sighted side earns clearly more. The reward-design tables are deterministic: at 4,000
// steps clicks-only is clearly below (20.3% against 22.9% of the oracle, measured with `npm run train`).
import { expect, test } from '@playwright/test';
import { LESSONS } from '../src/lessons/lessons';
import { ClassBoardPage } from './pages/ClassBoardPage';
import { LessonsPage } from './pages/LessonsPage';
import { wordsOf, type Language } from './pages/language';

test('a student opens the reward-design lesson from the list, predicts, reads the callouts, and the check agrees with the run', async ({ page }) => {
  test.setTimeout(180_000);
  const lessons = new LessonsPage(page, 'en');
  const lesson = lessons.lesson('reward-design');
  const words = lessons.textOf(lesson);
  await lessons.open('?page=lessons&steps=4000');
  await expect(lessons.heading).toHaveText(lessons.words.title);
  for (const each of LESSONS) await expect(lessons.lessonLink(each)).toBeVisible();
  await lessons.lessonLink(lesson).click();
  await expect(lessons.heading).toHaveText(words.title);
  await expect(page).toHaveURL(/[?&]lesson=reward-design&steps=4000/);
  await expect(page.getByText(words.question)).toBeVisible();

  await lessons.waitUntilReady();
  await expect(lessons.runButton).toBeDisabled();
  await lessons.choice(lesson, 'less').check();
  await expect(lessons.runButton).toBeEnabled();
  await lessons.runButton.click();

  await expect(lessons.callout).toBeVisible({ timeout: 90_000 });
  await expect(lessons.callout).toContainText(words.callouts['first-results']);
  await expect(lessons.calloutChartLink()).toHaveText(lessons.words.calloutChart(wordsOf('en').ab.percentChart));
  // The run holds at the callout (or has already spent this short budget): nothing offers to pause it.
  await expect(lessons.pauseButton).toBeHidden();
  await expect(lessons.continueButton).toBeFocused();
  await page.keyboard.press('Enter');

  await lessons.readCalloutsUntilCheck();
  await expect(lessons.measured()).toHaveText(words.choices.less);
  await expect(lessons.verdict).toHaveText(lessons.words.right);
  await expect(lessons.check).toContainText(words.explanations.less);
  await expect(lessons.check.getByRole('link', { name: lessons.words.openInCompare })).toHaveAttribute('href', /page=compare.*a=clicks-only.*steps=4000/);

  // The check gives the student's result for the class board; its link puts the lesson on the instructor's board.
  const { board } = wordsOf('en');
  const boardLink = await lessons.check.getByLabel(board.box.link, { exact: true }).inputValue();
  await page.goto(boardLink);
  const classBoard = new ClassBoardPage(page, 'en');
  await expect(classBoard.lessonTable(words.title)).toContainText(words.choices.less);
  await expect(classBoard.lessons).toContainText(board.lessons.right(1, 1));
});

test('the discounting lesson measures "about the same" before either network has learned, and "B earns more" once it has', async ({ page }) => {
  test.setTimeout(300_000);
  const lessons = new LessonsPage(page, 'en');
  const lesson = lessons.lesson('discounting');
  const words = lessons.textOf(lesson);
  await lessons.open('?page=lessons&lesson=discounting&steps=1000');
  await lessons.waitUntilReady();
  await lessons.choice(lesson, 'clicks-a-return-b').check();
  await lessons.runButton.click();
  await lessons.readCalloutsUntilCheck();
  await expect(lessons.measured()).toHaveText(words.choices.same);
  await expect(lessons.verdict).toHaveText(lessons.words.wrong);
  // Run again from step 0: the prediction can be changed again.
  await lessons.runAgainButton.click();
  await expect(lessons.check).toBeHidden();
  await expect(lessons.choice(lesson, 'same')).toBeEnabled({ timeout: 60_000 });

  await lessons.open('?page=lessons&lesson=discounting&steps=10000');
  await expect(page.getByText(lessons.words.shortBudget('10,000', '40,000'))).toBeVisible();
  await lessons.waitUntilReady();
  await lessons.choice(lesson, 'same').check();
  await lessons.runButton.click();
  await lessons.readCalloutsUntilCheck(240_000);
  const measured = (await lessons.measured().innerText()).trim();
  expect([words.choices['clicks-a-return-b'], words.choices['return-b']]).toContain(measured);
  await expect(lessons.verdict).toHaveText(lessons.words.wrong);
});

/** Every lesson walked in both languages, on a short budget (the stories above walk two of them at longer ones). */
const WALKS: ReadonlyArray<{ id: string; language: Language }> = LESSONS.flatMap((lesson) => (['en', 'zh'] as const).map((language) => ({ id: lesson.id, language })));

for (const { id, language } of WALKS) {
  test(`a student walks the ${id} lesson in ${language}: prediction, run, callout, check`, async ({ page }) => {
    test.setTimeout(180_000);
    const lessons = new LessonsPage(page, language);
    const lesson = lessons.lesson(id);
    const words = lessons.textOf(lesson);
    await lessons.open(`?page=lessons&lesson=${id}&steps=1000`);
    await expect(lessons.heading).toHaveText(words.title);
    await lessons.waitUntilReady();
    const predicted = lesson.choices[0];
    await lessons.choice(lesson, predicted).check();
    await lessons.runButton.click();
    const read = await lessons.readCalloutsUntilCheck(150_000);
    expect(read[0]).toContain(words.callouts['first-results']);
    // The check names one of the lesson's outcomes, and its verdict follows whether it is the prediction.
    const measured = (await lessons.measured().innerText()).trim();
    const choice = lesson.choices.find((each: string) => words.choices[each] === measured);
    expect(choice, measured).toBeDefined();
    await expect(lessons.verdict).toHaveText(choice === predicted ? lessons.words.right : lessons.words.wrong);
    await expect(lessons.check).toContainText(words.explanations[choice as string]);
  });
}

test('a hand-edited link with a lesson the lab does not have and a bad budget opens the list and says what it did not use', async ({ page }) => {
  const lessons = new LessonsPage(page, 'en');
  await lessons.open('?page=lessons&lesson=nope&steps=12');
  await expect(lessons.heading).toHaveText(lessons.words.title);
  await expect(lessons.notice).toContainText(lessons.words.unknownLesson('nope'));
  await expect(lessons.notice).toContainText(lessons.words.badSteps('12', '1,000', '10,000,000'));
  await expect(lessons.lessonLink(LESSONS[0])).toBeVisible();
});
