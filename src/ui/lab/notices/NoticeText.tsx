// The lab's notices in the page's language: one component per kind of structured notice, for whichever
// part of the page shows it (the run's banner, the files panel, the link corrections).
import type { RunNotice } from '../../../store/lab-run';
import type { FileMessage } from '../../../store/lab-files-slice';
import { useLanguage, useT } from '../../i18n/language-store';
import { fileMessageText } from './file-text';
import { runNoticeText } from './run-notice-text';

/** What the lab did on its own while training (a recovery), as a sentence. */
export function NoticeText({ notice }: { notice: RunNotice }) {
  return runNoticeText(notice, useT());
}

/** What a file action did, or why it could not. */
export function FileMessageText({ message }: { message: FileMessage }) {
  return fileMessageText(message, useT(), useLanguage());
}
