import { findCycle, shippedCycles } from '@wres/domain/calendar';
import { feedEvents } from './feed-events';
import type { FeedObligation } from './feed-events';

const cycles = shippedCycles();
const cycleFor = (contractYear: string) =>
  cycles.find((cycle) => cycle.contractYear === contractYear) ?? null;

const wres = (providerId: string, providerName: string, contractYear = '2015/16'): FeedObligation => ({
  providerId,
  providerName,
  contractYear,
  clause: 'SC13.5.2',
  title: 'Implement the WRES and report annually',
  explanation: 'Applies (SC13.5.2): expected NHS income £38,000,000 exceeds the £200,000 threshold.',
});

describe('feedEvents', () => {
  it('gives each deadline of the year one dated entry, the commissioner’s own tasks included', () => {
    const events = feedEvents([wres('p1', 'Northfield Community Health NHS Trust')], cycleFor);
    expect(events.map((event) => [event.date, event.summary])).toEqual([
      ['2015-04-01', 'WRES baseline data date: Northfield Community Health NHS Trust'],
      [
        '2015-06-30',
        'Write to Northfield Community Health NHS Trust about publishing its WRES baseline data',
      ],
      ['2015-07-01', 'WRES baseline data published: Northfield Community Health NHS Trust'],
      ['2016-03-31', 'WRES interim report due: Northfield Community Health NHS Trust'],
      ['2016-04-30', 'Remind Northfield Community Health NHS Trust of its annual WRES report'],
      ['2016-05-01', 'Annual WRES report due: Northfield Community Health NHS Trust'],
    ]);
  });

  it('keys each entry on the deadline and the provider, so two providers never share one', () => {
    const events = feedEvents([wres('p1', 'One'), wres('p2', 'Two')], cycleFor);
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(12);
    expect(uids).toContain('SC13.5.2:2015/16:annual-report-p2@wres');
  });

  it('explains each entry with the deadline, the clause and why it applies', () => {
    const [annual] = feedEvents([wres('p1', 'One')], cycleFor).filter((e) => e.summary.startsWith('Annual'));
    expect(annual.description).toContain('Publish the annual report');
    expect(annual.description).toContain('SC13.5.2 (2015/16): Implement the WRES and report annually.');
    expect(annual.description).toContain('exceeds the £200,000 threshold');
  });

  it('leaves out clauses the calendar does not date and years without a cycle', () => {
    const eds2 = { ...wres('p1', 'One'), clause: 'SC13.5.1' };
    const noCycle = wres('p1', 'One', '2040/41');
    expect(feedEvents([eds2, noCycle], cycleFor)).toEqual([]);
  });

  it('follows a year’s own dates', () => {
    const events = feedEvents([wres('p1', 'One', '2019/20')], cycleFor);
    const annual = findCycle(cycles, '2019/20').milestones.find((m) => m.kind === 'annual-report');
    expect(events.at(-1)?.date).toBe(annual?.date);
  });
});
