import { readItem, writeItem } from '../storage';
import { newId } from '../../lib/ids';

/** The name this device shows in live rooms, and a stable id for the person using it (their dots). */
import { DISPLAY_NAME_KEY as NAME_KEY, PERSON_ID_KEY as PERSON_KEY } from '../../lib/storage-keys';

export function displayName(): string {
  const read = readItem(NAME_KEY);
  return read.ok && read.value ? read.value.slice(0, 60) : '';
}

export function rememberDisplayName(name: string): void {
  writeItem(NAME_KEY, name.slice(0, 60));
}

/** This device's person id: made once and kept, so a reload keeps the same dots. */
export function personId(): string {
  const read = readItem(PERSON_KEY);
  if (read.ok && read.value && /^[0-9a-f-]{36}$/.test(read.value)) return read.value;
  const id = newId();
  writeItem(PERSON_KEY, id);
  return id;
}
