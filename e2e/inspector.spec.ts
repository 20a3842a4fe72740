// User stories for stepping through training: one shopper, one update, one session, and the numbers agree.
import { expect, test, type Page } from '@playwright/test';
import { InspectorPanel } from './pages/InspectorPanel';
import { LabPage } from './pages/LabPage';
import { LANGUAGES } from './pages/language';

/** "The session ended" as the summary says it, without the sentence's punctuation. */
const sessionEnded = (inspector: InspectorPanel) => inspector.words.inspector.transition.sessionEnded.replace(/^[.。]\s*|[.。]$/g, '');

/** Reads r, gamma, max Q' and y as shown and checks the target adds up to four decimals. */
async function expectTargetAddsUp(inspector: InspectorPanel): Promise<{ ended: boolean }> {
  const reward = await inspector.value('bellman-reward');
  const discount = await inspector.value('bellman-discount');
  const maxNextQ = await inspector.value('bellman-max-next-q');
  const target = await inspector.value('bellman-target');
  const q = await inspector.value('bellman-q');
  const tdError = await inspector.value('bellman-td-error');
  // The shown text is the data value with four decimals (a true minus sign for negatives).
  expect((await inspector.shownText('bellman-target')).replace('\u2212', '-')).toBe(target.toFixed(4));
  const ended = (await inspector.summary.textContent())?.includes(sessionEnded(inspector)) ?? false;
  const recomputed = ended ? reward : reward + discount * maxNextQ;
  expect(Math.abs(recomputed - target)).toBeLessThan(0.5e-4 + 1e-9);
  expect(Math.abs(target - q - tdError)).toBeLessThan(0.5e-4 + 1e-9);
  return { ended };
}

async function trainUntilUpdates(lab: LabPage, page: Page): Promise<void> {
  await lab.playButton.click();
  await expect(page.getByLabel('Gradient updates', { exact: true })).not.toHaveText('0', { timeout: 45_000 });
  await lab.pauseButton.click();
  await expect(lab.playButton).toBeVisible();
}

test('a student steps one shopper and one update, and recomputes y = r + gamma max Q\' from the shown numbers', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  await inspector.stepShopperButton.click();
  await expect(inspector.summary).toContainText('Shopper #');
  await expect(lab.stepCounter).toHaveAttribute('data-value', '1');
  await expectTargetAddsUp(inspector);
  // Before the replay memory holds enough transitions, an update is refused with the reason.
  await inspector.stepUpdateButton.click();
  await expect(inspector.notice).toContainText('replay memory');

  await trainUntilUpdates(lab, page);
  const pausedAt = await lab.steps();
  await inspector.stepShopperButton.click();
  // The step has reached the page (one shopper, one step) before anything is read.
  await expect(lab.stepCounter).toHaveAttribute('data-value', String(pausedAt + 1));
  const stepsBefore = pausedAt + 1;
  await expectTargetAddsUp(inspector);
  await inspector.stepUpdateButton.click();
  await expect(inspector.updateEffect).toContainText(/moved Q\(s, a\) from/);
  expect(await lab.steps()).toBe(stepsBefore); // an update takes no environment step
  await expectTargetAddsUp(inspector);
  await expect(inspector.minibatchRows).toHaveCount(64); // the default batch size

  await inspector.sortByError.click();
  const errors = (await inspector.tdErrors()).map(Math.abs);
  expect(errors).toEqual([...errors].sort((a, b) => b - a));
  expect(errors[0]).toBeGreaterThan(errors.at(-1) ?? 0);
});

for (const language of LANGUAGES) {
  test(`a student steps one shopper, reads the transition and why no update can run yet, and opens the explanation (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    const lab = new LabPage(page, language);
    const inspector = new InspectorPanel(page, language);
    const { inspector: words, explanations, play } = lab.words;
    await lab.open();
    await expect(inspector.region.getByText(words.empty)).toBeVisible();
    await inspector.stepShopperButton.click();
    await expect(inspector.summary).toContainText(new RegExp(words.transition.headline(0, 1).replace('#0', '#\\d+').replace(/[()]/g, '\\$&')));
    await expect(inspector.summary).toContainText(new RegExp(`${words.transition.explored}|${words.transition.exploited}`));
    await expect(inspector.region.getByRole('table', { name: words.transition.observationTable })).toContainText(play.features.lastClicked);
    await expect(inspector.region.getByText(words.bellman.heading)).toBeVisible();
    await expectTargetAddsUp(inspector);
    // Beside the worked target, the student is told which file of the code holds the update.
    await expect(inspector.updateSource).toHaveText(`${words.bellman.codeLocation}src/agents/q-learning-update.ts`);

    // Before the replay memory is ready, an update is refused with the reason.
    await inspector.stepUpdateButton.click();
    await expect(inspector.notice).toContainText(words.controls.noUpdate(words.controls.refusals['replay-filling']));

    // An explanation opens with its formulas rendered, and the students' questions are listed.
    const topic = explanations.topics.qLearning;
    await inspector.region.getByText(topic.title, { exact: true }).first().click();
    const explainer = inspector.region.getByRole('group').filter({ hasText: topic.title }).first();
    await expect(explainer).toContainText(topic.paragraphs[1].split('$')[0].trim());
    // KaTeX rendered the formulas (as MathML for screen readers, beside the drawn version).
    await expect(explainer.getByRole('math').first()).toBeAttached();
    await expect(page.getByRole('region', { name: words.faqTitle })).toContainText(explanations.faq[0].title);
  });

  test(`stepping a whole session ends it with the target y = r (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    const lab = new LabPage(page, language);
    const inspector = new InspectorPanel(page, language);
    await lab.open();
    await inspector.stepSessionButton.click();
    await expect(inspector.summary).toContainText(sessionEnded(inspector));
    const { ended } = await expectTargetAddsUp(inspector);
    expect(ended).toBe(true);
    expect(await inspector.value('bellman-target')).toBe(await inspector.value('bellman-reward'));
    await expect(lab.followedShopper).toContainText(lab.words.lab.shopper.sessionOver);
  });
}

test('tabular Q-learning shows its update formula with every number', async ({ page }) => {
  test.setTimeout(90_000);
  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  await lab.choosePreset('Tabular Q-learning');
  for (let k = 0; k < 3; k++) await inspector.stepShopperButton.click();
  await expect(inspector.region.getByLabel('Q-learning update with numbers')).toBeVisible();
  await expect(inspector.stepUpdateButton).toBeDisabled();
  const old = await inspector.value('tabular-old');
  const alpha = await inspector.value('tabular-alpha');
  const reward = await inspector.value('tabular-reward');
  const gamma = await inspector.value('tabular-discount');
  const maxNext = await inspector.value('tabular-max-next');
  const updated = await inspector.value('tabular-new');
  expect(alpha).toBeGreaterThan(0);
  expect(Math.abs(old + alpha * (reward + gamma * maxNext - old) - updated)).toBeLessThan(0.5e-4 + 1e-9);
  await expect(inspector.region.getByRole('table', { name: 'Q-table row of state s' }).locator('tbody tr')).toHaveCount(24);
});

test('each step is deterministic: two fresh labs show the same transition after the same steps', async ({ browser }) => {
  test.setTimeout(90_000);
  const summaries: string[] = [];
  for (let run = 0; run < 2; run++) {
    const page = await browser.newPage();
    const lab = new LabPage(page);
    const inspector = new InspectorPanel(page);
    await lab.open();
    await inspector.stepSessionButton.click();
    await expect(inspector.summary).toContainText(sessionEnded(inspector));
    const steps = await lab.steps();
    await inspector.stepShopperButton.click();
    await expect(lab.stepCounter).toHaveAttribute('data-value', String(steps + 1));
    summaries.push(`${await inspector.summary.textContent()} y=${await inspector.value('bellman-target')}`);
    await page.close();
  }
  expect(summaries[0]).toContain('Shopper #');
  expect(summaries[1]).toBe(summaries[0]);
});

test('a lecture link can hide the inspector, the explanations and the kept runs', async ({ page }) => {
  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  const keptRuns = page.getByRole('region', { name: 'Kept runs' });
  await lab.open('?page=train&hide=inspector,explanations,runs');
  await expect(lab.playButton).toBeEnabled();
  await expect(inspector.region).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Questions students ask' })).toHaveCount(0);
  await expect(keptRuns).toHaveCount(0);
  await lab.open('?page=train');
  await expect(inspector.region).toBeVisible();
  await expect(page.getByRole('region', { name: 'Questions students ask' })).toBeVisible();
  await expect(keptRuns).toBeVisible();
});
