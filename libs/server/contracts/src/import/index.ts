export * from './contract-import.controller';
export * from './contract-import.parsing';
export * from './contract-import.plan';
export * from './contract-import.service';
export * from './spreadsheet.reader';
export * from './spreadsheet.upload';
