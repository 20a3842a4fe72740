// User story in Chinese: a hand-edited link with lang=zh opens the lab with its corrections explained in
// Chinese, and Share (the link, the copy fallback, the lecture options) and the shortcut overlay speak
// Chinese too, while the link they share keeps lang=zh. The strings come from the catalog the page uses.
import { expect, test } from '@playwright/test';
import { share } from '../src/ui/i18n/zh/share';

test('with lang=zh, link corrections, Share, lecture options and the shortcuts are in Chinese, and the shared link keeps lang=zh', async ({ page }) => {
  test.setTimeout(90_000);
  // The clipboard and the copy command both refuse, so the copy falls back to selecting the link (and says why in Chinese).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
  });
  await page.goto('/?page=train&lang=zh&gamma=7');

  const corrections = page.getByRole('region', { name: share.corrections.region });
  await expect(corrections.getByRole('heading')).toHaveText(share.corrections.heading);
  await expect(corrections.getByRole('listitem')).toHaveText('gamma 的值“7”超过了最大值 0.999，因此使用 0.999。');
  await expect(corrections).not.toContainText('is above');
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  await expect(page).toHaveURL(/gamma=0\.999/);
  await corrections.getByRole('button', { name: share.corrections.dismissLabel }).click();
  await expect(corrections).toHaveCount(0);

  const tools = page.getByRole('group', { name: share.bar.group });
  await expect(tools.getByRole('button', { name: share.bar.present })).toBeVisible();
  await tools.getByRole('button', { name: share.bar.share, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: share.dialog.title });
  const link = dialog.getByLabel(share.dialog.field);
  await expect(link).toHaveValue(/[?&]lang=zh(&|$)/, { timeout: 45_000 });
  await expect(link).toHaveValue(/gamma=0\.999/);
  await expect(dialog).toContainText(share.dialog.intro);
  await expect(dialog.getByRole('img', { name: share.dialog.qr })).toBeVisible();
  // The page runs on localhost: the QR code's address is this computer's alone, and the dialog says so.
  const port = new URL(page.url()).port;
  await expect(dialog.getByRole('note')).toHaveText(share.dialog.loopback(`localhost:${port}`));

  // Share tried to copy as it opened, and says why it could not; Copy link tries again.
  await expect(dialog.getByRole('status')).toHaveText(share.dialog.notCopiedRefused);
  await dialog.getByRole('button', { name: share.dialog.copy }).click();
  await expect(dialog.getByRole('status')).toHaveText(share.dialog.notCopiedRefused);
  await expect(link).toBeFocused();

  const options = dialog.getByRole('group', { name: share.lecture.legend });
  await expect(options.getByRole('group', { name: share.lecture.hide })).toBeVisible();
  await options.getByRole('checkbox', { name: share.lecture.controls.preset }).check();
  await options.getByRole('checkbox', { name: share.lecture.present }).check();
  await expect(link).toHaveValue(/hide=preset&present=1/);
  await expect(link).toHaveValue(/[?&]lang=zh(&|$)/);
  await expect(dialog).not.toContainText('Copy link');
  await dialog.getByRole('button', { name: share.dialog.close }).click();
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: share.shortcuts.title });
  await expect(help).toBeVisible();
  await expect(help.getByRole('definition').first()).toHaveText('开始或暂停');
  await expect(help.getByRole('term').first()).toHaveText('空格');
  await expect(help).toContainText(share.shortcuts.typing);
  await expect(help).not.toContainText('Play or pause');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
