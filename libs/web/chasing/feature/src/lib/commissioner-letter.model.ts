import { COMMISSIONER_LETTER_LABELS, COMMISSIONER_LETTERS } from '@wres/shared/contracts';
import type {
  CommissionerLetter,
  CommissionerLetterPreview,
  CommissionerLetterSent,
} from '@wres/shared/contracts';
import { count } from './chasing-text.model';

export const LETTER_FIELD = 'letter';
export const YEAR_FIELD = 'contractYear';

const LETTER_HINTS: { readonly [L in CommissionerLetter]: string } = {
  'publication-confirmation':
    'Asks each provider to confirm it will publish its baseline data by the publication date, and send you a copy and the web link',
  'annual-report-reminder': 'Reminds each provider that its annual WRES report is due by the deadline',
};

export const LETTER_OPTIONS = COMMISSIONER_LETTERS.map((letter) => ({
  value: letter,
  text: COMMISSIONER_LETTER_LABELS[letter],
  hint: LETTER_HINTS[letter],
}));

export function isCommissionerLetter(value: string): value is CommissionerLetter {
  return (COMMISSIONER_LETTERS as readonly string[]).includes(value);
}

/** People who will get the letter now: everyone not already sent it this year. */
export function lettersToSend(preview: CommissionerLetterPreview): number {
  return preview.recipients.filter((recipient) => !recipient.alreadySent).length;
}

export function sendButtonText(letters: number): string {
  return `Send ${count(letters, 'letter')}`;
}

/** "12 people at 5 providers". */
export function recipientsText(preview: CommissionerLetterPreview): string {
  const providers = new Set(preview.recipients.map((recipient) => recipient.provider.id)).size;
  return `${count(preview.recipients.length, 'person', 'people')} at ${count(providers, 'provider')}`;
}

/** The confirmation's words. */
export function sentSummary(sent: CommissionerLetterSent): { heading: string; lines: string[] } {
  const name = COMMISSIONER_LETTER_LABELS[sent.letter] ?? sent.letter;
  return {
    heading: sent.queued === 0 ? 'No new letters to send' : `${count(sent.queued, 'letter')} sent`,
    lines: [
      `${name} (${sent.contractYear}).`,
      ...(sent.queued > 0 ? [`${count(sent.queued, 'letter')} queued to send by email.`] : []),
      ...(sent.alreadySent > 0
        ? [
            `${count(sent.alreadySent, 'person', 'people')} already had this letter and ${sent.alreadySent === 1 ? 'was' : 'were'} not sent it again.`,
          ]
        : []),
    ],
  };
}
