// Copies a link: the Clipboard API where the browser allows it, else the link's field is selected for Ctrl+C.

export type CopyResult = 'copied' | 'selected';

export async function copyLink(text: string, field: HTMLInputElement | null): Promise<CopyResult> {
  try {
    // Missing outside secure contexts, and refused without permission: both land in the fallback.
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'selected';
  }
}
