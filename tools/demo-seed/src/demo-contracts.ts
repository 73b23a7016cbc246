import { contractYearsBetween, parseContractYear } from '@wres/domain/scope';
import type { ContractForm } from '@wres/shared/contracts';

export interface DemoContractLine {
  commissioner: string;
  coordinating: boolean;
  expectedIncomePence: number;
}

export interface DemoContract {
  provider: string;
  contractYear: string;
  form: ContractForm;
  commissioners: DemoContractLine[];
}

export const DEMO_FIRST_CONTRACT_YEAR = '2015/16';
export const DEMO_LAST_CONTRACT_YEAR = '2025/26';
/** From 2022/23 Northfield CCG's contracts are held by its successor, the ICB (from 1 July 2022). */
const ICB_FIRST_CONTRACT_YEAR = 2022;

const POUNDS = 100;

/** Income that grows a little each year, rounded to the nearest £1,000 as contract values are. */
function grown(baseInPounds: number, startYear: number, yearlyGrowth = 0.03): number {
  const years = startYear - parseContractYear(DEMO_FIRST_CONTRACT_YEAR).startYear;
  return Math.round((baseInPounds * (1 + yearlyGrowth) ** years) / 1000) * 1000 * POUNDS;
}

/** Little Acorns grows past the threshold: small until 2019/20, £205,000 from 2020/21. */
const LITTLE_ACORNS_POUNDS: Record<string, number> = {
  '2015/16': 120_000,
  '2016/17': 128_000,
  '2017/18': 140_000,
  '2018/19': 165_000,
  '2019/20': 185_000,
};

function northfield(startYear: number): string {
  return startYear >= ICB_FIRST_CONTRACT_YEAR ? 'icb' : 'ccgA';
}

function single(
  provider: string,
  contractYear: string,
  commissioner: string,
  expectedIncomePence: number,
  form: ContractForm = 'standard',
): DemoContract {
  return {
    provider,
    contractYear,
    form,
    commissioners: [{ commissioner, coordinating: true, expectedIncomePence }],
  };
}

/**
 * Every seeded provider's contracts for 2015/16 to 2025/26, in the order they are recorded. Trusts bring in
 * tens of millions; independent and voluntary providers hundreds of thousands to a few million; Greenway Home
 * Care is over £200,000 only with both its commissioners' income together.
 */
export function demoContracts(): DemoContract[] {
  return contractYearsBetween(DEMO_FIRST_CONTRACT_YEAR, DEMO_LAST_CONTRACT_YEAR).flatMap((year) => {
    const { startYear } = parseContractYear(year);
    const north = northfield(startYear);
    return [
      single('trustA', year, north, grown(38_000_000, startYear)),
      single('ftA', year, north, grown(182_000_000, startYear)),
      single('indA', year, north, grown(1_200_000, startYear)),
      // The latest year's contract with Riverside Hospice is not recorded yet: a commissioner's job in the demo.
      ...(year === DEMO_LAST_CONTRACT_YEAR
        ? []
        : [single('volA', year, north, grown(850_000, startYear, 0.02), 'shorter')]),
      single('gp', year, north, grown(1_400_000, startYear, 0.02), 'shorter'),
      // Two commissioners on separate contracts: £150,000 + £60,000 = £210,000, over the threshold.
      single('indAB', year, north, 150_000 * POUNDS, 'shorter'),
      single('indAB', year, 'ccgB', 60_000 * POUNDS, 'shorter'),
      single('trustB', year, 'ccgB', grown(62_000_000, startYear)),
      single('ftB', year, 'ccgB', grown(240_000_000, startYear)),
      single('indB', year, 'ccgB', grown(3_500_000, startYear)),
      single('volSmall', year, 'ccgB', (LITTLE_ACORNS_POUNDS[year] ?? 205_000) * POUNDS, 'shorter'),
      single('trustC', year, 'ccgC', grown(45_000_000, startYear)),
      single('volC', year, 'ccgC', grown(310_000, startYear), 'shorter'),
      // One contract with two commissioners: Westmere co-ordinates, Southbrook is an associate.
      {
        provider: 'indC',
        contractYear: year,
        form: 'shorter',
        commissioners: [
          { commissioner: 'ccgC', coordinating: true, expectedIncomePence: grown(420_000, startYear) },
          { commissioner: 'ccgB', coordinating: false, expectedIncomePence: grown(95_000, startYear) },
        ],
      },
    ];
  });
}
