import { hasSmallNumbers } from './small-numbers.policy';

describe('hasSmallNumbers', () => {
  it('flags any event or non-event count below 5, or any group below 10', () => {
    expect(hasSmallNumbers([{ events: 5, total: 10 }])).toBe(false);
    expect(hasSmallNumbers([{ events: 4, total: 100 }])).toBe(true);
    expect(hasSmallNumbers([{ events: 96, total: 100 }])).toBe(true);
    expect(hasSmallNumbers([{ events: 5, total: 9 }])).toBe(true);
    expect(
      hasSmallNumbers([
        { events: 372, total: 3844 },
        { events: 124, total: 2525 },
      ]),
    ).toBe(false);
    expect(
      hasSmallNumbers([
        { events: 17, total: 1171 },
        { events: 3, total: 4007 },
      ]),
    ).toBe(true);
  });

  it('takes its thresholds from the policy', () => {
    expect(hasSmallNumbers([{ events: 4, total: 100 }], { minimumCellCount: 3, minimumGroupSize: 10 })).toBe(
      false,
    );
  });
});
