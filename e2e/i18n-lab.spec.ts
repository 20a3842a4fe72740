// "Train the agent" in Simplified Chinese: a student who opens ?page=train&lang=zh reads the controls, the presets,
// the advanced drawer and the charts in Chinese, and training runs as it does in English.
import { expect, test, type Page } from '@playwright/test';

const CJK = /[\u3400-\u9fff]/;

async function openInChinese(page: Page) {
  await page.goto('/?page=train&lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: '训练智能体' })).toBeVisible();
  await expect(page.getByRole('button', { name: '开始', exact: true })).toBeEnabled({ timeout: 45_000 });
}

test('the training page speaks Chinese: knobs, run controls, preset picker, advanced drawer and charts', async ({ page }) => {
  await openInChinese(page);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);

  // Run controls and counters.
  const run = page.getByRole('group', { name: '运行控制' });
  for (const name of ['单步一轮', '重置']) await expect(run.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(run.getByLabel('速度', { exact: true }).locator('option:checked')).toHaveText(CJK);
  await expect(run.getByText('环境步数', { exact: true })).toBeVisible();
  await expect(page.locator('.lab-page').getByRole('status').first()).toHaveText('准备就绪。点击“开始”开始训练。');

  // Knobs: the sliders are named in Chinese, with the textbook symbols kept.
  const knobs = page.getByRole('group', { name: '学习参数' });
  await expect(knobs.getByRole('slider', { name: '学习率 α' })).toBeVisible();
  await expect(knobs.getByRole('slider', { name: '折扣因子 γ' })).toBeVisible();
  await expect(knobs.getByRole('radio', { name: '衰减' })).toBeChecked();
  await expect(knobs.getByText(/太小学得慢/)).toBeVisible();

  // Preset picker: Chinese titles, and the lesson's sentence in Chinese, also after choosing another preset.
  const setup = page.getByRole('group', { name: '课程与智能体' });
  const preset = setup.getByLabel('预设', { exact: true });
  await expect(preset.locator('option:checked')).toHaveText('远视的 DQN');
  const description = setup.locator('.setup__description');
  await expect(description).toContainText('Double DQN');
  await expect(description).toContainText('建立信任');
  await preset.selectOption({ label: '短视（γ = 0）' });
  await expect(description).toContainText('只看重下一步的奖励', { timeout: 45_000 });
  await expect(setup.getByLabel('智能体', { exact: true }).locator('option:checked')).toHaveText('深度 Q 网络（DQN）');

  // The advanced drawer: Chinese sections, and each field's Chinese label with its help.
  const drawer = page.locator('details.advanced');
  await drawer.locator('summary').click();
  await expect(drawer.locator('summary')).toHaveText('高级设置（重置时生效）');
  await expect(drawer.getByRole('group', { name: '顾客模拟器' })).toBeVisible();
  const budget = drawer.locator('.advanced__field', { has: page.getByLabel('训练步数预算', { exact: true }) });
  await expect(budget.locator('.advanced__doc')).toHaveText('以环境步数计的训练预算。');
  await budget.getByLabel('训练步数预算', { exact: true }).fill('5');
  await expect(budget.getByRole('alert')).toHaveText(/^请输入 100 到 100000000 之间的值。 未应用：仍为 150000。$/);

  // Chart titles, axis words and the score, in Chinese.
  for (const title of ['会话回报', '损失', 'Q 值', '探索率 ε', '点击、购买与信任度', '会话长度', '跟踪顾客的 Q 值']) {
    await expect(page.getByRole('figure', { name: title, exact: true })).toBeAttached();
  }
  await expect(page.getByRole('figure', { name: '损失', exact: true })).toContainText('等待数据…');
  await expect(page.getByRole('table', { name: '参考策略' })).toContainText('DP 全知策略');
  await expect(page.getByRole('region', { name: '计算后端' })).toContainText(/后端：(wasm|cpu|webgl)/);
});

test('training runs in Chinese: the step counter advances and the charts fill, read out in Chinese', async ({ page }) => {
  test.setTimeout(120_000);
  await openInChinese(page);
  const steps = page.getByLabel('环境步数', { exact: true });
  const stepCount = async () => Number(await steps.getAttribute('data-value'));
  expect(await stepCount()).toBe(0);
  await page.getByRole('button', { name: '开始', exact: true }).click();
  await expect(page.getByRole('button', { name: '暂停', exact: true })).toBeVisible();
  await expect(page.locator('.lab-page').getByRole('status').first()).toHaveText('训练中…');
  await expect.poll(stepCount, { timeout: 45_000, message: 'the step counter advances' }).toBeGreaterThan(500);

  const returns = page.getByRole('figure', { name: '会话回报', exact: true });
  await expect.poll(async () => Number(await returns.getAttribute('data-points')), { timeout: 45_000 }).toBeGreaterThan(5);
  await expect(returns.getByRole('list', { name: '曲线' })).toContainText('移动平均（100 个会话）');
  await expect(returns).toContainText('启发式');
  await expect(page.getByRole('region', { name: '跟踪的顾客' })).toContainText('对智能体隐藏的信息');

  await page.getByRole('button', { name: '暂停', exact: true }).click();
  await expect(page.locator('.lab-page').getByRole('status').first()).toContainText(/^已暂停在第 [\d,]+ 步。/);
  const paused = await stepCount();
  await page.getByRole('button', { name: '单步一轮', exact: true }).click();
  await expect.poll(stepCount, { timeout: 10_000 }).toBeGreaterThan(paused);
});
