import type { TemplateImportErrorBody } from '@wres/shared/contracts';
import { templateFileRefused, templateImportRefused, templateProblemPath } from './template-import.problems';

describe('refusing a template upload', () => {
  it('lists problems by sheet, row and column, and by path as a spreadsheet names a cell', () => {
    const refusal = templateImportRefused([
      { sheet: 'Indicators 2-4', row: 6, column: 'D', message: 'BME appointed: expected a whole number' },
      { sheet: 'Indicators 2-4', row: 6, column: 'D', message: 'A second problem in the same cell' },
      { sheet: 'Sheet1', row: null, column: null, message: 'Not a template sheet' },
    ]);
    expect(refusal.getStatus()).toBe(400);
    const body = refusal.getResponse() as TemplateImportErrorBody;
    expect(body.message).toBe(
      'The template has 3 problems, so nothing was imported: correct them and upload it again',
    );
    expect(body.problems).toEqual([
      {
        path: 'Indicators 2-4!D6',
        messages: ['BME appointed: expected a whole number', 'A second problem in the same cell'],
      },
      { path: 'Sheet1', messages: ['Not a template sheet'] },
    ]);
    expect(body.templateProblems).toHaveLength(3);
    expect(body.templateProblems[2]).toEqual({
      sheet: 'Sheet1',
      row: null,
      column: null,
      message: 'Not a template sheet',
    });
  });

  it('names a whole row as a spreadsheet does', () => {
    expect(templateProblemPath({ sheet: 'About', row: 11, column: null, message: '' })).toBe('About!11:11');
  });

  it('says what is wrong with the file as a whole against the file field', () => {
    const body = templateFileRefused('The file is empty').getResponse();
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The file is empty',
      problems: [{ path: 'file', messages: ['The file is empty'] }],
      templateProblems: [],
    });
  });
});
