// A part file as it travels between machines: one JSON object, its last key `checksum`, the
// SHA-256 of the object's JSON without it. The checksum catches a part damaged in transit or
// edited by hand; the scenario's own SHA-256 beside its text catches an edited scenario. Neither is
// a signature (whoever edits a part can recompute both), so a merge also checks what the numbers
// must satisfy (part-check.ts, sweep-shard.ts). Reading never throws: a file that is not a sound
// part comes back as a message naming it.
import { createHash } from 'node:crypto';
import { shardMessages as m } from '../../messages/shards.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The part's JSON text with its checksum, and a final newline. */
export function sealPart(body: object): string {
  const json = JSON.stringify(body);
  return `${json.slice(0, -1)},"checksum":${JSON.stringify(sha256(json))}}\n`;
}

export type Opened = { ok: true; body: Record<string, unknown> } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The body of the part in `bytes` (read from `file`) once its encoding, JSON, version, checksum
 * and scenario hash check out. `version` is the version this minesim writes for `kind`.
 */
export function openPart(bytes: Uint8Array, file: string, version: (body: object) => number | null): Opened {
  const fail = (message: string): Opened => ({ ok: false, message });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(m.partNotUtf8(file));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse says "Unexpected end of JSON input" of an empty file and of one cut short alike,
    // without the position its other errors give.
    const detail =
      text.trim() === ''
        ? m.partEmpty(bytes.length)
        : /Unexpected end of JSON input/.test((error as Error).message)
          ? m.partCutShort(text.length)
          : (error as Error).message;
    return fail(m.partNotJson(file, detail));
  }
  if (!isObject(value) || !('version' in value)) return fail(m.notAPart(file));
  const expected = version(value);
  if (expected === null) return fail(m.notAPart(file));
  if (value.version !== expected) return fail(m.partVersion(file, value.version, expected));
  const { checksum, ...body } = value;
  if (typeof checksum !== 'string' || checksum !== sha256(JSON.stringify(body)))
    return fail(m.badChecksum(file));
  const scenario = body.scenario;
  if (!isObject(scenario) || typeof scenario.source !== 'string' || typeof scenario.sha256 !== 'string')
    return fail(m.malformedPart(file, 'scenario: expected the scenario text and its SHA-256'));
  if (sha256(scenario.source) !== scenario.sha256) return fail(m.scenarioEdited(file));
  return { ok: true, body };
}
