// Copies a link: the Clipboard API where the browser allows it, else the browser's copy command on the
// selected link field, else the link is left selected for Ctrl+C, with the reason the copy could not happen.

/** copied: on the clipboard. selected: left selected in its field; why: the Clipboard API is missing (not a secure address) or was refused. */
export type CopyResult = { kind: 'copied' } | { kind: 'selected'; why: 'insecure' | 'refused' };

export async function copyLink(text: string, field: HTMLInputElement | null): Promise<CopyResult> {
  // Missing outside secure contexts (an http address other than localhost).
  const clipboard = typeof navigator !== 'undefined' ? (navigator.clipboard as Clipboard | undefined) : undefined;
  if (clipboard) {
    try {
      await clipboard.writeText(text);
      return { kind: 'copied' };
    } catch {
      // Refused (no permission, the page not focused): the copy command below may still work.
    }
  }
  field?.focus();
  field?.select();
  // The older copy command copies the selection; deprecated, but the one way left where the Clipboard API is refused.
  const copied = field !== null && field.value === text && document.execCommand('copy');
  return copied ? { kind: 'copied' } : { kind: 'selected', why: clipboard ? 'refused' : 'insecure' };
}
