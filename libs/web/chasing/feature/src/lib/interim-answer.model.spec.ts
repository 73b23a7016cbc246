import type { InterimRequest } from '@wres/shared/contracts';
import { interimRequestTag, sortForProvider, toAnswer, validateAnswer } from './interim-answer.model';

const request = (id: string, overrides: Partial<InterimRequest>): InterimRequest => ({
  id,
  provider: { id: 'p', name: 'Provider' },
  commissioner: { id: 'c', name: 'Commissioner' },
  contractYear: '2025/26',
  requestedBy: 'Someone',
  requestedAt: '2026-10-01T09:00:00Z',
  dueDate: '2026-12-01',
  message: 'How is it going?',
  status: 'requested',
  overdue: false,
  answeredAt: null,
  answer: null,
  ...overrides,
});

describe('answering an interim-report request', () => {
  it('needs the progress; the figures are optional', () => {
    expect(validateAnswer({ progress: ' ', updatedFigures: '' })).toEqual({
      progress: 'Enter the progress you have made on your actions',
    });
    expect(validateAnswer({ progress: 'x'.repeat(5_001), updatedFigures: 'y'.repeat(5_001) })).toEqual({
      progress: 'Progress must be 5,000 characters or fewer',
      updatedFigures: 'Updated figures must be 5,000 characters or fewer',
    });
    expect(validateAnswer({ progress: 'Done', updatedFigures: '' })).toEqual({});
  });

  it('sends the answer trimmed, without empty figures', () => {
    expect(toAnswer({ progress: ' Panels are diverse. ', updatedFigures: '  ' })).toEqual({
      progress: 'Panels are diverse.',
    });
    expect(toAnswer({ progress: 'Done', updatedFigures: ' Board: 2 of 12 BME ' })).toEqual({
      progress: 'Done',
      updatedFigures: 'Board: 2 of 12 BME',
    });
  });

  it('tags each request in words', () => {
    expect(interimRequestTag({ status: 'answered', overdue: false })).toEqual({
      text: 'Answered',
      colour: 'green',
    });
    expect(interimRequestTag({ status: 'requested', overdue: true })).toEqual({
      text: 'Overdue',
      colour: 'red',
    });
    expect(interimRequestTag({ status: 'requested', overdue: false }).text).toBe('To answer');
  });

  it('lists what is still to answer first, soonest due first', () => {
    const sorted = sortForProvider([
      request('answered-early', { status: 'answered', answeredAt: '2026-09-01T09:00:00Z' }),
      request('later', { dueDate: '2027-01-10' }),
      request('answered-late', { status: 'answered', answeredAt: '2026-10-01T09:00:00Z' }),
      request('sooner', { dueDate: '2026-12-01' }),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['sooner', 'later', 'answered-late', 'answered-early']);
  });
});
