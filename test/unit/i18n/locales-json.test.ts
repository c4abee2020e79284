import { expect, it } from 'vitest';
import { toLocaleMessages } from '../../../utils/i18n/locales-json';

it('turns placeholders into numbered substitutions and plural forms into keys', () => {
  expect(toLocaleMessages({ a: 'Clipped: {title} on {date}', b: { one: '{count} clip', other: '{count} clips' }, c: 'Costs $5' })).toEqual({
    a: { message: 'Clipped: $title$ on $date$', placeholders: { title: { content: '$1' }, date: { content: '$2' } } },
    b_one: { message: '$count$ clip', placeholders: { count: { content: '$1' } } },
    b_other: { message: '$count$ clips', placeholders: { count: { content: '$1' } } },
    c: { message: 'Costs $$5' },
  });
});
