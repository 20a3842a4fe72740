// Page model of the lab's teaching tools: links, the corrections notice, Share, lecture options,
// presenter view and the keyboard shortcuts, found by role and accessible name like the rest.
import { expect, type Locator, type Page } from '@playwright/test';
import { LabPage } from './LabPage';

export class SharedLabPage extends LabPage {
  readonly alphaSlider: Locator;
  readonly corrections: Locator;
  readonly dismissCorrectionsButton: Locator;
  readonly shareButton: Locator;
  readonly presenterButton: Locator;
  readonly shortcutsButton: Locator;
  readonly shareDialog: Locator;
  readonly shareLink: Locator;
  readonly copyButton: Locator;
  readonly copyStatus: Locator;
  readonly qrCode: Locator;
  readonly loopbackWarning: Locator;
  readonly shortcutHelp: Locator;

  constructor(page: Page) {
    super(page);
    this.alphaSlider = page.getByRole('slider', { name: 'Learning rate α' });
    this.corrections = page.getByRole('region', { name: 'Link corrections' });
    this.dismissCorrectionsButton = page.getByRole('button', { name: 'Dismiss the link corrections' });
    const tools = page.getByRole('group', { name: 'Share and present' });
    this.shareButton = tools.getByRole('button', { name: 'Share', exact: true });
    this.presenterButton = tools.getByRole('button', { name: 'Presenter view' });
    this.shortcutsButton = tools.getByRole('button', { name: /Keyboard shortcuts/ });
    this.shareDialog = page.getByRole('dialog', { name: 'Share this lab' });
    this.shareLink = this.shareDialog.getByLabel('Link to this lab');
    this.copyButton = this.shareDialog.getByRole('button', { name: 'Copy link' });
    this.copyStatus = this.shareDialog.getByRole('status');
    this.qrCode = this.shareDialog.getByRole('img', { name: 'QR code of the link' });
    this.loopbackWarning = this.shareDialog.getByRole('note');
    this.shortcutHelp = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  /** A field of the advanced drawer (opened first), found by its label. */
  async advancedField(label: string): Promise<Locator> {
    const drawer = this.page.locator('details.advanced');
    if (!(await drawer.evaluate((element) => (element as HTMLDetailsElement).open))) await this.advancedDrawer.click();
    return this.page.getByLabel(label, { exact: true });
  }

  /** The value a knob slider shows next to its label. */
  knobValue(label: string): Locator {
    return this.page.getByLabel(`${label} value`, { exact: true });
  }

  /** Opens Share and returns the link it offers. */
  async openShare(): Promise<string> {
    await this.shareButton.click();
    await expect(this.shareDialog).toBeVisible();
    return this.shareLink.inputValue();
  }

  /** Ticks a lecture option in the Share dialog (a control to hide, presenter view or autoplay). */
  async tickLectureOption(label: string): Promise<void> {
    await this.shareDialog.getByRole('checkbox', { name: label }).check();
  }

  /** What the followed shopper panel says after its latest step: recommendation, outcome, reward, hidden state. */
  async followedText(): Promise<string> {
    return (await this.followedShopper.innerText()).trim();
  }

  /** Steps once and waits until the followed shopper shows the new step. */
  async stepAndRead(): Promise<string> {
    const before = await this.steps();
    await this.stepOnceButton.click();
    await expect.poll(() => this.steps()).toBeGreaterThan(before);
    await expect(this.followedShopper.getByLabel('Outcome')).toBeVisible();
    return this.followedText();
  }
}
