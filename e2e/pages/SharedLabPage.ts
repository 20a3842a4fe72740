// Page model of the lab's teaching tools: links, the corrections notice, Share, lecture options,
// presenter view and the keyboard shortcuts, found by role and accessible name like the rest.
import { expect, type Locator, type Page } from '@playwright/test';
import { LabPage } from './LabPage';
import { escaped, type Language } from './language';

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

  constructor(page: Page, language: Language = 'en') {
    super(page, language);
    const { share, lab } = this.words;
    this.alphaSlider = page.getByRole('slider', { name: lab.knobs.learningRate });
    this.corrections = page.getByRole('region', { name: share.corrections.region });
    this.dismissCorrectionsButton = page.getByRole('button', { name: share.corrections.dismissLabel });
    const tools = page.getByRole('group', { name: share.bar.group });
    this.shareButton = tools.getByRole('button', { name: share.bar.share, exact: true });
    this.presenterButton = tools.getByRole('button', { name: share.bar.present });
    this.shortcutsButton = tools.getByRole('button', { name: new RegExp(escaped(share.bar.shortcuts)) });
    this.shareDialog = page.getByRole('dialog', { name: share.dialog.title });
    this.shareLink = this.shareDialog.getByLabel(share.dialog.field);
    this.copyButton = this.shareDialog.getByRole('button', { name: share.dialog.copy });
    this.copyStatus = this.shareDialog.getByRole('status');
    this.qrCode = this.shareDialog.getByRole('img', { name: share.dialog.qr });
    this.loopbackWarning = this.shareDialog.getByRole('note');
    this.shortcutHelp = page.getByRole('dialog', { name: share.shortcuts.title });
  }

  /** A field of the advanced drawer (opened first), found by its label. */
  async advancedField(label: string): Promise<Locator> {
    await this.openAdvanced();
    return this.page.getByLabel(label, { exact: true });
  }

  /** The value a knob slider shows next to its label. */
  knobValue(label: string): Locator {
    return this.page.getByLabel(this.words.lab.knobs.valueOf(label), { exact: true });
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
    await expect(this.followedShopper.getByLabel(this.words.lab.shopper.outcome)).toBeVisible();
    return this.followedText();
  }
}
