// User stories in Chinese for the lab's words: the advanced settings labelled in Chinese (no schema name, no
// English label), a knob change's marker read out on the chart, on hover and in the data table, and kept runs
// told apart by a Chinese label with a Chinese date. The strings come from the catalogs the page uses.
import { expect, test } from '@playwright/test';
import { DEFAULT_LAB_CONFIG, applyPatch } from '../src/engine/lab-config';
import { CONFIG_SCHEMA } from '../src/preset/schema';
import { keptRunFixture } from '../src/testing/kept-run-fixture';
import { fieldLabels as english } from '../src/ui/i18n/en/lab-fields';
import { charts } from '../src/ui/i18n/zh/charts';
import { fieldLabels } from '../src/ui/i18n/zh/lab-fields';
import { drawerSections } from '../src/ui/lab/advanced-fields';
import { LabPage } from './pages/LabPage';
import { RunsPanel } from './pages/RunsPanel';

const DRAWER_FIELDS = drawerSections(CONFIG_SCHEMA).flatMap((section) => section.fields);

test('在中文页面上，高级设置的每个字段都以中文命名，既没有架构名称，也没有英文标签', async ({ page }) => {
  await page.goto('/?page=train&lang=zh');
  const drawer = page.locator('details.advanced');
  await expect(page.getByRole('button', { name: '开始', exact: true })).toBeEnabled({ timeout: 45_000 });
  await drawer.locator('summary').click();
  for (const entry of DRAWER_FIELDS) await expect(drawer.getByLabel(fieldLabels[entry.name as keyof typeof fieldLabels], { exact: true }), entry.name).toHaveCount(1);
  const shown = await drawer.innerText();
  for (const entry of DRAWER_FIELDS) if (/[A-Z]/.test(entry.name)) expect(shown, entry.name).not.toContain(entry.name);
  // The labels are Chinese: none is the English one (the help may name Double DQN or Adam, as Chinese texts do).
  const labels = await drawer.locator('label').allInnerTexts();
  expect(labels).toHaveLength(DRAWER_FIELDS.length);
  for (const entry of DRAWER_FIELDS) expect(labels).not.toContain(english[entry.name as keyof typeof english]);
  await expect(drawer.getByLabel('目标网络', { exact: true }).locator('option:checked')).toHaveText('每 125 次更新复制一次');
});

test('在中文页面上，训练中调整 γ 的标记读作“γ 0.99 → 0”：在图上、指向时和数据表中', async ({ page }) => {
  test.setTimeout(120_000);
  const lab = new LabPage(page);
  await page.goto('/?page=train&lang=zh&evaluationShoppers=100');
  const play = page.getByRole('button', { name: '开始', exact: true });
  await expect(play).toBeEnabled({ timeout: 45_000 });
  await play.click();
  const steps = page.getByLabel('环境步数', { exact: true });
  await expect.poll(async () => Number(await steps.getAttribute('data-value')), { timeout: 45_000 }).toBeGreaterThan(300);
  await page.getByRole('button', { name: '暂停', exact: true }).click();
  await expect(play).toBeVisible();

  await page.getByRole('slider', { name: '折扣因子 γ' }).focus();
  await page.keyboard.press('Home');
  const changes = page.getByRole('region', { name: '参数调整记录' }).getByRole('listitem');
  await expect(changes).toHaveCount(1, { timeout: 10_000 });
  await expect(changes.first()).toContainText('γ 0.99 → 0');
  const chart = charts.exploration.title;
  await expect(lab.chart(chart).getByText('γ 0.99 → 0', { exact: true })).toBeVisible();
  await expect(await lab.pointAtMarker(chart)).toContainText('γ 0.99 → 0');
  await page.mouse.move(0, 0);
  const table = await lab.dataTable(chart, charts.showTable);
  await expect(table.getByRole('columnheader', { name: charts.knobChangeColumn })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'γ 0.99 → 0', exact: true })).toHaveCount(1);
});

test.describe('已保存的训练', () => {
  test.use({ timezoneId: 'UTC' });

  test('在中文页面上，已保存的训练以中文设置名区分，结束时间以中文日期书写', async ({ page }) => {
    const runs = new RunsPanel(page);
    const steps = [0, 800, 1600];
    const kept = [150_000, 20_000].map((totalSteps, index) =>
      keptRunFixture({
        id: `budget-${index + 1}`,
        number: index + 1,
        endedAt: Date.UTC(2026, 11, 3, 9, 41 + index),
        config: applyPatch(DEFAULT_LAB_CONFIG, { training: { totalSteps } }),
        returns: { steps, values: [1, 2, 3 + index] },
        loss: { steps, values: [0.3, 0.2, 0.1] },
      }),
    );
    await page.goto('/');
    await runs.store(kept.reverse());
    await page.goto('/?page=train&lang=zh');
    await expect(page.getByRole('button', { name: '开始', exact: true })).toBeEnabled({ timeout: 45_000 });
    const panel = page.getByRole('region', { name: '已保存的训练' });
    const row = (name: string) => panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row('远视的 DQN #1')).toContainText('训练步数预算 150,000');
    await expect(row('远视的 DQN #1').locator('time')).toHaveText('2026年12月3日 09:41');
    await expect(row('远视的 DQN #2').locator('time')).toHaveText('2026年12月3日 09:42');
    await panel.getByRole('checkbox', { name: '把 远视的 DQN #1 叠加到图上' }).check();
    await panel.getByRole('checkbox', { name: '把 远视的 DQN #2 叠加到图上' }).check();
    const legend = page.getByRole('figure', { name: '会话回报', exact: true }).getByRole('list', { name: '已保存的训练（移动平均）' });
    await expect(legend.getByRole('listitem')).toHaveText(['远视的 DQN #1 · 训练步数预算 150,000', '远视的 DQN #2 · 训练步数预算 20,000']);
  });
});
