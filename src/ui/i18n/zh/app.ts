// 应用外壳的中文：页眉、导航、页脚、语言选择。
import type { AppMessages } from '../en/app';

export const app: AppMessages = {
  title: 'Q-Shop 实验室',
  skipToContent: '跳到正文',
  pagesNav: '页面',
  pagePlay: '亲自试一试',
  pageTrain: '训练智能体',
  pageCompare: 'A/B 对比',
  pageGuide: (count: number) => `本实验室共有 ${count} 个页面：`,
  pageGuideHere: (summary: string) => `（本页：${summary}）`,
  pageGuideSummary: (summary: string) => `（${summary}）`,
  pageGuideEnd: '。',
  pageSummaries: {
    play: '由你来当推荐系统',
    train: '深度 Q 网络学习同样的任务',
    compare: '两组设置并排训练',
  },
  pageGuideSeparator: '；',
  footer: 'Q-Shop 实验室 · 合成顾客，带种子、可复现 · 数据不会离开你的浏览器',
  languageLabel: '语言',
  unknownLanguage: (given: string) => `链接要求的语言“${given}”本实验室没有；目前只提供英文和中文。`,
  dismiss: '关闭',
  languageLoading: (name: string) => `正在加载${name}…`,
  languageFailed: (name: string, current: string) => `未能获取${name}的文字（网络连接可能已中断），页面仍以${current}显示。请重新加载页面后再试。`,
};
