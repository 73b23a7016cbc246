import { formatLondonDateTime, todayInLondon } from './london-time';

describe('todayInLondon', () => {
  it.each([
    // Winter: London is on GMT, the same day as UTC.
    ['2016-01-15T23:59:59Z', '2016-01-15'],
    ['2016-01-16T00:00:00Z', '2016-01-16'],
    // Summer time starts at 01:00 UTC on 27 March 2016.
    ['2016-03-26T23:30:00Z', '2016-03-26'],
    ['2016-03-27T00:30:00Z', '2016-03-27'],
    ['2016-03-27T23:30:00Z', '2016-03-28'],
    // Summer: 23:30 UTC is already tomorrow in London, e.g. on the night before baseline publication.
    ['2015-06-30T22:59:59Z', '2015-06-30'],
    ['2015-06-30T23:00:00Z', '2015-07-01'],
    ['2015-06-30T23:30:00Z', '2015-07-01'],
    // Summer time ends at 01:00 UTC on 25 October 2015.
    ['2015-10-24T22:59:59Z', '2015-10-24'],
    ['2015-10-24T23:30:00Z', '2015-10-25'],
    ['2015-10-25T00:30:00Z', '2015-10-25'],
    ['2015-10-25T23:30:00Z', '2015-10-25'],
    ['2015-10-26T00:00:00Z', '2015-10-26'],
    // The annual report deadline night, in summer time.
    ['2016-04-30T23:00:00Z', '2016-05-01'],
    ['2016-04-30T22:59:59.999Z', '2016-04-30'],
    // New year in winter.
    ['2015-12-31T23:59:59Z', '2015-12-31'],
  ])('at %s it is %s in London', (instant, date) => {
    expect(todayInLondon(new Date(instant))).toBe(date);
  });

  it('refuses an invalid instant', () => {
    expect(() => todayInLondon(new Date('not a date'))).toThrow(RangeError);
    expect(() => todayInLondon('2015-04-01' as unknown as Date)).toThrow(RangeError);
  });
});

describe('formatLondonDateTime', () => {
  it('writes a moment in London time, summer and winter, and leaves anything else as it came', () => {
    expect(formatLondonDateTime('2026-11-23T10:15:00Z')).toBe('23 November 2026 at 10:15am');
    expect(formatLondonDateTime('2026-07-01T23:30:00Z')).toBe('2 July 2026 at 12:30am');
    expect(formatLondonDateTime('2026-07-01T12:05:00Z')).toBe('1 July 2026 at 1:05pm');
    expect(formatLondonDateTime('not a time')).toBe('not a time');
  });
});
