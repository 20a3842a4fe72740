// User stories: the followed shopper is the inspector's shopper. Whether a student steps a whole round,
// single shoppers or a session, the "Followed shopper" panel and the inspector's transition name the
// same shopper at the same step, in English and in Chinese.
import { expect, test, type Locator } from '@playwright/test';
import { InspectorPanel } from './pages/InspectorPanel';
import { LabPage } from './pages/LabPage';
import { escaped, LANGUAGES } from './pages/language';

/** A catalog sentence written with NaN for its two numbers, as a pattern that captures them ("#NaN, step NaN" → /#(\d+), step (\d+)/). */
const capturing = (sentence: string) => new RegExp(escaped(sentence).replace('NaN', '(\\d+)').replace('NaN', '(\\d+)'));

/** "#72, step 3" from the followed-shopper panel, or "Shopper #72, step 3" from the inspector. */
async function shopperAndStep(locator: Locator, pattern: RegExp): Promise<string> {
  const match = pattern.exec((await locator.textContent()) ?? '');
  expect(match, `no shopper and step in "${await locator.textContent()}"`).not.toBeNull();
  return `${match?.[1]}/${match?.[2]}`;
}

for (const language of LANGUAGES) {
  test(`the followed shopper is the one the inspector shows, after a round, single shoppers and a session (${language})`, async ({ page }) => {
    test.setTimeout(120_000);
    const lab = new LabPage(page, language);
    const inspector = new InspectorPanel(page, language);
    const { lab: words, inspector: inspectorWords } = lab.words;
    await lab.open();
    const followed = () => shopperAndStep(lab.followedShopper, capturing(words.shopper.shopperStep('NaN', 'NaN')));
    const inspected = () => shopperAndStep(inspector.summary, capturing(inspectorWords.transition.headline(NaN, NaN)));

    await lab.stepOnceButton.click();
    await expect(inspector.summary).toContainText(capturing(inspectorWords.transition.headline(NaN, NaN)));
    expect((await inspected()).split('/')[1]).toBe('1');
    await expect.poll(followed).toBe(await inspected());
    await expect(lab.followedShopper).toContainText(words.shopper.sameAsInspector);

    for (let k = 0; k < 3; k++) await inspector.stepShopperButton.click();
    // Three shoppers of the next round have had their turn: the fourth is next.
    const shoppers = await lab.parallelShoppers();
    await expect(inspector.region.getByText(inspectorWords.controls.round(4, shoppers).trim())).toBeVisible();
    await expect.poll(async () => (await followed()) === (await inspected())).toBe(true);
    const shopper = (await inspected()).split('/')[0];

    await inspector.stepSessionButton.click();
    await expect(lab.followedShopper).toContainText(words.shopper.sessionOver.replace(/^[\s·]+/, ''));
    await expect.poll(inspected).toMatch(new RegExp(`^${shopper}/`));
    await expect.poll(followed).toBe(await inspected());
  });

  test(`the speeds and the step button count rounds, and the page says what a step and a round are (${language})`, async ({ page }) => {
    const lab = new LabPage(page, language);
    const { run } = lab.words.lab;
    await lab.open();
    await expect(lab.speed.getByRole('option', { name: run.speeds['2'] })).toHaveCount(1);
    await expect(page.getByText(run.speedHint)).toBeVisible();
    await lab.stepOnceButton.click();
    // One round is one step of every parallel shopper.
    await expect.poll(() => lab.steps()).toBe(await lab.parallelShoppers());
  });
}
