import { commissionerLineProblems, sameIncomes } from './contract.problems';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('commissionerLineProblems', () => {
  it('accepts one co-ordinating commissioner and any associates', () => {
    expect(
      commissionerLineProblems([
        { commissionerId: A, coordinating: true, expectedIncomePence: 15_000_000 },
        { commissionerId: B, coordinating: false, expectedIncomePence: 0 },
      ]),
    ).toEqual([]);
  });

  it('names every bad amount and the co-ordinating count in one answer', () => {
    const problems = commissionerLineProblems([
      { commissionerId: A, coordinating: true, expectedIncomePence: -1 },
      { commissionerId: B, coordinating: true, expectedIncomePence: 1.5 },
    ]);
    expect(problems).toEqual([
      {
        path: 'commissioners[0].expectedIncomePence',
        messages: ['commissioners[0].expectedIncomePence must not be negative'],
      },
      {
        path: 'commissioners[1].expectedIncomePence',
        messages: ['commissioners[1].expectedIncomePence must be a whole number of pence'],
      },
      {
        path: 'commissioners',
        messages: ['Choose exactly one co-ordinating commissioner: 2 are marked co-ordinating'],
      },
    ]);
  });

  it('asks for a co-ordinating commissioner when none is marked', () => {
    expect(
      commissionerLineProblems([{ commissionerId: A, coordinating: false, expectedIncomePence: 1 }]),
    ).toEqual([{ path: 'commissioners', messages: [expect.stringMatching(/Choose the co-ordinating/)] }]);
  });

  it('refuses the same commissioner twice, pointing at the repeat', () => {
    const problems = commissionerLineProblems([
      { commissionerId: A, coordinating: true, expectedIncomePence: 1 },
      { commissionerId: A, coordinating: false, expectedIncomePence: 2 },
    ]);
    expect(problems.map((problem) => problem.path)).toEqual(['commissioners[1].commissionerId']);
  });

  it('refuses a contract without commissioners', () => {
    expect(commissionerLineProblems([])).toEqual([
      { path: 'commissioners', messages: ['Add at least one commissioner'] },
    ]);
  });

  it('refuses a total that cannot be held exactly', () => {
    const problems = commissionerLineProblems([
      { commissionerId: A, coordinating: true, expectedIncomePence: Number.MAX_SAFE_INTEGER },
      { commissionerId: B, coordinating: false, expectedIncomePence: Number.MAX_SAFE_INTEGER },
    ]);
    expect(problems).toEqual([{ path: 'commissioners', messages: [expect.stringMatching(/too large/)] }]);
  });
});

describe('sameIncomes', () => {
  it('ignores order and compares commissioner and amount', () => {
    const lines = [
      { commissionerId: A, expectedIncomePence: 1 },
      { commissionerId: B, expectedIncomePence: 2 },
    ];
    expect(sameIncomes(lines, [...lines].reverse())).toBe(true);
    expect(sameIncomes(lines, [{ commissionerId: A, expectedIncomePence: 1 }])).toBe(false);
    expect(sameIncomes(lines, [lines[0], { commissionerId: B, expectedIncomePence: 3 }])).toBe(false);
  });
});
