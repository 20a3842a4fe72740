// User stories: the followed shopper is the inspector's shopper. Whether a student steps a whole round,
// single shoppers or a session, the "Followed shopper" panel and the inspector's transition name the
// same shopper at the same step, in English and in Chinese.
import { expect, test, type Locator } from '@playwright/test';
import { InspectorPanel } from './pages/InspectorPanel';
import { LabPage } from './pages/LabPage';

/** "#72, step 3" from the followed-shopper panel, or "Shopper #72, step 3" from the inspector. */
async function shopperAndStep(locator: Locator, pattern: RegExp): Promise<string> {
  const match = pattern.exec((await locator.textContent()) ?? '');
  expect(match, `no shopper and step in "${await locator.textContent()}"`).not.toBeNull();
  return `${match?.[1]}/${match?.[2]}`;
}

test('the followed shopper is the one the inspector shows, after a round, single shoppers and a session', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  const inspector = new InspectorPanel(page);
  await lab.open();
  const followed = () => shopperAndStep(lab.followedShopper, /#(\d+), step (\d+)/);
  const inspected = () => shopperAndStep(inspector.summary, /Shopper #(\d+), step (\d+)/);

  await lab.stepOnceButton.click();
  await expect(inspector.summary).toContainText('step 1');
  await expect.poll(followed).toBe(await inspected());
  await expect(lab.followedShopper).toContainText('the same one the step-through inspector shows');

  for (let k = 0; k < 3; k++) await inspector.stepShopperButton.click();
  // Three shoppers of the next round have had their turn: the fourth is next.
  await expect(inspector.region.getByText(/Next turn: shopper 4 of/)).toBeVisible();
  await expect.poll(async () => (await followed()) === (await inspected())).toBe(true);
  const shopper = (await inspected()).split('/')[0];

  await inspector.stepSessionButton.click();
  await expect(lab.followedShopper).toContainText('session over');
  await expect.poll(inspected).toMatch(new RegExp(`^${shopper}/`));
  await expect.poll(followed).toBe(await inspected());
});

test('the speeds and the step button count rounds, and the page says what a step and a round are', async ({ page }) => {
  const lab = new LabPage(page);
  await lab.open();
  const speed = page.getByRole('combobox', { name: 'Speed' });
  await expect(speed.getByRole('option', { name: 'Slow motion: 2 rounds per second' })).toHaveCount(1);
  await expect(speed.getByRole('option', { name: /steps per second/ })).toHaveCount(0);
  await expect(page.getByText('A step is one recommendation to one shopper; a round gives each shopper served side by side one step.')).toBeVisible();
  await lab.stepOnceButton.click();
  // One round is one step of every parallel shopper.
  await expect.poll(() => lab.steps()).toBe(await lab.parallelShoppers());
});

test('in Chinese, the followed shopper is the inspector\'s too, and the speeds count rounds', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?page=train&lang=zh');
  const inspector = page.getByRole('region', { name: '逐步查看训练' });
  const followedPanel = page.getByRole('region', { name: '跟踪的顾客' });
  const stepRound = page.getByRole('button', { name: '单步一轮', exact: true });
  await expect(stepRound).toBeEnabled({ timeout: 45_000 });
  await expect(page.getByRole('combobox', { name: '速度' }).getByRole('option', { name: '慢动作：每秒 2 轮' })).toHaveCount(1);
  await stepRound.click();
  for (let k = 0; k < 2; k++) await inspector.getByRole('button', { name: '单步：一位顾客' }).click();
  const summary = inspector.getByLabel('转移摘要');
  const followed = () => shopperAndStep(followedPanel, /#(\d+)，第 (\d+) 步/);
  const inspected = () => shopperAndStep(summary, /顾客 #(\d+)，第 (\d+) 步/);
  // Two shoppers of the next round have had their turn: the third is next.
  await expect(inspector.getByText(/中的第 3 位/)).toBeVisible();
  await expect.poll(async () => (await followed()) === (await inspected())).toBe(true);
  await expect(followedPanel).toContainText('与“逐步查看训练”中显示的是同一位');
});
