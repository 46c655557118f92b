// Reads a client's WebSocket message far enough to know that it is well formed, before Hocuspocus sees
// it: the Hocuspocus/Yjs framing (lib0 variable-length encoding), and a document update's own encoding.
// A message that does not parse is malformed and its sender is disconnected.
import * as Y from 'yjs';

/** Hocuspocus message types (its protocol's first number after the document name). */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const CLOSE = 7;
/** y-protocols sync message types. */
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export interface Inspected {
  documentName: string;
  /** The Yjs update a sync message carries, when it carries one. */
  update?: Uint8Array;
}

export class MalformedMessage extends Error {}

function reader(data: Uint8Array) {
  let position = 0;
  const varUint = (): number => {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      if (position >= data.length) throw new MalformedMessage('truncated');
      const byte = data[position++] ?? 0;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
      if (multiplier > 2 ** 53) throw new MalformedMessage('number too large');
    }
  };
  const bytes = (): Uint8Array => {
    const length = varUint();
    if (position + length > data.length) throw new MalformedMessage('truncated');
    const slice = data.subarray(position, position + length);
    position += length;
    return slice;
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const string = (): string => {
    try {
      return decoder.decode(bytes());
    } catch (error) {
      throw error instanceof MalformedMessage ? error : new MalformedMessage('not UTF-8');
    }
  };
  return { varUint, bytes, string, done: () => position >= data.length };
}

function checkAwareness(update: Uint8Array): void {
  const read = reader(update);
  const count = read.varUint();
  for (let i = 0; i < count; i++) {
    read.varUint();
    read.varUint();
    JSON.parse(read.string());
  }
}

/** Parses a message from a client, throwing MalformedMessage when it is not one Hocuspocus accepts. */
export function inspectMessage(data: Uint8Array): Inspected {
  try {
    const read = reader(data);
    const documentName = read.string();
    const type = read.varUint();
    switch (type) {
      case SYNC:
      case SYNC_REPLY: {
        const syncType = read.varUint();
        const payload = read.bytes();
        if (syncType === STEP1) {
          Y.decodeStateVector(payload);
          return { documentName };
        }
        if (syncType !== STEP2 && syncType !== UPDATE) throw new MalformedMessage('unknown sync type');
        Y.decodeUpdate(payload);
        return { documentName, update: payload };
      }
      case AWARENESS:
        checkAwareness(read.bytes());
        return { documentName };
      case AUTH:
        read.varUint();
        read.string();
        if (!read.done()) read.string();
        return { documentName };
      case STATELESS:
        read.string();
        return { documentName };
      case QUERY_AWARENESS:
      case CLOSE:
        return { documentName };
      default:
        throw new MalformedMessage('unknown message type');
    }
  } catch (error) {
    throw error instanceof MalformedMessage ? error : new MalformedMessage('undecodable');
  }
}
