import type { ReminderPause } from '@wres/shared/contracts';
import { reminderAbout, upcomingNote, validatePauseReason } from './chasing-timeline.model';

const upcoming = [
  {
    deadline: 'annual-report' as const,
    what: 'annual report',
    interimRequestId: null,
    dueDate: '2026-05-01',
    step: 'before-7',
    offsetDays: -7,
    date: '2026-04-24',
  },
];

describe('a provider’s chasing timeline', () => {
  it('needs a reason to pause reminders', () => {
    expect(validatePauseReason('  ')).toEqual({ reason: 'Enter why you are pausing the reminders' });
    expect(validatePauseReason('x'.repeat(2_001))).toEqual({
      reason: 'The reason must be 2,000 characters or fewer',
    });
    expect(validatePauseReason('In special measures')).toEqual({});
  });

  it('says what a reminder is about', () => {
    expect(reminderAbout(upcoming[0])).toBe('Annual report due 1 May 2026');
    expect(reminderAbout({ what: 'interim report', dueDate: '2026-12-18' })).toBe(
      'Interim report due 18 December 2026',
    );
  });

  it('explains when the reminders to come will not go', () => {
    const pause = { id: 'x' } as ReminderPause;
    expect(upcomingNote({ pause, recipients: 1, upcoming })).toBe(
      'Reminders are paused: none of these will be sent until they are resumed.',
    );
    expect(upcomingNote({ pause: null, recipients: 0, upcoming })).toBe(
      'Nobody at this provider has an active account, so these reminders will reach no one.',
    );
    expect(upcomingNote({ pause: null, recipients: 2, upcoming })).toBeNull();
    expect(upcomingNote({ pause, recipients: 0, upcoming: [] })).toBeNull();
  });
});
