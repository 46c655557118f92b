import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { seal, unseal } from '../../../src/lib/live/seal.ts';
import { parseLiveWorkshop, sealWorkshop, unsealWorkshop, type LiveWorkshop } from '../../../src/lib/live/workshop.ts';

const token = 'facilitator-token-abcdefghijklmnop';
const context = 'console/w1';

describe('seal', () => {
  test('opens with the same token and context, and says nothing of the text in the clear', async () => {
    const sealed = await seal('Red: the team link', token, context);
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(sealed).not.toContain('Red');
    expect(await unseal(sealed, token, context)).toBe('Red: the team link');
    // Each seal draws a fresh nonce: the same text never seals the same way twice.
    expect(await seal('Red: the team link', token, context)).not.toBe(sealed);
  });

  test('does not open with another token, nor with the hash the server stores of the right one', async () => {
    const sealed = await seal('secret links', token, context);
    expect(await unseal(sealed, 'another-token-abcdefghijklmnop', context)).toBeNull();
    const stored = createHash('sha256').update(token).digest('base64url');
    expect(await unseal(sealed, stored, context)).toBeNull();
  });

  test('does not open in another room', async () => {
    expect(await unseal(await seal('secret links', token, context), token, 'console/w2')).toBeNull();
  });

  test('does not open once any byte is changed, or when it was never sealed', async () => {
    const sealed = await seal('secret links', token, context);
    const body = sealed.slice(3);
    // Characters of the nonce, the ciphertext and the tag (not the last: its low bits may be padding).
    for (const at of [0, 15, 17, body.length - 2]) {
      const flipped = body[at] === 'A' ? 'B' : 'A';
      const tampered = `v1.${body.slice(0, at)}${flipped}${body.slice(at + 1)}`;
      expect(await unseal(tampered, token, context)).toBeNull();
    }
    for (const junk of ['', 'v1.', 'v1.abc', 'v2.' + body, 'v1.not base64!', sealed.slice(0, -4)]) {
      expect(await unseal(junk, token, context)).toBeNull();
    }
  });
});

const workshop: LiveWorkshop = {
  workshopId: 'w1',
  facilitator: token,
  projector: 'projector-token-abcdefghijklmnop',
  teams: [
    { id: 'red', name: 'Red', member: 'red-member-token-abcdefgh', mentor: 'red-mentor-token-abcdefgh' },
    { id: 'blue', name: 'Blue', member: 'blue-member-token-abcdefg', mentor: 'blue-mentor-token-abcdefg' },
  ],
};

describe('a workshop sealed for its console room', () => {
  test('comes back whole with the facilitator token, which is not itself sealed', async () => {
    const sealed = await sealWorkshop(workshop);
    const plain = await unseal(sealed, token, context);
    expect(plain).not.toContain(token);
    expect(JSON.parse(plain ?? '')).toEqual({ projector: workshop.projector, teams: workshop.teams });
    expect(await unsealWorkshop(sealed, 'w1', token)).toEqual(workshop);
  });

  test('does not open with the projector token, nor under another workshop', async () => {
    const sealed = await sealWorkshop(workshop);
    expect(await unsealWorkshop(sealed, 'w1', workshop.projector)).toBeNull();
    expect(await unsealWorkshop(sealed, 'w2', token)).toBeNull();
  });

  test('refuses sealed values that are not a workshop', async () => {
    for (const plain of ['null', '[]', '{"projector":1,"teams":[]}', '{"projector":"p","teams":[{"id":"x"}]}', '{']) {
      expect(await unsealWorkshop(await seal(plain, token, context), 'w1', token)).toBeNull();
    }
  });
});

describe('parseLiveWorkshop', () => {
  test('keeps the known fields of a saved workshop and refuses anything else', () => {
    expect(parseLiveWorkshop(JSON.stringify({ ...workshop, extra: 1 }))).toEqual(workshop);
    for (const json of [
      '',
      '{',
      'null',
      '{"workshopId":"w1","teams":[]}',
      JSON.stringify({ ...workshop, teams: {} }),
    ]) {
      expect(parseLiveWorkshop(json)).toBeNull();
    }
  });
});
