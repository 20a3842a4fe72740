// User stories for sharing and teaching: preset links, corrected links, Share (copy, QR code, lecture
// options), the same lab from the same link, hidden controls, the shortcut overlay and autoplay.
import { expect, test } from '@playwright/test';
import { LANGUAGES, wordsOf } from './pages/language';
import { SharedLabPage } from './pages/SharedLabPage';

test('an instructor’s preset link opens the lab with its controls set and keeps the address short', async ({ page }) => {
  const lab = new SharedLabPage(page);
  await lab.open('?page=train&preset=myopic&gamma=0.5&seed=7');
  await expect(lab.preset).toHaveValue('myopic');
  await expect(lab.presetDescription).toContainText('gamma = 0');
  await expect(lab.knobValue('Discount γ')).toHaveText('0.500');
  await expect(await lab.advancedField('Training seed')).toHaveValue('7');
  // A one-step return comes from the preset itself, not from the link.
  await expect(await lab.advancedField('n-step return length')).toHaveValue('1');
  await expect(lab.corrections).toHaveCount(0);
  await expect(page).toHaveURL(/\?page=train&v=5&preset=myopic&gamma=0\.5&seed=7$/);

  // Choosing another preset rewrites the address in place: no history entry per change.
  const historyLength = await page.evaluate(() => history.length);
  await lab.choosePreset('Trust hidden');
  await expect(page).toHaveURL(/\?page=train&v=5&preset=trust-hidden$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
});

test('a broken link still opens the lab, with every correction listed until dismissed', async ({ page }) => {
  const lab = new SharedLabPage(page);
  await lab.open('?page=train&gamma=7&hiddenWidth=abc&observability=foggy&gama=0.5');
  await expect(lab.corrections).toBeVisible();
  const items = lab.corrections.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'gamma' })).toContainText('is above the largest value, 0.999, so 0.999 is used');
  await expect(items.filter({ hasText: 'hiddenWidth' })).toContainText("is not a number, so the preset's value, 64, is used");
  await expect(items.filter({ hasText: 'gama' })).toContainText('is not a setting of the lab');
  await expect(lab.knobValue('Discount γ')).toHaveText('0.999');
  // 0.999 is the preset's own gamma, so the rewritten link leaves it out.
  await expect(page).toHaveURL(/\?page=train&v=5$/);
  await lab.dismissCorrectionsButton.click();
  await expect(lab.corrections).toHaveCount(0);
  await lab.stepOnceButton.click();
  await expect.poll(() => lab.steps()).toBeGreaterThan(0);
});

test('a link that would train on the evaluation shoppers opens with another training seed, and says why', async ({ page }) => {
  const lab = new SharedLabPage(page);
  await lab.open('?page=train&seed=2024&gamma=0.95');
  const items = lab.corrections.getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('makes the training seed the evaluation seed, 2024: the agent would train on exactly the shoppers it is scored on, so training seed 1 is used');
  await expect(await lab.advancedField('Training seed')).toHaveValue('1');
  await expect(await lab.advancedField('Evaluation seed')).toHaveValue('2024');
  // The address holds the corrected link: the preset's seed needs no key.
  await expect(page).toHaveURL(/\?page=train&v=5&gamma=0\.95$/);

  // Typing the evaluation seed as the training seed is refused where it is typed, with the same reason.
  await (await lab.advancedField('Training seed')).fill('2024');
  await expect(page.getByRole('alert').filter({ hasText: 'would make the training seed the evaluation seed' })).toContainText('Not applied: 1 stays.');
});

test('a link made with Share opens in a new page as the same lab: same config, same shoppers, same first steps', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const lab = new SharedLabPage(page);
  // epsilon=0: the first recommendations are greedy, so they depend on the initial weights as well as the shopper.
  await lab.open('?page=train&preset=trust-exact&epsilon=0');
  await (await lab.advancedField('Training seed')).fill('11');
  await page.getByRole('button', { name: 'Apply and reset' }).last().click();
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await lab.gammaSlider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/gamma=0\.989/);

  // Share itself copies the link: it is on the clipboard before anything else is pressed.
  const link = await lab.openShare();
  expect(link).toMatch(/\?page=train&v=5&preset=trust-exact&gamma=0\.989&epsilon=0&seed=11$/);
  await expect(lab.copyStatus).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(lab.qrCode).toBeVisible();
  // The preview runs on localhost: phones in the room could not open the QR code's address, and the dialog says what to do.
  await expect(lab.loopbackWarning).toContainText('which is this computer alone: phones and laptops in the room cannot open it');
  await expect(lab.loopbackWarning).toContainText('npm run preview -- --host');
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await lab.copyButton.click();
  await expect(lab.copyStatus).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.keyboard.press('Escape');
  await expect(lab.shareDialog).toHaveCount(0);

  const first = [await lab.stepAndRead(), await lab.stepAndRead(), await lab.stepAndRead()];
  expect(first[0]).toContain('exploited');

  const other = new SharedLabPage(await context.newPage());
  await other.open(link.slice(link.indexOf('?')));
  await expect(other.preset).toHaveValue('trust-exact');
  await expect(other.knobValue('Discount γ')).toHaveText('0.989');
  await expect(await other.advancedField('Training seed')).toHaveValue('11');
  expect([await other.stepAndRead(), await other.stepAndRead(), await other.stepAndRead()]).toEqual(first);

  // The comparison can fail: another seed brings other shoppers.
  const reseeded = new SharedLabPage(await context.newPage());
  await reseeded.open(link.slice(link.indexOf('?')).replace('seed=11', 'seed=12'));
  expect(await reseeded.stepAndRead()).not.toEqual(first[0]);
});

test('where the Clipboard API is refused, Share copies with the copy command instead', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    // Records what the copy command would copy: the selected text of the focused field.
    document.execCommand = (command: string) => {
      const field = document.activeElement as HTMLInputElement | null;
      (window as unknown as { copied?: string }).copied = command === 'copy' && field ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) : undefined;
      return command === 'copy';
    };
  });
  const lab = new SharedLabPage(page);
  await lab.open();
  const link = await lab.openShare();
  await expect(lab.copyStatus).toHaveText('Link copied.');
  expect(await page.evaluate(() => (window as unknown as { copied?: string }).copied)).toBe(link);
});

test('where the browser allows no copying at all, the link is selected and the page says why', async ({ page }) => {
  await page.addInitScript(() => {
    // No Clipboard API, as on an http address other than localhost, and a copy command that does nothing.
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    document.execCommand = () => false;
  });
  const lab = new SharedLabPage(page);
  await lab.open();
  const link = await lab.openShare();
  await expect(lab.copyStatus).toHaveText('Not copied: browsers allow copying only on a secure (https) address. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  await lab.copyButton.click();
  await expect(lab.copyStatus).toContainText('press Ctrl+C');
  await expect(lab.shareLink).toBeFocused();
  const selected = await lab.shareLink.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
  expect(selected).toBe(link);
});

test('a lecture link built in Share hides controls, and they stay hidden through resets and reloads', async ({ page, context }) => {
  test.setTimeout(120_000);
  const lab = new SharedLabPage(page);
  await lab.open();
  await lab.openShare();
  for (const option of ['Preset menu', 'Learning rate α', 'Advanced settings', 'Open in presenter view (large type, high contrast)']) await lab.tickLectureOption(option);
  const link = await lab.shareLink.inputValue();
  expect(link).toMatch(/\?page=train&v=5&hide=preset,alpha,advanced&present=1$/);
  // The instructor's own page is unchanged until the link is opened.
  await page.keyboard.press('Escape');
  await expect(lab.alphaSlider).toBeVisible();

  const audience = new SharedLabPage(await context.newPage());
  await audience.open(link.slice(link.indexOf('?')));
  const hiddenOnes = async () => {
    await expect(audience.alphaSlider).toBeHidden();
    await expect(audience.preset).toBeHidden();
    await expect(audience.advancedDrawer).toBeHidden();
    await expect(audience.gammaSlider).toBeVisible();
    await expect(audience.epsilonSlider).toBeVisible();
  };
  await hiddenOnes();
  await expect(audience.page.locator('html')).toHaveClass(/presenting/);
  await expect(audience.presenterButton).toHaveAttribute('aria-pressed', 'true');
  // The lesson's sentence stays for the audience, titled, even with the menu hidden.
  await expect(audience.presetDescription).toContainText('Far-sighted DQN');

  // Number keys do not change a hidden preset menu's choice; a reset and a reload keep the controls hidden.
  await audience.page.keyboard.press('2');
  await audience.resetButton.click();
  await expect(audience.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(audience.presetDescription).toContainText('Far-sighted DQN');
  await hiddenOnes();
  await audience.page.reload();
  await expect(audience.playButton).toBeEnabled({ timeout: 45_000 });
  await hiddenOnes();
  await expect(audience.page).toHaveURL(/hide=preset,alpha,advanced&present=1$/);

  // The presenter can leave presenter view; the link follows.
  await audience.presenterButton.click();
  await expect(audience.page.locator('html')).not.toHaveClass(/presenting/);
  await expect(audience.page).toHaveURL(/hide=preset,alpha,advanced$/);
});

test('? opens the shortcut overlay, and the shortcuts drive the run but not while typing', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new SharedLabPage(page);
  await lab.open();
  await page.keyboard.press('?');
  await expect(lab.shortcutHelp).toBeVisible();
  await expect(lab.shortcutHelp).toContainText('Play or pause');
  await expect(lab.shortcutHelp.getByRole('definition').filter({ hasText: 'Myopic (gamma = 0)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lab.shortcutHelp).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => lab.steps()).toBeGreaterThan(0);
  await page.keyboard.press(' ');
  await expect(lab.pauseButton).toBeVisible();
  await page.keyboard.press(' ');
  await expect(lab.playButton).toBeVisible();

  // Typing a digit in a menu or a field is typing, not a shortcut.
  await lab.speed.focus();
  await page.keyboard.press('2');
  await expect(lab.preset).toHaveValue('default');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('2');
  await expect(lab.preset).toHaveValue('myopic');
  await expect(lab.playButton).toBeEnabled({ timeout: 45_000 });
  await expect(page).toHaveURL(/preset=myopic/);

  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveClass(/presenting/);
  await expect(page).toHaveURL(/present=1/);
  await expect(lab.percentOfOracle).toBeVisible();
});

test('autoplay starts training as soon as the page opens', async ({ page }) => {
  const lab = new SharedLabPage(page);
  await page.goto('/?page=train&autoplay=1');
  await expect(lab.pauseButton).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => lab.steps(), { timeout: 30_000 }).toBeGreaterThan(100);
});

for (const language of LANGUAGES) {
  test(`a link shared before the default recipe changed opens as its author shared it, and says so (${language})`, async ({ page }) => {
    const lab = new SharedLabPage(page, language);
    const { share, lab: words } = lab.words;
    await lab.open('?page=train&v=1&seed=7');

    // The link's version 1 was written against alpha 0.001, Huber loss, gamma 0.99, a short policy average and an
    // update every 4 steps: the lab lays those under it and names them.
    const recipe = [
      `${words.advanced.fieldLabels.learningRate} 0.001`,
      `${words.advanced.fieldLabels.loss} ${words.advanced.fieldChoices.huber}`,
      `${words.advanced.fieldLabels.discount} 0.99`,
      `${words.advanced.fieldLabels.policyAveraging} 0.005`,
      `${words.advanced.fieldLabels.trainFrequency} 4`,
    ].join(share.corrections.listSeparator);
    await expect(lab.corrections.getByRole('heading')).toHaveText(share.corrections.earlierHeading);
    await expect(lab.corrections.getByRole('listitem')).toHaveText(`v${share.corrections.given('1')}${share.corrections.earlierRecipe(recipe)}${share.corrections.end}`);
    await expect(lab.knobValue(words.knobs.discount)).toHaveText('0.990');
    await expect(await lab.advancedField(words.advanced.fieldLabels.loss)).toHaveValue('huber');
    await expect(await lab.advancedField(words.advanced.fieldLabels.trainFrequency)).toHaveValue('4');
    // alpha is a knob: a slider over log10 of the value, which it reads out as the value itself.
    await expect(lab.page.getByRole('slider', { name: words.knobs.learningRate })).toHaveAttribute('aria-valuetext', '0.001');
    await expect(await lab.advancedField(words.advanced.fieldLabels.trainingSeed)).toHaveValue('7');
    // The address now holds a current link, which names those values wherever today's defaults differ.
    await expect(page).toHaveURL(/[?&]v=5(&|$)/);
    await expect(page).toHaveURL(/[?&]seed=7(&|$)/);
    await lab.dismissCorrectionsButton.click();
    await page.reload();
    await expect(lab.knobValue(words.knobs.discount)).toHaveText('0.990');
    await expect(lab.corrections).toHaveCount(0);
  });
}

for (const language of LANGUAGES) {
  test(`a hand-edited link is corrected in the page's language, and Share, its lecture options and the shortcuts speak it too (${language})`, async ({ page }) => {
    test.setTimeout(90_000);
    // The clipboard and the copy command both refuse, so the copy falls back to selecting the link (and says why).
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    const lab = new SharedLabPage(page, language);
    const { share } = lab.words;
    const other = wordsOf(language === 'en' ? 'zh' : 'en').share;
    await lab.open('?page=train&gamma=-7');

    await expect(lab.corrections.getByRole('heading')).toHaveText(share.corrections.heading);
    await expect(lab.corrections.getByRole('listitem')).toHaveText(`gamma${share.corrections.given('-7')}${share.corrections.belowMin('0')}${share.corrections.end}`);
    await expect(lab.corrections).not.toContainText(other.corrections.belowMin('0'));
    await expect(page).toHaveURL(language === 'en' ? /\?page=train&v=5&gamma=0$/ : /[?&]lang=zh(&|$)/);
    await expect(page).toHaveURL(/gamma=0(&|$)/);
    await lab.dismissCorrectionsButton.click();
    await expect(lab.corrections).toHaveCount(0);

    await expect(lab.presenterButton).toBeVisible();
    await lab.shareButton.click();
    await expect(lab.shareLink).toHaveValue(/gamma=0(&|$)/, { timeout: 45_000 });
    await expect(lab.shareLink).toHaveValue(language === 'en' ? /^[^]*\?page=train&v=5&gamma=0$/ : /[?&]lang=zh(&|$)/);
    await expect(lab.shareDialog).toContainText(share.dialog.intro);
    await expect(lab.qrCode).toBeVisible();
    // The page runs on localhost: the QR code's address is this computer's alone, and the dialog says so.
    await expect(lab.loopbackWarning).toHaveText(share.dialog.loopback(`localhost:${new URL(page.url()).port}`));

    // Share tried to copy as it opened, and says why it could not; Copy link tries again and selects the link.
    await expect(lab.copyStatus).toHaveText(share.dialog.notCopiedRefused);
    await lab.copyButton.click();
    await expect(lab.copyStatus).toHaveText(share.dialog.notCopiedRefused);
    await expect(lab.shareLink).toBeFocused();

    const options = lab.shareDialog.getByRole('group', { name: share.lecture.legend });
    await expect(options.getByRole('group', { name: share.lecture.hide })).toBeVisible();
    await lab.tickLectureOption(share.lecture.controls.preset);
    await lab.tickLectureOption(share.lecture.present);
    await expect(lab.shareLink).toHaveValue(/hide=preset&present=1/);
    await expect(lab.shareDialog).not.toContainText(other.dialog.copy);
    await lab.shareDialog.getByRole('button', { name: share.dialog.close }).click();
    await expect(lab.shareDialog).toHaveCount(0);

    await page.keyboard.press('?');
    await expect(lab.shortcutHelp).toBeVisible();
    await expect(lab.shortcutHelp.getByRole('definition').first()).toHaveText(share.shortcuts.meanings.play);
    await expect(lab.shortcutHelp.getByRole('term').first()).toHaveText(share.shortcuts.keys.space);
    await expect(lab.shortcutHelp).toContainText(share.shortcuts.typing);
    await expect(lab.shortcutHelp).not.toContainText(other.shortcuts.meanings.play);
    await page.keyboard.press('Escape');
    await expect(lab.shortcutHelp).toHaveCount(0);
  });
}
