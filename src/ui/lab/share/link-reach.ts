// Whether a link can be opened by someone else: one on a loopback address (localhost, 127.x.x.x, [::1])
// points at the computer that opens it, so a phone that scans its QR code reaches nothing.

/** True for an address whose host is this computer only. */
export function isLoopbackAddress(address: string): boolean {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  // IPv4 loopback is the whole 127.0.0.0/8 block.
  return /^127(\.\d{1,3}){3}$/.test(host);
}
