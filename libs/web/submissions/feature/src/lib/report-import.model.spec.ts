import { checkTemplateFile, isTemplateImportErrorBody, templateProblemInWords } from './report-import.model';

describe('checking a template before it is sent', () => {
  it('needs an XLSX or CSV file that is not empty or too large', () => {
    expect(checkTemplateFile(null)).toBe('Select a filled-in template to upload');
    expect(checkTemplateFile({ name: 'wres.xls', size: 10 })).toBe(
      'The template must be an XLSX or CSV file',
    );
    expect(checkTemplateFile({ name: 'wres.CSV', size: 0 })).toBe('The selected file is empty');
    expect(checkTemplateFile({ name: 'wres.xlsx', size: 3 * 1024 * 1024 })).toBe(
      'The template must be smaller than 2 MB',
    );
    expect(checkTemplateFile({ name: 'wres.xlsx', size: 20_000 })).toBeNull();
  });
});

describe('problems in a template', () => {
  it('says where each one is', () => {
    expect(
      templateProblemInWords({
        sheet: 'Indicators 2-4',
        row: 5,
        column: 'C',
        message: 'Must be a whole number',
      }),
    ).toBe('Indicators 2-4, row 5, column C: Must be a whole number');
    expect(
      templateProblemInWords({ sheet: 'About', row: null, column: null, message: 'Missing sheet' }),
    ).toBe('About: Missing sheet');
  });

  it('recognises the API’s refusal of a template', () => {
    expect(
      isTemplateImportErrorBody({ statusCode: 400, message: 'x', problems: [], templateProblems: [] }),
    ).toBe(true);
    expect(isTemplateImportErrorBody({ statusCode: 400, message: 'x', problems: [] })).toBe(false);
  });
});
