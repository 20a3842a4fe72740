// User stories of a lecture and a phone, in English and Chinese: an instructor opens presenter view on a
// 1280x720 projector, then a 1920x1080 one, and the class sees the score and the session return chart without
// scrolling, every chart text at 18 px or more and none cut or printed over another, the full width used at
// 1920, and no export or table clutter; a student on a 390 px phone turns gamma with the return chart in sight.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { PresenterView, inside, overlap, type ChartText } from './pages/PresenterView';

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** The screenshot, attached to the report, after checking it is the whole projector screen (PNG header: width, height). */
async function attachScreen(page: Page, testInfo: TestInfo, name: string, size: { width: number; height: number }) {
  const shot = await page.screenshot();
  expect(shot.subarray(1, 4).toString()).toBe('PNG');
  expect({ width: shot.readUInt32BE(16), height: shot.readUInt32BE(20) }).toEqual(size);
  await testInfo.attach(name, { body: shot, contentType: 'image/png' });
}

/**
 * Pairs of texts in one chart's drawing that print over each other (more than two pixels' worth of shared
 * area). A slanted text's box is far larger than its letters (the item names' boxes overlap by construction),
 * so only upright and quarter-turned texts are compared.
 */
function collisions(texts: readonly ChartText[]): string[] {
  const drawn = texts.filter((text) => text.kind === 'drawing' && text.angle % 90 === 0);
  return drawn.flatMap((a, index) =>
    drawn.slice(index + 1).filter((b) => b.chart === a.chart && overlap(a.box, b.box) > 2).map((b) => `${a.chart}: "${a.text}" over "${b.text}"`),
  );
}

for (const language of ['en', 'zh'] as const) {
  test(`${language}: presenter view fits a 1280x720 and a 1920x1080 projector with large, whole chart text`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize(PROJECTORS[0]);
    const view = new PresenterView(page, language);
    const { charts, files, play } = view.words;
    await view.open(true);
    await view.trainUntilScored();
    // The instructor turns gamma from the knob strip: its marker is drawn on every chart.
    await view.nudgeGamma();
    await expect(view.knobChanges).toHaveCount(1);
    await view.gammaSlider.blur();
    const policyNames: readonly string[] = Object.values(play.policies);

    for (const size of PROJECTORS) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      const label = `${size.width}x${size.height}`;

      // The score and the whole return chart's plot are on screen without scrolling.
      expect(await view.scrollTop()).toBe(0);
      await expect(view.score).toBeInViewport({ ratio: 1 });
      await expect(view.percent).toHaveText(/\d+%/);
      await expect(view.returnPlot).toBeInViewport({ ratio: 1 });

      const texts = await view.chartTexts();
      expect(texts.filter((text) => text.kind === 'drawing').length, label).toBeGreaterThan(60);
      // Every text at 18 px or more, every drawn text whole inside its drawing, none over another.
      expect(texts.filter((text) => text.fontSize < 18).map((text) => `${text.chart}: "${text.text}" ${text.fontSize}px`), label).toEqual([]);
      expect(texts.filter((text) => text.kind === 'drawing' && (!text.svg || !inside(text.box, text.svg))).map((text) => `${text.chart}: "${text.text}"`), label).toEqual([]);
      expect(collisions(texts), label).toEqual([]);

      // The reference policies are named right of the plot, clear of its lines; the axis titles are whole.
      const returnTexts = texts.filter((text) => text.chart === charts.sessionReturn.title && text.kind === 'drawing');
      const references = returnTexts.filter((text) => policyNames.includes(text.text));
      expect(references.length, label).toBeGreaterThanOrEqual(5);
      for (const reference of references) expect(reference.box.x, `${reference.text} at ${label}`).toBeGreaterThanOrEqual(reference.plot!.x + reference.plot!.width);
      expect(returnTexts.map((text) => text.text)).toEqual(expect.arrayContaining([charts.sessionReturn.yLabel, charts.stepAxis]));
      // The gamma marker's symbol sits above the plot, not on its lines.
      const markers = returnTexts.filter((text) => text.text.startsWith('γ'));
      expect(markers.length, label).toBe(1);
      expect(markers[0].box.y + markers[0].box.height, label).toBeLessThanOrEqual(markers[0].plot!.y + 1);

      // No export buttons and no table toggles on the projector.
      await expect(page.getByRole('button', { name: files.png.label(charts.sessionReturn.title) })).toBeHidden();
      await expect(view.charts.getByText(charts.showTable).first()).toBeHidden();

      if (size.width === 1920) {
        // The whole width: the charts take most of the screen, the return chart's plot over half of it (the
        // reference policies' names at 18 px, the longest on two lines, take the chart's right edge beside it).
        const chartsBox = await view.charts.boundingBox();
        const plotBox = await view.returnPlot.boundingBox();
        expect(chartsBox!.width / size.width).toBeGreaterThan(0.7);
        expect(plotBox!.width / size.width).toBeGreaterThan(0.55);
        expect(plotBox!.height / size.height).toBeGreaterThan(0.5);
      }
      await attachScreen(page, testInfo, `presenter-${language}-${label}.png`, size);
    }

    // Leaving presenter view (the p key) brings the export buttons and the table toggles back.
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: files.png.label(charts.sessionReturn.title) })).toBeVisible();
    await expect(view.charts.getByText(charts.showTable).first()).toBeVisible();
  });

  test(`${language}: on a 390 px phone the gamma knob and the return chart are on screen together`, async ({ page }, testInfo) => {
    test.setTimeout(150_000);
    const phone = { width: 390, height: 844 };
    await page.setViewportSize(phone);
    const view = new PresenterView(page, language);
    await view.open(false);
    await view.trainUntilScored();

    await view.returnPlot.scrollIntoViewIfNeeded();
    await expect(view.returnPlot).toBeInViewport({ ratio: 1 });
    await expect(view.gammaSlider).toBeInViewport({ ratio: 1 });
    // Turning it, the student sees the marker land on the chart in view.
    await view.nudgeGamma();
    await expect(view.knobChanges).toHaveCount(1);
    await expect(view.returnPlot).toBeInViewport({ ratio: 1 });
    await expect(view.gammaSlider).toBeInViewport({ ratio: 1 });
    await attachScreen(page, testInfo, `phone-${language}-390x844.png`, phone);
  });
}
