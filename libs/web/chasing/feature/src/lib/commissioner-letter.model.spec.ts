import type { CommissionerLetterPreview } from '@wres/shared/contracts';
import {
  isCommissionerLetter,
  LETTER_OPTIONS,
  lettersToSend,
  recipientsText,
  sendButtonText,
  sentSummary,
} from './commissioner-letter.model';

const recipient = (providerId: string, email: string, alreadySent = false) => ({
  provider: { id: providerId, name: `Provider ${providerId}` },
  email,
  displayName: email,
  alreadySent,
});

const preview: CommissionerLetterPreview = {
  contractYear: '2025/26',
  letter: 'publication-confirmation',
  subject: 'Subject',
  text: 'Text',
  html: '<p>Text</p>',
  recipients: [
    recipient('a', 'one@a.test'),
    recipient('a', 'two@a.test', true),
    recipient('b', 'one@b.test'),
  ],
  providersWithoutRecipients: [{ id: 'c', name: 'Provider c' }],
};

describe('commissioner letters', () => {
  it('offers both letters, each with what it asks', () => {
    expect(LETTER_OPTIONS.map((option) => option.value)).toEqual([
      'publication-confirmation',
      'annual-report-reminder',
    ]);
    expect(LETTER_OPTIONS[0].text).toBe('Before 1 July: confirm you will publish your baseline data');
    expect(LETTER_OPTIONS.every((option) => option.hint.length > 0)).toBe(true);
    expect(isCommissionerLetter('annual-report-reminder')).toBe(true);
    expect(isCommissionerLetter('thank-you')).toBe(false);
  });

  it('counts who will get it now, leaving out anyone already sent it', () => {
    expect(lettersToSend(preview)).toBe(2);
    expect(sendButtonText(2)).toBe('Send 2 letters');
    expect(sendButtonText(1)).toBe('Send 1 letter');
    expect(recipientsText(preview)).toBe('3 people at 2 providers');
  });

  it('confirms what was sent', () => {
    expect(
      sentSummary({ contractYear: '2025/26', letter: 'publication-confirmation', queued: 2, alreadySent: 1 }),
    ).toEqual({
      heading: '2 letters sent',
      lines: [
        'Before 1 July: confirm you will publish your baseline data (2025/26).',
        '2 letters queued to send by email.',
        '1 person already had this letter and was not sent it again.',
      ],
    });
    expect(
      sentSummary({ contractYear: '2025/26', letter: 'annual-report-reminder', queued: 0, alreadySent: 3 })
        .heading,
    ).toBe('No new letters to send');
  });
});
