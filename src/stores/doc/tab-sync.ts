import type * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as sync from 'y-protocols/sync';

/**
 * Keeps a document in step with the other tabs of this browser through a BroadcastChannel, with the
 * Yjs sync protocol: a tab that opens asks the others for what it lacks (step 1), they answer with
 * exactly that (step 2), and from then on every change travels as an update. Updates received are
 * applied with this module's origin, so they are never sent back.
 */
export function syncTabs(doc: Y.Doc, channelName: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(channelName);
  const origin = { channel: channelName };

  const send = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    write(encoder);
    channel.postMessage(encoding.toUint8Array(encoder));
  };

  channel.onmessage = (event: MessageEvent) => {
    if (!(event.data instanceof Uint8Array)) return;
    const reply = encoding.createEncoder();
    try {
      sync.readSyncMessage(decoding.createDecoder(event.data), reply, doc, origin);
    } catch {
      return; // Not a message of ours: ignore it.
    }
    if (encoding.length(reply) > 0) channel.postMessage(encoding.toUint8Array(reply));
  };

  const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin !== origin) send((encoder) => sync.writeUpdate(encoder, update));
  };
  doc.on('update', onUpdate);
  send((encoder) => sync.writeSyncStep1(encoder, doc));

  return () => {
    doc.off('update', onUpdate);
    channel.close();
  };
}
