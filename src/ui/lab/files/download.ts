// Hands a file to the browser's download: a Blob behind an object URL and a click on <a download> (no network).

import type { DownloadFile } from '../../../store/lab-files-slice';

export function downloadFile(file: DownloadFile): void {
  downloadBlob(new Blob([file.data], { type: file.type }), file.name);
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
