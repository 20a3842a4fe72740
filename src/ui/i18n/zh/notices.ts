// The notices strings in Simplified Chinese, shaped like en/notices.ts.
import type { NoticesMessages } from '../en/notices';

export const notices: NoticesMessages = {
  contextLost: (lostAt: string, restoredStep: string, backend: string) =>
    `WebGL 上下文在第 ${lostAt} 步丢失。实验已恢复第 ${restoredStep} 步保存的网络权重、经验回放缓冲区和顾客状态，并在 ${backend} 后端上继续训练；图表保留了全部历史。`,
  workerRestarted: (loss: string, lostAt: string, checkpointStep: string) =>
    `训练线程在第 ${lostAt} 步停止了（${loss}）。实验已从第 ${checkpointStep} 步的检查点重新启动它；图表保留了全部历史。`,
  workerRestartedUnreadable: (loss: string, reason: string) => `训练线程停止了（${loss}），而这次运行的最近一次保存无法载入（${reason}），因此实验从头重新开始了这次运行。`,
  workerRestartedFromStart: (loss: string) => `训练线程在第一个检查点之前就停止了（${loss}），因此实验从头重新开始了这次运行。`,
  loss: {
    silent: (seconds: string) => `它 ${seconds} 秒没有响应`,
    unanswered: '它不再响应',
    scriptFailed: '它的脚本出错',
    scriptError: (detail: string) => `它的脚本出错：${detail}`,
  },
};
