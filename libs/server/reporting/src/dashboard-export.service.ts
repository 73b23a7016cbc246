import { Injectable } from '@nestjs/common';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@wres/domain/wres';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { validationFailed } from '@wres/server/core/http';
import type {
  DashboardExport,
  DashboardExportFormat,
  DashboardOrganisation,
  PublishedTable,
} from '@wres/shared/contracts';
import { CommissionerDashboardService } from './commissioner-dashboard.service';
import { CsuDashboardService } from './csu-dashboard.service';
import { commissionerTables, csuTables } from './export-tables';
import { tablesToXlsx, tableToCsv } from './table-export.writer';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export interface ExportRequest {
  contractYear: string;
  format: DashboardExportFormat;
  table?: string;
  commissionerId?: string;
}

export interface ExportFile {
  kind: 'file';
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * Dashboard tables as files. Always suppressed: an export leaves the commissioner's own screen, so it
 * carries no count from 1 to threshold−1 and nothing recoverable from its totals (domain.md §7).
 */
@Injectable()
export class DashboardExportService {
  constructor(
    private readonly commissioner: CommissionerDashboardService,
    private readonly csu: CsuDashboardService,
    private readonly clock: Clock,
  ) {}

  async export(
    principal: Principal,
    dashboard: 'commissioner' | 'csu',
    request: ExportRequest,
  ): Promise<ExportFile | DashboardExport> {
    const { organisation, tables } =
      dashboard === 'commissioner'
        ? await this.commissioner
            .load(principal, request.contractYear, request.commissionerId)
            .then((data) => ({ organisation: data.dashboard.commissioner, tables: commissionerTables(data) }))
        : await this.csu
            .load(principal, request.contractYear)
            .then((data) => ({ organisation: data.dashboard.organisation, tables: csuTables(data) }));
    const chosen = chooseTables(tables, request);
    const generatedAt = this.clock.now().toISOString();
    if (request.format === 'json') {
      return { dashboard, contractYear: request.contractYear, organisation, generatedAt, tables: chosen };
    }
    const year = request.contractYear.replace('/', '-');
    const baseName = `wres-${dashboard}-${organisation.odsCode}-${year}${request.table ? `-${request.table}` : ''}`;
    if (request.format === 'csv') {
      return {
        kind: 'file',
        fileName: `${baseName}.csv`,
        contentType: CSV_CONTENT_TYPE,
        content: tableToCsv(chosen[0]),
      };
    }
    const content = await tablesToXlsx(
      cover(dashboard, organisation, request.contractYear, generatedAt),
      chosen,
    );
    return { kind: 'file', fileName: `${baseName}.xlsx`, contentType: XLSX_CONTENT_TYPE, content };
  }
}

function chooseTables(tables: PublishedTable[], request: ExportRequest): PublishedTable[] {
  const names = tables.map((table) => table.key);
  if (request.table !== undefined) {
    const table = tables.find((candidate) => candidate.key === request.table);
    if (!table) throw validationFailed([{ path: 'table', messages: [`Choose one of: ${names.join(', ')}`] }]);
    return [table];
  }
  if (request.format === 'csv') {
    throw validationFailed([
      { path: 'table', messages: [`A CSV file holds one table: choose one of ${names.join(', ')}`] },
    ]);
  }
  return tables;
}

function cover(
  dashboard: 'commissioner' | 'csu',
  organisation: DashboardOrganisation,
  contractYear: string,
  generatedAt: string,
) {
  return {
    title: `WRES ${dashboard === 'commissioner' ? 'commissioner' : 'CSU'} dashboard, ${contractYear}`,
    lines: [
      ['Organisation', `${organisation.name} (${organisation.odsCode})`],
      ['Contract year', contractYear],
      ['Generated', generatedAt],
      [
        'Small numbers',
        `Counts from 1 to ${DEFAULT_SUPPRESSION_THRESHOLD - 1} show as R, percentages from them as R%, and other figures from them as R; ` +
          'further counts are hidden (R) where a hidden one could otherwise be worked out from the totals. Zeros show as –.',
      ],
    ] as Array<[string, string]>,
  };
}
