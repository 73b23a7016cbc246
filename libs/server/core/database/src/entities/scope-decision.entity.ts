import type { ScopeAssessment, ScopeChange, ScopeDecisionReason } from '@wres/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only (a trigger refuses UPDATE and DELETE): each time a provider's scope for a year was decided. */
@Entity('scope_decision')
export class ScopeDecisionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  providerId!: string;

  @Column({ type: 'varchar', length: 7 })
  contractYear!: string;

  @Column({ type: 'timestamptz' })
  decidedAt!: Date;

  /** Null when the system decided (the demo seed, a future rule-set roll-out by the worker). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  reason!: ScopeDecisionReason;

  @Column({ type: 'jsonb' })
  decision!: ScopeAssessment;

  @Column({ type: 'jsonb', nullable: true })
  previous!: ScopeAssessment | null;

  @Column({ type: 'jsonb' })
  changes!: ScopeChange[];
}
