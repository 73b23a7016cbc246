import { TemplateCellValue } from './template-layout';
import { TemplateGrid } from './template-reading';
import { TemplateSheet } from './template-writing';

/*
 * Helpers for the template's specs: sheets as a file would hand them back, and edits a person might make.
 * Not exported from the library.
 */

/** The sheets as a spreadsheet reader hands them back: names and cells only. */
export function gridsOf(sheets: readonly TemplateSheet[]): TemplateGrid[] {
  return sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells.map((row) => [...row]) }));
}

/** As CSV gives them back: every cell as the text it shows. */
export function asText(grids: readonly TemplateGrid[]): TemplateGrid[] {
  return grids.map((grid) => ({
    name: grid.name,
    cells: grid.cells.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
  }));
}

/** A copy with one cell, given as "C5", changed on the named sheet. */
export function withCell(
  grids: readonly TemplateGrid[],
  sheet: string,
  address: string,
  value: TemplateCellValue,
): TemplateGrid[] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: ${address}`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return grids.map((grid) => {
    if (grid.name !== sheet) return grid;
    const cells = grid.cells.map((cellsOfRow) => [...cellsOfRow]);
    while (cells.length <= row) cells.push([]);
    while (cells[row].length <= column) cells[row].push(null);
    cells[row][column] = value;
    return { name: grid.name, cells };
  });
}

/** A copy with the named cells changed, e.g. `{ C5: 10, D5: 'x' }`. */
export function withCells(
  grids: readonly TemplateGrid[],
  sheet: string,
  cells: Record<string, TemplateCellValue>,
): TemplateGrid[] {
  return Object.entries(cells).reduce<TemplateGrid[]>(
    (changed, [address, value]) => withCell(changed, sheet, address, value),
    [...grids],
  );
}
