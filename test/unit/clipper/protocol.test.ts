import { describe, expect, it } from 'vitest';
import { cleanUserTags, readRequest, splitTagField } from '../../../utils/messaging/protocol';
import { makeRecord } from '../../library/records';

describe('readRequest', () => {
  it('accepts each request type', () => {
    expect(readRequest({ type: 'read-tab', tabId: 3 })).toEqual({ type: 'read-tab', tabId: 3 });
    expect(readRequest({ type: 'clip-tab', tabId: 3, edits: { note: 'x' } })).toEqual({ type: 'clip-tab', tabId: 3, edits: { note: 'x' } });
    const record = makeRecord();
    expect(readRequest({ type: 'save-record', record })).toEqual({ type: 'save-record', record });
  });

  it.each([
    [null],
    ['read-tab'],
    [{ type: 'read-tab' }],
    [{ type: 'read-tab', tabId: -1 }],
    [{ type: 'read-tab', tabId: 1.5 }],
    [{ type: 'read-tab', tabId: 1, extra: true }],
    [{ type: 'delete-everything' }],
    [{ type: 'clip-tab', tabId: 1, edits: { title: 5 } }],
    [{ type: 'save-record', record: { ...makeRecord(), contentHtml: 7 } }],
    [{ type: 'save-record', record: { ...makeRecord(), canonicalUrl: 'javascript:alert(1)' } }],
  ])('refuses %j', (message) => {
    expect(readRequest(message)).toBeNull();
  });
});

describe('user tags', () => {
  it('split on Latin and Arabic commas and semicolons, trimmed and without repeats', () => {
    expect(splitTagField('İİT, Kahire،  منظمة الهجرة ؛ kahire;;')).toEqual(['İİT', 'Kahire', 'منظمة الهجرة']);
  });

  it('keep their first spelling among folded equals', () => {
    expect(cleanUserTags(['İİT', 'iit', ' Mısır ', 'mısır', 'منظمة الهجرة', 'منظمه الهجره', 'أحمد', 'احمد'])).toEqual(['İİT', 'Mısır', 'منظمة الهجرة', 'أحمد']);
  });
});
