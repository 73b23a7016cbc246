import type { RuleSetDefinition } from '@wres/shared/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A contract year's scope rules as an admin last saved them. A year with no row uses the rules the product
 * ships, so only edits are stored and a new shipped year needs no data migration.
 */
@Entity('rule_set')
export class RuleSetEntity {
  /** April to March, written "2015/16". */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  contractYear!: string;

  @Column({ type: 'jsonb' })
  definition!: RuleSetDefinition;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
