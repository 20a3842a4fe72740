// Test and bench support: records the size of every message between the page and its workers (both ways,
// including comlink's message ports), as the bytes of the values a structured clone copies. Installed before
// the page's scripts run (Playwright's addInitScript), so it sees the training worker from its first message.

/** The page's record: the largest message each way since the last reset, and what it was. */
export interface MessageSizes {
  largestToWorker: number;
  largestFromWorker: number;
  /** A few words on the largest message (its comlink call or its top-level keys), for a failing story to show. */
  largestWhat: string;
  reset(): void;
}

/** The script to pass to addInitScript: self-contained (it runs in the page, not here). */
export function recordMessageSizes(): void {
  /** Bytes a structured clone of the value copies: array buffers whole (a transferred one moves, it is not copied). */
  const sizeOf = (value: unknown, transferred: ReadonlySet<unknown>, seen = new Set<unknown>()): number => {
    if (value === null || value === undefined) return 0;
    if (typeof value === 'string') return value.length * 2;
    if (typeof value !== 'object') return 8;
    if (seen.has(value)) return 0;
    seen.add(value);
    if (value instanceof ArrayBuffer) return transferred.has(value) ? 0 : value.byteLength;
    if (ArrayBuffer.isView(value)) return transferred.has(value.buffer) ? 0 : value.byteLength;
    if (value instanceof MessagePort) return 0;
    let bytes = 0;
    for (const entry of Object.values(value as Record<string, unknown>)) bytes += sizeOf(entry, transferred, seen);
    return bytes;
  };
  const describe = (data: unknown) => {
    if (typeof data !== 'object' || data === null) return typeof data;
    const record = data as Record<string, unknown>;
    return Array.isArray(record.path) && record.path.length > 0 ? `call ${record.path.join('.')}` : `keys ${Object.keys(record).slice(0, 6).join(',')}`;
  };
  const record: MessageSizes = {
    largestToWorker: 0,
    largestFromWorker: 0,
    largestWhat: '',
    reset() {
      record.largestToWorker = 0;
      record.largestFromWorker = 0;
      record.largestWhat = '';
    },
  };
  const note = (direction: 'largestToWorker' | 'largestFromWorker', data: unknown, transfer: unknown) => {
    const transferred = new Set<unknown>(Array.isArray(transfer) ? transfer : ((transfer as { transfer?: unknown[] } | undefined)?.transfer ?? []));
    const bytes = sizeOf(data, transferred);
    if (bytes > record[direction]) {
      record[direction] = bytes;
      if (bytes >= Math.max(record.largestToWorker, record.largestFromWorker)) record.largestWhat = `${direction === 'largestToWorker' ? 'to' : 'from'} the worker: ${describe(data)}`;
    }
  };
  (window as unknown as { messageSizes: MessageSizes }).messageSizes = record;
  for (const prototype of [Worker.prototype, MessagePort.prototype] as Array<Worker | MessagePort>) {
    const post = prototype.postMessage as (this: Worker | MessagePort, data: unknown, transfer?: unknown) => void;
    prototype.postMessage = function (this: Worker | MessagePort, data: unknown, transfer?: unknown) {
      note('largestToWorker', data, transfer);
      return post.call(this, data, transfer);
    } as typeof prototype.postMessage;
    const listen = prototype.addEventListener as (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: unknown) => void;
    prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: unknown) {
      if (type === 'message' && typeof listener === 'function') {
        const measured = (event: Event) => {
          note('largestFromWorker', (event as MessageEvent).data, undefined);
          return listener.call(this, event);
        };
        return listen.call(this, type, measured, options);
      }
      return listen.call(this, type, listener, options);
    } as typeof prototype.addEventListener;
  }
}

/** Reads the page's record (evaluate in the page). */
export const readMessageSizes = () => {
  const { largestToWorker, largestFromWorker, largestWhat } = (window as unknown as { messageSizes: MessageSizes }).messageSizes;
  return { largestToWorker, largestFromWorker, largestWhat };
};

/** Starts the record afresh (evaluate in the page). */
export const resetMessageSizes = () => (window as unknown as { messageSizes: MessageSizes }).messageSizes.reset();
