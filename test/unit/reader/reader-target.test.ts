import { describe, expect, it } from 'vitest';
import { readerQuery, readerTarget } from '../../../utils/reader/reader-target';

describe('readerTarget', () => {
  it.each([
    ['?tab=12', { kind: 'tab', tabId: 12 }],
    ['?clip=abc-1', { kind: 'clip', clipId: 'abc-1', version: null }],
    ['?clip=abc-1&v=3', { kind: 'clip', clipId: 'abc-1', version: 3 }],
    ['?clip=abc-1&v=0', { kind: 'clip', clipId: 'abc-1', version: null }],
    ['?clip=abc-1&v=x', { kind: 'clip', clipId: 'abc-1', version: null }],
    ['?tab=12&clip=c', { kind: 'clip', clipId: 'c', version: null }],
    ['?tab=-1', null],
    ['?tab=1e3', null],
    ['', null],
  ])('%s', (search, target) => {
    expect(readerTarget(search)).toEqual(target);
  });

  it('round-trips through readerQuery', () => {
    for (const target of [{ kind: 'tab', tabId: 4 }, { kind: 'clip', clipId: 'id with/slash', version: 2 }, { kind: 'clip', clipId: 'x', version: null }] as const) {
      expect(readerTarget(readerQuery(target))).toEqual(target);
    }
  });
});
