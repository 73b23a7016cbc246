import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checklistSettingsFor, checklistSettingsProblems } from '@wres/domain/assurance';
import { AuditService } from '@wres/server/core/audit';
import { actorOf } from '@wres/server/core/auth';
import type { Principal } from '@wres/server/core/auth';
import { Clock } from '@wres/server/core/config';
import { groupProblemsByPath, validationFailed } from '@wres/server/core/http';
import type { ChecklistSettingsForYear } from '@wres/shared/contracts';
import { DataSource } from 'typeorm';

/** Each year's assurance checklist settings: the year's own where an admin set them, else the defaults. */
@Injectable()
export class ChecklistSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async forYear(contractYear: string): Promise<ChecklistSettingsForYear> {
    const [row]: Array<{ settings: unknown; updated_at: Date }> = await this.dataSource.query(
      `SELECT settings, updated_at FROM checklist_setting WHERE contract_year = $1`,
      [contractYear],
    );
    return {
      contractYear,
      settings: checklistSettingsFor(row?.settings ?? null),
      isDefault: !row,
      updatedAt: row?.updated_at.toISOString() ?? null,
    };
  }

  /** Sets a year's own settings, complete; every problem is listed and nothing is stored if there are any. */
  async set(
    principal: Principal,
    contractYear: string,
    settings: unknown,
  ): Promise<ChecklistSettingsForYear> {
    const problems = checklistSettingsProblems(settings);
    if (problems.length > 0)
      throw validationFailed(
        groupProblemsByPath(problems.map((problem) => ({ ...problem, path: `settings.${problem.path}` }))),
        'The checklist settings have problems',
      );
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO checklist_setting (contract_year, settings, updated_by, updated_at)
         VALUES ($1, $2::jsonb, $3, $4)
         ON CONFLICT (contract_year) DO UPDATE
         SET settings = EXCLUDED.settings, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
        [contractYear, JSON.stringify(settings), principal.userId, this.clock.now()],
      );
      await this.audit.record(manager, actorOf(principal), {
        action: 'checklist-settings.set',
        entityType: 'checklist_setting',
        entityId: null,
        summary: { contractYear, settings: settings as Record<string, unknown> },
      });
    });
    return this.forYear(contractYear);
  }
}
