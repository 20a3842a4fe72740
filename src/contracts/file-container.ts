// The binary container of a Q-Shop Lab file: a fixed preamble, a JSON header, and named typed arrays,
// guarded by a CRC-32. Reading never throws: any input yields the contents or the reason it has none.
//
// Layout (little-endian):
//   bytes 0-7    magic "QSHOPLAB"
//   bytes 8-11   container version (uint32)
//   bytes 12-15  header length H in bytes (uint32)
//   bytes 16-19  body length B in bytes (uint32)
//   bytes 20-23  CRC-32 of the H + B bytes that follow
//   H bytes      UTF-8 JSON header, with `arrays`: [{ name, type, length, offset }] (offset into the body)
//   B bytes      the arrays' bytes, each at its offset

import { crc32 as crc32Of } from './crc32';
import type { FileProblem } from './file-problem';

export const CONTAINER_MAGIC = 'QSHOPLAB';
export const CONTAINER_VERSION = 1;
const PREAMBLE_BYTES = 24;
/** Larger than the largest run the schema allows (a million-transition replay of 10-step rows is 206 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** A header is config and counters: far below this unless something is wrong. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

const ARRAY_TYPES = {
  Float32Array,
  Float64Array,
  Int32Array,
  Uint32Array,
  Uint8Array,
  Int8Array,
} as const;
export type ArrayTypeName = keyof typeof ARRAY_TYPES;
export type NumericArray = Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array | Int8Array;

interface ArrayEntry {
  name: string;
  type: ArrayTypeName;
  length: number;
  offset: number;
}

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export interface ContainerContents {
  header: Record<string, unknown>;
  arrays: Map<string, NumericArray>;
}

/** Names are plain dotted identifiers ("agent.parameters"): nothing that could mean anything else. */
const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/** JSON cannot hold NaN or Infinity: they travel as { "$number": "NaN" }. */
function replaceNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? { $number: String(value) } : value;
}

function reviveNonFinite(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const text = (value as { $number?: unknown }).$number;
    if (keys.length === 1 && (text === 'NaN' || text === 'Infinity' || text === '-Infinity')) return Number(text);
  }
  return value;
}

function typeNameOf(array: NumericArray): ArrayTypeName {
  return array.constructor.name as ArrayTypeName;
}

export function encodeContainer(header: Record<string, unknown>, arrays: ReadonlyMap<string, NumericArray>): Uint8Array {
  const entries: ArrayEntry[] = [];
  let bodyBytes = 0;
  for (const [name, array] of arrays) {
    // 8-byte alignment lets a reader view the arrays in place if it ever wants to.
    bodyBytes = Math.ceil(bodyBytes / 8) * 8;
    entries.push({ name, type: typeNameOf(array), length: array.length, offset: bodyBytes });
    bodyBytes += array.byteLength;
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify({ ...header, arrays: entries }, replaceNonFinite));
  const bytes = new Uint8Array(PREAMBLE_BYTES + headerBytes.length + bodyBytes);
  bytes.set(new TextEncoder().encode(CONTAINER_MAGIC), 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, CONTAINER_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  view.setUint32(16, bodyBytes, true);
  bytes.set(headerBytes, PREAMBLE_BYTES);
  const bodyStart = PREAMBLE_BYTES + headerBytes.length;
  entries.forEach((entry, index) => {
    const array = [...arrays.values()][index];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), bodyStart + entry.offset);
  });
  view.setUint32(20, crc32Of(bytes.subarray(PREAMBLE_BYTES)), true);
  return bytes;
}


const fail = (problem: FileProblem): { ok: false; problem: FileProblem } => ({ ok: false, problem });

/** The header and arrays of a container, or why the bytes are not one (never throws). */
export function decodeContainer(bytes: Uint8Array): Decoded<ContainerContents> {
  if (bytes.length > MAX_FILE_BYTES) return fail({ code: 'too-large', bytes: bytes.length, limit: MAX_FILE_BYTES });
  if (bytes.length < PREAMBLE_BYTES || new TextDecoder().decode(bytes.subarray(0, 8)) !== CONTAINER_MAGIC) {
    return fail({ code: 'not-lab-file' });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== CONTAINER_VERSION) return fail({ code: 'container-version', version, supported: CONTAINER_VERSION });
  const headerLength = view.getUint32(12, true);
  const bodyLength = view.getUint32(16, true);
  if (headerLength > MAX_HEADER_BYTES) return fail({ code: 'unreadable', part: 'header' });
  const expected = PREAMBLE_BYTES + headerLength + bodyLength;
  if (bytes.length < expected) return fail({ code: 'truncated', bytes: bytes.length, expected });
  if (bytes.length > expected) return fail({ code: 'trailing-bytes', extra: bytes.length - expected });
  if (crc32Of(bytes.subarray(PREAMBLE_BYTES)) !== view.getUint32(20, true)) return fail({ code: 'checksum' });
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)), reviveNonFinite);
  } catch {
    return fail({ code: 'unreadable', part: 'header' });
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return fail({ code: 'unreadable', part: 'header' });
  const arrays = readArrays((header as { arrays?: unknown }).arrays, bytes.subarray(PREAMBLE_BYTES + headerLength), bodyLength);
  if (!arrays.ok) return arrays;
  return { ok: true, value: { header: header as Record<string, unknown>, arrays: arrays.value } };
}

function readArrays(entries: unknown, body: Uint8Array, bodyLength: number): Decoded<Map<string, NumericArray>> {
  if (!Array.isArray(entries)) return fail({ code: 'unreadable', part: 'arrays' });
  const arrays = new Map<string, NumericArray>();
  for (const entry of entries as unknown[]) {
    const { name, type, length, offset } = (entry ?? {}) as Partial<Record<keyof ArrayEntry, unknown>>;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name) || arrays.has(name)) return fail({ code: 'unreadable', part: 'arrays' });
    if (typeof type !== 'string' || !Object.hasOwn(ARRAY_TYPES, type)) return fail({ code: 'unreadable', part: name });
    const Type = ARRAY_TYPES[type as ArrayTypeName];
    if (!Number.isSafeInteger(length) || !Number.isSafeInteger(offset) || (length as number) < 0 || (offset as number) < 0) {
      return fail({ code: 'unreadable', part: name });
    }
    const start = offset as number;
    const end = start + (length as number) * Type.BYTES_PER_ELEMENT;
    if (end > bodyLength) return fail({ code: 'unreadable', part: name });
    // A copy: aligned whatever the offset, and independent of the file's buffer.
    arrays.set(name, new Type(body.slice(start, end).buffer));
  }
  return { ok: true, value: arrays };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}
