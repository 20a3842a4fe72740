// User stories: after a session, a student replays it step by step beside the DP oracle and a trained agent
// on the same shopper and coin flips: each one's card, outcome and running return, the agent's values for
// every card, each policy's expected return and the trust curves, in English and in Chinese.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGUAGES, escaped } from './pages/language';
import { PlayPage } from './pages/PlayPage';
import { ReplayPanel } from './pages/ReplayPanel';

for (const language of LANGUAGES) {
  test(`a student steps through their session beside the oracle and the bundled agent (${language})`, async ({ page }) => {
    const play = new PlayPage(page, language);
    const replay = new ReplayPanel(page, language);
    const { play: shop, replay: words } = play.words;
    await play.open('?seed=42&shopper=50');
    const steps = await play.playToEnd('Electronics', 'deal');
    const finalReturn = (await play.runningReturn.innerText()).trim();

    await replay.open();
    await replay.agentAnswered();
    await expect(replay.agentStatus).toContainText(play.words.lab.setup.agents.deepQNetwork);
    await expect(replay.position).toHaveText(words.stepper.position(1, await replay.total()));

    // Step 1: each of the three picked a card on the same arriving shopper.
    const first = await replay.rows(1);
    expect(first.map((row) => row.who)).toEqual([words.policies.student, words.policies.oracle, words.policies.agent]);
    expect(first[0].card).toBe(shop.itemName(shop.categories.Electronics, shop.tiers.deal));
    // Each policy's expected return: none for a single session, exact for the oracle, an average for the agent.
    expect(first[0].expected).toBe(words.table.noExpected);
    await expect.poll(async () => (await replay.rows(1))[1].expected).toMatch(/^\d+\.\d\d$/);
    expect(first[2].expected).toMatch(/^\d+\.\d\d ± \d+\.\d\d$/);

    // The agent's values for the 24 cards: its pick is marked, and no card has a higher value.
    const values = await replay.values(1);
    expect(values).toHaveLength(24);
    const picked = values.filter((card) => card.marks.includes(words.values.agentPick));
    expect(picked).toHaveLength(1);
    expect(picked[0].value).toBe(Math.max(...values.map((card) => card.value)));
    expect(shop.itemName(picked[0].category, picked[0].tier)).toBe(first[2].card);

    // Where the student was, the agent names what it would have picked, and the student's own card is marked.
    await replay.valuesInStudent.check();
    await expect(replay.valuesCaption).toContainText(words.values.wouldPick('\u0000').split('\u0000')[0]);
    const atStudent = await replay.values(1);
    const studentCard = atStudent.find((card) => card.marks.includes(words.values.studentPick));
    expect(studentCard && shop.itemName(studentCard.category, studentCard.tier)).toBe(first[0].card);

    // Stepping by keyboard: End jumps to the last step of the longest session, Home back to the arrival.
    await replay.slider.focus();
    await page.keyboard.press('End');
    const total = await replay.total();
    await expect(replay.position).toHaveText(words.stepper.position(total, total));
    expect(total).toBeGreaterThanOrEqual(steps);
    await page.keyboard.press('Home');
    await expect(replay.position).toHaveText(words.stepper.position(0, total));
    await expect(replay.stepTable(0)).toBeVisible();
    await replay.nextButton.click();
    await expect(replay.stepTable(1)).toBeVisible();

    // At the student's last step, the student's running return is the session's.
    await replay.slider.fill(String(steps));
    const atEnd = await replay.rows(steps);
    expect(atEnd[0].runningReturn).toBe(finalReturn);

    // The trust curves drawn together, with their numbers as a table: all three start from the same shopper.
    await expect(replay.trustChart.locator('.recharts-line')).toHaveCount(3);
    await replay.showTrustTable.click();
    const arrival = replay.trustTable().locator('tbody tr').first().locator('td');
    const [student, oracle, agent] = await arrival.allInnerTexts();
    expect(oracle).toBe(student);
    expect(agent).toBe(student);
    await expect(replay.trustTable().locator('tbody tr')).toHaveCount(total + 1);
    await expect(replay.trustTable()).toContainText(new RegExp(escaped(words.policies.agent)));
  });
}

test('a new shopper closes the replay, and the same session opens it again at its first step', async ({ page }) => {
  const play = new PlayPage(page);
  const replay = new ReplayPanel(page);
  await play.open('?seed=42&shopper=0');
  await play.item('Home', 'solid').click();
  await replay.open();
  await replay.agentAnswered();
  const rows = await replay.rows(1);
  // This shopper leaves after any first pick: every session is one step long.
  expect(rows[0].card).toBe('Home solid');
  await play.nextShopperButton.click();
  await expect(replay.region).toHaveCount(0);
});

test('the replay has no serious accessibility violation, with its values and its trust table open', async ({ page }) => {
  const play = new PlayPage(page);
  const replay = new ReplayPanel(page);
  await play.open('?seed=42&shopper=50');
  await play.playToEnd('Books', 'solid');
  await replay.open();
  await replay.agentAnswered();
  await replay.nextButton.click();
  await replay.valuesInStudent.check();
  await replay.showTrustTable.click();
  await expect(replay.trustTable()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('section.replay').analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
