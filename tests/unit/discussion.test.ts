import { expect, test } from 'vitest';
import { orderDiscussion } from '../../src/lib/workspace/discussion';

const point = (id: string, weaknessIds: string[]) => ({ id, text: id, weaknessIds });

test('orders discussion points by the best rank of their linked weaknesses, unlinked last', () => {
  const rank = ['w1', 'w2', 'w3'];
  const points = [
    point('none', []),
    point('third', ['w3']),
    point('first-and-third', ['w3', 'w1']),
    point('second', ['w2']),
  ];
  expect(orderDiscussion(points, rank).map((p) => p.id)).toEqual(['first-and-third', 'second', 'third', 'none']);
});

test('keeps the written order between points with the same best rank', () => {
  const points = [point('b', ['w1']), point('a', ['w1']), point('x', []), point('y', [])];
  expect(orderDiscussion(points, ['w1']).map((p) => p.id)).toEqual(['b', 'a', 'x', 'y']);
});
