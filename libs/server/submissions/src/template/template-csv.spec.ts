import { readWresTemplate, SEED_004_2017_18, SEED_004_2018_19, wresTemplateSheets } from '@wres/domain/wres';
import { SpreadsheetFileError } from '@wres/server/contracts';
import { readTemplateFile } from './template-file';
import { writeTemplateCsv } from './template-csv';

const csvOf = (document: unknown) => writeTemplateCsv(wresTemplateSheets({ document }));

describe('the template as one CSV file', () => {
  it('is UTF-8 with a byte-order mark, a "Sheet" column first, and one line per row of each sheet', () => {
    const content = csvOf(SEED_004_2018_19);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = content.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Sheet,A,B,C,D,E');
    expect(lines.at(-1)).toBe('');
    const sheets = wresTemplateSheets();
    expect(lines.length - 2).toBe(sheets.reduce((sum, sheet) => sum + sheet.cells.length, 0));
    expect(lines).toContain(
      'Indicators 2-4,2. Appointment from shortlisting (last 12 months),Shortlisted,3844,2525,',
    );
    expect(lines.filter((line) => line.startsWith('About,')).length).toBe(sheets[0].cells.length);
  });

  it('quotes fields as RFC 4180 says, and keeps text from opening as a formula', async () => {
    const reason = 'Not collected, "new system"\nsee the board paper';
    const content = csvOf({
      ...SEED_004_2017_18,
      indicator1: { missingReason: reason },
      indicator2: { missingReason: '=1+1' },
    });
    const text = content.toString('utf8');
    expect(text).toContain(
      `Indicator 1,Missing reason,"Not collected, ""new system""\nsee the board paper",,,`,
    );
    expect(text).toContain(`,'=1+1,`);
    const reading = readWresTemplate((await readTemplateFile('t.csv', content)).grids);
    expect(reading.problems).toEqual([]);
    expect(reading.document.indicator1).toEqual({ missingReason: reason });
    expect(reading.document.indicator2).toEqual({ missingReason: '=1+1' });
  });

  it('reads back to the document it was filled from', async () => {
    const { format, grids } = await readTemplateFile('template.csv', csvOf(SEED_004_2018_19));
    expect(format).toBe('csv');
    const reading = readWresTemplate(grids, { expectedReportingPeriodEnd: '2019-03-31' });
    expect(reading.problems).toEqual([]);
    expect(reading.document).toEqual(SEED_004_2018_19);
  });

  it('reads a copy Excel saved again: no byte-order mark, counts with separators, a UK date', async () => {
    const resaved = csvOf(SEED_004_2018_19)
      .toString('utf8')
      .slice(1)
      .replace('Reporting period end (YYYY-MM-DD),2019-03-31', 'Reporting period end (YYYY-MM-DD),31/03/2019')
      .replace(',Shortlisted,3844,2525,', ',Shortlisted,"3,844","2,525",');
    const reading = readWresTemplate((await readTemplateFile('t.csv', Buffer.from(resaved, 'utf8'))).grids);
    expect(reading.problems).toEqual([]);
    expect(reading.document).toEqual(SEED_004_2018_19);
  });

  it('refuses a CSV file without the Sheet column, or with a line that names no sheet', async () => {
    await expect(readTemplateFile('t.csv', Buffer.from('White,BME\r\n4007,1171\r\n'))).rejects.toThrow(
      new SpreadsheetFileError(
        'The CSV file does not start with the template\'s "Sheet" column: download the template as CSV, fill it ' +
          'in, and upload it without adding or removing columns',
      ),
    );
    await expect(readTemplateFile('t.csv', Buffer.from('Sheet,A\r\nAbout,x\r\n,stray\r\n'))).rejects.toThrow(
      /^Line 3 of the CSV file names no sheet/,
    );
  });
});
