import { describe, expect, it } from 'vitest';
import { ALTERNATE_PROBLEM_KEYS, alternateProblemMessage } from '../../../utils/alternate/alternate-messages';
import type { AlternateProblem } from '../../../utils/alternate/load-alternate';
import { translatorFor } from '../../../utils/i18n/catalogs';

const REASONS = Object.keys(ALTERNATE_PROBLEM_KEYS) as AlternateProblem[];
const URL_ = 'https://www.mfa.gov.tr/aciklamalar/en-disisleri-dil-secici/';

describe('alternateProblemMessage', () => {
  it('has its own message for every reason', () => {
    expect(new Set(Object.values(ALTERNATE_PROBLEM_KEYS)).size).toBe(REASONS.length);
  });

  it.each(['en', 'tr', 'ar'] as const)('names the language in %s and leaves no placeholder', (ui) => {
    const t = translatorFor(ui);
    const english = new Intl.DisplayNames([ui], { type: 'language' }).of('en')!;
    for (const reason of REASONS) {
      const message = alternateProblemMessage(t, reason, 'en', URL_, '404');
      expect(message, reason).toContain(english);
      expect(message, reason).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives the site for a refused permission and the status for an HTTP error', () => {
    const t = translatorFor('en');
    expect(alternateProblemMessage(t, 'permission-denied', 'ar', URL_)).toBe(
      'Katib was not allowed to read mfa.gov.tr, so the Arabic version cannot be shown. Choose the button again to be asked again.',
    );
    expect(alternateProblemMessage(t, 'http-status', 'fr', URL_, '404')).toBe('mfa.gov.tr answered with an error (404) instead of the French version.');
  });
});
