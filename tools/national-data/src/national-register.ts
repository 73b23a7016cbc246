import type { OrganisationKind, ProviderKind, RelationshipKind, Role } from '@wres/shared/contracts';
import type { WorkforceProfile } from '@wres/tools/demo-seed';
import {
  between,
  intBetween,
  logUniform,
  pick,
  randomFor,
  shuffled,
  stableUuid,
  type Random,
} from './national-random';

/** How big the national data set is. The defaults are England's shape in 2021/22 (106 CCGs, 42 ICBs). */
export interface NationalShape {
  seed: string;
  csus: number;
  ccgs: number;
  icbs: number;
  providers: number;
  nhsTrusts: number;
  foundationTrusts: number;
  primaryCare: number;
  /** Share of the independent and voluntary providers that are independent; the rest are voluntary. */
  independentShare: number;
  /** Share of all providers whose expected NHS income is not above £200,000 when they first contract. */
  smallShare: number;
  /** Share of the small providers whose income passes £200,000 in a later year. */
  growingSmallShare: number;
}

export const NATIONAL_SHAPE: NationalShape = {
  seed: 'wres-national-v1',
  csus: 5,
  ccgs: 106,
  icbs: 42,
  providers: 2_000,
  nhsTrusts: 90,
  foundationTrusts: 130,
  primaryCare: 120,
  independentShare: 0.6,
  smallShare: 0.165,
  growingSmallShare: 0.2,
};

/** CCGs end on 30 June 2022; their ICBs take their contracts from 2022/23 (as in the demo). */
export const CCG_LAST_DAY = '2022-06-30';
export const ICB_FIRST_DAY = '2022-07-01';
export const ICB_FIRST_START_YEAR = 2022;
export const FIRST_START_YEAR = 2015;
export const LAST_START_YEAR = 2025;

export interface NationalOrganisation {
  id: string;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
  providerKind: ProviderKind | null;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
}

export interface NationalCommissioner extends NationalOrganisation {
  /** Index of the CSU that supports it. */
  csu: number;
  /** For a CCG, the index of its ICB; for an ICB, its own index. */
  icb: number;
}

/** What a provider is like, from which its contracts, reports and users are drawn year by year. */
export interface NationalProvider extends NationalOrganisation {
  providerKind: ProviderKind;
  index: number;
  /** Index of the CCG it mostly contracts with (from 2022/23, that CCG's ICB). */
  homeCcg: number;
  /** Other CCGs on its contracts: associates on a trust's contract, or a second contract. */
  otherCcgs: number[];
  arrangement: 'single' | 'associates' | 'two-contracts';
  firstStartYear: number;
  lastStartYear: number;
  /** Expected NHS income in pounds in 2015/16 money, before yearly growth. */
  baseIncomePounds: number;
  yearlyGrowth: number;
  /** Small providers only: small until this contract year's start, over £200,000 from it. */
  growsPastThresholdIn: number | null;
  small: boolean;
  workforce: WorkforceProfile;
  submitters: number;
}

export interface NationalRelationship {
  id: string;
  kind: RelationshipKind;
  fromId: string;
  toId: string;
  validFrom: string | null;
}

export interface NationalUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
}

export interface NationalRegister {
  shape: NationalShape;
  csus: NationalOrganisation[];
  ccgs: NationalCommissioner[];
  icbs: NationalCommissioner[];
  providers: NationalProvider[];
  relationships: NationalRelationship[];
  users: NationalUser[];
  /** Users by organisation id, in a fixed order: the first acts on the organisation's behalf. */
  usersOf: Map<string, NationalUser[]>;
}

const PLACE_STARTS = [
  'Ash',
  'Bar',
  'Brook',
  'Cal',
  'Cole',
  'Dun',
  'Elm',
  'Fair',
  'Glen',
  'Hart',
  'Hol',
  'Kings',
  'Lang',
  'Lin',
  'Mar',
  'Mill',
  'Nor',
  'Oak',
  'Pen',
  'Red',
  'Rose',
  'Sand',
  'Stan',
  'Thorn',
  'Wal',
  'West',
  'Wick',
  'Wy',
];
const PLACE_ENDS = [
  'bridge',
  'bury',
  'by',
  'combe',
  'field',
  'ford',
  'gate',
  'ham',
  'hurst',
  'ley',
  'mere',
  'mouth',
  'stead',
  'stow',
  'ton',
  'wood',
  'worth',
];
const REGIONS = ['Northern', 'Midlands', 'Eastern', 'Southern', 'Western', 'Central', 'Coastal', 'Pennine'];
const FIRST_NAMES = [
  'Aisha',
  'Alex',
  'Amara',
  'Ben',
  'Chidi',
  'Claire',
  'Daniel',
  'Deepa',
  'Emeka',
  'Fatima',
  'Grace',
  'Hamza',
  'Helen',
  'Imran',
  'Jane',
  'Kofi',
  'Laura',
  'Mei',
  'Mohammed',
  'Nadia',
  'Owen',
  'Priya',
  'Rachel',
  'Ravi',
  'Ruth',
  'Sam',
  'Sarah',
  'Tom',
  'Yusuf',
  'Zara',
];
const LAST_NAMES = [
  'Adeyemi',
  'Ahmed',
  'Begum',
  'Bennett',
  'Boateng',
  'Chen',
  'Clarke',
  'Cohen',
  'Davies',
  'Evans',
  'Hughes',
  'Hussain',
  'Jones',
  'Kaur',
  'Khan',
  'Lewis',
  'Mensah',
  'Morgan',
  'Nowak',
  'Okafor',
  'Patel',
  'Price',
  'Rahman',
  'Reilly',
  'Shah',
  'Singh',
  'Smith',
  'Taylor',
  'Walker',
  'Williams',
];

const TRUST_NAMES = [
  '{place} Hospitals NHS Foundation Trust',
  '{place} University Hospitals NHS Foundation Trust',
  '{place} Community Health NHS Trust',
  '{place} Mental Health NHS Trust',
  '{place} and District NHS Foundation Trust',
  '{place} Teaching Hospitals NHS Trust',
];
const INDEPENDENT_NAMES = [
  '{place} Independent Hospital Ltd',
  '{place} Diagnostics Ltd',
  '{place} Home Care Ltd',
  '{place} Physiotherapy Partnership',
  '{place} Eye Clinic Ltd',
  '{place} Imaging Centre Ltd',
  '{place} Rehabilitation Services Ltd',
  '{place} Surgical Centre Ltd',
  '{place} Community Care Ltd',
  '{place} Audiology Ltd',
];
const VOLUNTARY_NAMES = [
  '{place} Hospice',
  '{place} Counselling Service',
  '{place} Community Interest Company',
  '{place} Carers Trust',
  '{place} Mind',
  '{place} Wellbeing Charity',
];
const PRIMARY_CARE_NAMES = ['{place} Surgery', '{place} Medical Practice', '{place} Health Centre'];

/** Every place name the generator can use, in a fixed order. */
export function placeNames(): string[] {
  return PLACE_STARTS.flatMap((start) => PLACE_ENDS.map((end) => `${start}${end}`));
}

function padded(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Draws names from patterns and places, never the same name twice. */
class NameBook {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}

  name(patterns: readonly string[], places: readonly string[]): string {
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const candidate = pick(this.random, patterns).replace('{place}', pick(this.random, places));
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
    throw new Error('Ran out of distinct organisation names');
  }
}

function displayName(random: Random): string {
  return `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
}

/** Which provider kind each provider index has: trusts first, then primary care, independent, voluntary. */
function providerKinds(shape: NationalShape, random: Random): ProviderKind[] {
  const rest = shape.providers - shape.nhsTrusts - shape.foundationTrusts - shape.primaryCare;
  if (rest < 0) throw new Error('More trusts and practices than providers');
  const independent = Math.round(rest * shape.independentShare);
  return shuffled(random, [
    ...Array<ProviderKind>(shape.nhsTrusts).fill('nhs-trust'),
    ...Array<ProviderKind>(shape.foundationTrusts).fill('foundation-trust'),
    ...Array<ProviderKind>(shape.primaryCare).fill('primary-care'),
    ...Array<ProviderKind>(independent).fill('independent'),
    ...Array<ProviderKind>(rest - independent).fill('voluntary'),
  ]);
}

function odsCodeFor(kind: ProviderKind, index: number): string {
  switch (kind) {
    case 'nhs-trust':
    case 'foundation-trust':
      return `RX${padded(index, 4)}`;
    case 'primary-care':
      return `PX${padded(index, 4)}`;
    case 'independent':
      return `NX${padded(index, 4)}`;
    case 'voluntary':
      return `VX${padded(index, 4)}`;
  }
}

/**
 * The national register: CSUs, CCGs succeeded by ICBs on 1 July 2022, providers of every kind with what
 * they are like, who commissions and supports whom, and the users of every organisation. Pure and
 * deterministic for a shape (seed included).
 */
export function nationalRegister(shape: NationalShape = NATIONAL_SHAPE): NationalRegister {
  const { seed } = shape;
  const places = placeNames();
  const names = new NameBook(randomFor(seed, 'names'));
  const idOf = (odsCode: string) => stableUuid(seed, 'organisation', odsCode);

  const csus: NationalOrganisation[] = Array.from({ length: shape.csus }, (_, index) => {
    const odsCode = `0X${index + 1}`;
    return {
      id: idOf(odsCode),
      odsCode,
      name: `${REGIONS[index % REGIONS.length]}${index >= REGIONS.length ? ` ${index + 1}` : ''} Commissioning Support Unit`,
      kind: 'csu',
      providerKind: null,
      validFrom: null,
      validTo: null,
      successorId: null,
    };
  });

  const icbPlaces = shuffled(randomFor(seed, 'icb-places'), places);
  const icbs: NationalCommissioner[] = Array.from({ length: shape.icbs }, (_, index) => {
    const odsCode = `QX${padded(index + 1, 2)}`;
    return {
      id: idOf(odsCode),
      odsCode,
      name: `NHS ${icbPlaces[index]} Integrated Care Board`,
      kind: 'icb',
      providerKind: null,
      validFrom: ICB_FIRST_DAY,
      validTo: null,
      successorId: null,
      csu: Math.floor((index * shape.csus) / shape.icbs),
      icb: index,
    };
  });

  // The CCGs of each ICB, in turn: as even as the numbers allow (106 into 42: 22 ICBs of three, 20 of two).
  const ccgPlaces = shuffled(randomFor(seed, 'ccg-places'), places);
  const ccgs: NationalCommissioner[] = Array.from({ length: shape.ccgs }, (_, index) => {
    const icb = Math.floor((index * shape.icbs) / shape.ccgs);
    const odsCode = `C${padded(index + 1, 3)}`;
    return {
      id: idOf(odsCode),
      odsCode,
      name: `NHS ${ccgPlaces[index]} CCG`,
      kind: 'ccg',
      providerKind: null,
      validFrom: null,
      validTo: CCG_LAST_DAY,
      successorId: icbs[icb].id,
      csu: icbs[icb].csu,
      icb,
    };
  });

  const kinds = providerKinds(shape, randomFor(seed, 'provider-kinds'));
  const trustHomes = shuffled(
    randomFor(seed, 'trust-homes'),
    Array.from({ length: shape.nhsTrusts + shape.foundationTrusts }, (_, i) => i % shape.ccgs),
  );
  const smallCount = Math.round(shape.providers * shape.smallShare);
  const smallCandidates = kinds.flatMap((kind, index) =>
    kind === 'independent' || kind === 'voluntary' ? [index] : [],
  );
  const small = new Set(shuffled(randomFor(seed, 'small-providers'), smallCandidates).slice(0, smallCount));
  let trustCount = 0;
  const providers = kinds.map((providerKind, index): NationalProvider => {
    const random = randomFor(seed, 'provider', index);
    const odsCode = odsCodeFor(providerKind, index + 1);
    const trust = providerKind === 'nhs-trust' || providerKind === 'foundation-trust';
    const homeCcg = trust ? trustHomes[trustCount++] : intBetween(random, 0, shape.ccgs - 1);
    const sameCsu = ccgs.filter((ccg, i) => i !== homeCcg && ccg.csu === ccgs[homeCcg].csu);
    const isSmall = small.has(index);
    const pattern =
      providerKind === 'nhs-trust' || providerKind === 'foundation-trust'
        ? TRUST_NAMES.filter((p) => p.includes('Foundation') === (providerKind === 'foundation-trust'))
        : providerKind === 'independent'
          ? INDEPENDENT_NAMES
          : providerKind === 'voluntary'
            ? VOLUNTARY_NAMES
            : PRIMARY_CARE_NAMES;

    let arrangement: NationalProvider['arrangement'] = 'single';
    let otherCcgs: number[] = [];
    if (trust) {
      arrangement = 'associates';
      otherCcgs = shuffled(random, sameCsu)
        .slice(0, intBetween(random, 1, 4))
        .map((ccg) => ccgs.indexOf(ccg));
    } else if (!isSmall && providerKind !== 'primary-care') {
      const draw = random();
      if (draw < 0.12) arrangement = 'associates';
      else if (draw < 0.2) arrangement = 'two-contracts';
      if (arrangement !== 'single') otherCcgs = [ccgs.indexOf(pick(random, sameCsu))];
    }

    // Most providers hold contracts every year; some independent and voluntary ones arrive or leave.
    let firstStartYear = FIRST_START_YEAR;
    let lastStartYear = LAST_START_YEAR;
    if (!trust && providerKind !== 'primary-care') {
      const churn = random();
      if (churn < 0.1) firstStartYear = intBetween(random, 2016, 2023);
      else if (churn < 0.15) lastStartYear = intBetween(random, 2019, 2024);
    }

    const growsPastThresholdIn =
      isSmall && random() < shape.growingSmallShare ? intBetween(random, 2016, 2024) : null;
    const baseIncomePounds = trust
      ? logUniform(random, 40_000_000, 900_000_000)
      : providerKind === 'primary-care'
        ? logUniform(random, 600_000, 4_000_000)
        : isSmall
          ? growsPastThresholdIn !== null
            ? between(random, 150_000, 185_000)
            : logUniform(random, 25_000, 170_000)
          : logUniform(random, 260_000, 25_000_000);
    const staff = trust
      ? Math.round(baseIncomePounds / between(random, 45_000, 60_000))
      : Math.max(12, Math.round(baseIncomePounds / between(random, 35_000, 70_000)));
    const bmeShare = Math.min(0.6, logUniform(random, 0.04, 0.45));
    const workforce: WorkforceProfile = {
      staff,
      bmeShare,
      medical: trust ? random() < 0.85 : providerKind === 'primary-care' ? true : random() < 0.35,
      staffSurvey: trust || staff >= 250,
      board: trust ? intBetween(random, 12, 18) : intBetween(random, 4, 10),
    };
    return {
      id: idOf(odsCode),
      odsCode,
      name: names.name(pattern, places),
      kind: 'provider',
      providerKind,
      validFrom: null,
      validTo: null,
      successorId: null,
      index,
      homeCcg,
      otherCcgs,
      arrangement,
      firstStartYear,
      lastStartYear,
      baseIncomePounds,
      yearlyGrowth:
        isSmall && growsPastThresholdIn === null ? between(random, 0, 0.01) : between(random, 0.01, 0.05),
      growsPastThresholdIn,
      small: isSmall,
      workforce,
      submitters: trust ? 4 : staff >= 150 ? 3 : staff >= 40 ? 2 : 1,
    };
  });

  const relationships: NationalRelationship[] = [];
  const relate = (
    kind: RelationshipKind,
    from: NationalOrganisation,
    to: NationalOrganisation,
    validFrom: string | null,
  ) =>
    relationships.push({
      id: stableUuid(seed, 'relationship', kind, from.odsCode, to.odsCode),
      kind,
      fromId: from.id,
      toId: to.id,
      validFrom,
    });
  for (const ccg of ccgs) relate('supports', csus[ccg.csu], ccg, null);
  for (const icb of icbs) relate('supports', csus[icb.csu], icb, ICB_FIRST_DAY);
  for (const provider of providers) {
    const ccgIndexes = [...new Set([provider.homeCcg, ...provider.otherCcgs])];
    for (const ccg of ccgIndexes) relate('commissions', ccgs[ccg], provider, null);
    const icbIndexes = [...new Set(ccgIndexes.map((ccg) => ccgs[ccg].icb))];
    for (const icb of icbIndexes) relate('commissions', icbs[icb], provider, ICB_FIRST_DAY);
  }

  const users: NationalUser[] = [];
  const usersOf = new Map<string, NationalUser[]>();
  const addUser = (organisation: NationalOrganisation, role: Role, label: string) => {
    const random = randomFor(seed, 'user', organisation.odsCode, label);
    const user: NationalUser = {
      id: stableUuid(seed, 'user', organisation.odsCode, label),
      email: `${label}.${organisation.odsCode.toLowerCase()}@national.test`,
      displayName: displayName(random),
      role,
      organisationId: organisation.id,
    };
    users.push(user);
    usersOf.set(organisation.id, [...(usersOf.get(organisation.id) ?? []), user]);
  };
  addUser(csus[0], 'admin', 'admin');
  for (const csu of csus) for (let n = 1; n <= 3; n++) addUser(csu, 'csu-analyst', `analyst${n}`);
  for (const commissioner of [...ccgs, ...icbs]) {
    for (let n = 1; n <= 3; n++) addUser(commissioner, 'commissioner', `commissioner${n}`);
  }
  for (const provider of providers) {
    for (let n = 1; n <= provider.submitters; n++) addUser(provider, 'provider-submitter', `submitter${n}`);
  }

  return { shape, csus, ccgs, icbs, providers, relationships, users, usersOf };
}

/** Every organisation, in an order that writes each successor before the CCGs that name it. */
export function organisationsInWriteOrder(register: NationalRegister): NationalOrganisation[] {
  return [...register.csus, ...register.icbs, ...register.ccgs, ...register.providers];
}
