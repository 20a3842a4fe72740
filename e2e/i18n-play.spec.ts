// User stories in Chinese: a student opens a `lang=zh` link and plays a whole session, then steps through
// training, and reads every label, item name, outcome and explanation in Simplified Chinese.
import { expect, test } from '@playwright/test';

const POLICIES_ZH = ['你', '随机', '最热门', '短视全知策略', '启发式（知道真实偏好）', '依智能体所见的最优规划', 'DP 全知策略'];

test('the play page speaks Chinese: heading, items, buttons, outcomes and the end-of-session comparison', async ({ page }) => {
  await page.goto('/?page=play&lang=zh&seed=7&shopper=3');
  await expect(page.getByRole('heading', { level: 1, name: '亲自试一试' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');

  // Items: 24 cards named in Chinese, grouped under Chinese category headings.
  const items = page.getByRole('button', { name: /^推荐 / });
  await expect(items).toHaveCount(24);
  await expect(page.getByRole('group', { name: '电子产品' }).getByRole('button')).toHaveCount(4);
  await expect(page.getByRole('button', { name: /^推荐 优质 \$[0-9.]+ 图书$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '下一位顾客' })).toBeVisible();
  await expect(page.getByRole('button', { name: '重玩这位顾客' })).toBeDisabled();
  await expect(page.getByRole('meter', { name: '信任度' })).toBeVisible();
  await expect(page.getByText('对智能体隐藏')).toBeVisible();

  // One pick: the scoreboard names the item tier-first and the outcome in Chinese.
  await page.getByRole('button', { name: /^推荐 优质 \$[0-9.]+ 电子产品$/ }).click();
  const lastOutcome = page.getByLabel('上一步结果');
  await expect(lastOutcome).toContainText(/已购买|已点击|已忽略/);
  await expect(lastOutcome).toContainText('优质电子产品');
  await expect(page.getByRole('button', { name: /上次所选（电子产品）$/ })).toBeVisible();

  // Play on until the shopper leaves or the session reaches its limit, then read the comparison.
  const comparison = page.getByRole('table', { name: '你在这位顾客身上的表现' });
  const steps = page.getByRole('table', { name: '步骤记录' }).locator('tbody tr');
  let step = 1;
  await expect(steps).toHaveCount(step);
  // The step log names the item as the scoreboard does, tier first.
  await expect(steps.first().getByRole('cell').nth(1)).toHaveText('优质电子产品');
  while ((await comparison.count()) === 0) {
    expect(step).toBeLessThan(50);
    await page.getByRole('button', { name: /^推荐 高端 \$[0-9.]+ (上次所选（)?家居/ }).click();
    step += 1;
    await expect(steps).toHaveCount(step);
  }
  await expect(page.getByRole('heading', { name: '你在这位顾客身上的表现' })).toBeFocused();
  await expect(comparison.getByRole('rowheader')).toHaveText(POLICIES_ZH);
  await expect(comparison.getByRole('columnheader', { name: '回报', exact: true })).toBeVisible();
  await expect(page.getByText(/你胜过了 6 个策略中的 \d 个/)).toBeVisible();
  await expect(page.getByText('会话已结束。')).toBeVisible();
  await expect(page.getByRole('button', { name: '重玩这位顾客' })).toBeEnabled();
});

test('a bad play link is explained in Chinese, and the observation names its features in Chinese', async ({ page }) => {
  await page.goto('/?page=play&lang=zh&seed=banana');
  const notice = page.getByRole('status').filter({ hasText: '种子' });
  await expect(notice).toContainText('链接中的种子“banana”不是 0 到 4294967295 之间的整数，因此改用种子 42。');
  await page.getByText('智能体观察到的内容').click();
  const observation = page.getByRole('table', { name: '智能体的观察' });
  await expect(observation.getByRole('row')).toHaveCount(20);
  await expect(observation).toContainText('浏览记录：图书');
  await expect(observation).toContainText('参与度信号');
  await page.getByRole('button', { name: '关闭提示' }).click();
  await expect(notice).toHaveCount(0);
});

test('the step-through inspector and its explanations speak Chinese', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?page=train&lang=zh');
  const inspector = page.getByRole('region', { name: '逐步查看训练' });
  await expect(inspector).toBeVisible();
  await expect(inspector.getByText('单步执行一位顾客，即可看到第一个转移。')).toBeVisible();
  const stepShopper = inspector.getByRole('button', { name: '单步：一位顾客' });
  await expect(stepShopper).toBeEnabled({ timeout: 45_000 });
  await stepShopper.click();

  const summary = inspector.getByLabel('转移摘要');
  await expect(summary).toContainText(/顾客 #\d+，第 1 步：智能体推荐了/);
  await expect(summary).toContainText(/探索|利用/);
  await expect(inspector.getByRole('table', { name: '转移前后的观察' })).toContainText('上次推荐被点击');
  await expect(inspector.getByText('这个转移所教的目标值')).toBeVisible();
  await expect(inspector.getByText(/这个更新在代码中的位置/)).toHaveText('这个更新在代码中的位置：src/agents/q-learning-update.ts');

  // Before the replay memory is ready, an update is refused with the reason in Chinese.
  await inspector.getByRole('button', { name: '单步：一次更新' }).click();
  await expect(inspector.getByRole('status')).toContainText('未更新：经验回放缓冲区中的转移还不够');

  // An explanation opens in Chinese, its formulas rendered.
  const explainer = inspector.locator('details.explainer', { hasText: 'Q 学习更新' }).first();
  await explainer.locator('summary').click();
  await expect(explainer).toContainText('每一步之后，这个估计都会朝目标值');
  await expect(explainer.locator('.katex').first()).toBeVisible();
  await expect(page.getByRole('region', { name: '学生常问的问题' })).toContainText('为什么 Q 值会被高估？');
});
