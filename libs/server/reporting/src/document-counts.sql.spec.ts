import { countColumnsSql, countsFromRow, INDICATOR_COLUMNS, pooledSumsSql } from './document-counts.sql';

describe('counts extracted from WRES documents in SQL', () => {
  it('names a column for every count of every indicator, prefixed as asked', () => {
    const sql = countColumnsSql('v.document', 'prev_');
    for (const { columns } of INDICATOR_COLUMNS) {
      for (const column of columns) expect(sql).toContain(` AS prev_${column.name}`);
    }
    expect(sql).toContain('AS prev_i5_estimated');
    // Only numbers are read: a string or a missing reason leaves the count null.
    expect(sql).toContain(`jsonb_typeof(v.document #> '{indicator2,white,appointed}') = 'number'`);
  });

  it('sums each indicator only over the rows that have all its counts', () => {
    const sql = pooledSumsSql('reported');
    expect(sql).toContain('AS i2_contributors');
    expect(sql).toMatch(
      /sum\(reported\.i2_white_events\) FILTER \(WHERE reported\.i2_white_events IS NOT NULL AND .*reported\.i2_bme_total IS NOT NULL\)/,
    );
  });

  it('reads a row back as counts, numbers from PostgreSQL’s text, leaving out what is incomplete', () => {
    const row = {
      i1_white: '4007',
      i1_bme: '1171',
      i1_unknown: '129',
      i2_white_events: '372',
      i2_white_total: '3844',
      i2_bme_events: '124',
      i2_bme_total: '2525',
      i3_white_events: '43',
      i3_white_total: null,
      i3_bme_events: '17',
      i3_bme_total: '1171',
      i5_white_events: '460',
      i5_white_total: '1991',
      i5_bme_events: '117',
      i5_bme_total: '488',
      i5_estimated: true,
      i9_all_white: 13,
      i9_all_bme: 1,
      i9_voting_white: 10,
      i9_voting_bme: 1,
      i9_executive_white: 4,
      i9_executive_bme: 0,
      i9_workforce_white: 4007,
      i9_workforce_bme: 1171,
    };
    expect(countsFromRow(row)).toEqual({
      i1: { white: 4007, bme: 1171, unknown: 129 },
      i2: { white: { events: 372, total: 3844 }, bme: { events: 124, total: 2525 } },
      i5: { white: { events: 460, total: 1991 }, bme: { events: 117, total: 488 }, estimated: true },
      i9: {
        all: { white: 13, bme: 1 },
        voting: { white: 10, bme: 1 },
        executive: { white: 4, bme: 0 },
        workforce: { white: 4007, bme: 1171 },
      },
    });
  });

  it('takes a pool nobody contributed to as having nothing, not zeros', () => {
    expect(
      countsFromRow({
        i4_contributors: '0',
        i4_white_events: null,
        i4_white_total: null,
        i4_bme_events: null,
        i4_bme_total: null,
      }),
    ).toEqual({});
  });
});
