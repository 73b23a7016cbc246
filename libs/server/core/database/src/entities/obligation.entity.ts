import type { ScopeObligationBasis, ScopeStatus } from '@wres/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * What one clause asks of one provider in one contract year, as last decided from all its contracts.
 * Kept current by the scope recalculation; how it came to be is in `scope_decision`.
 */
@Entity('obligation')
export class ObligationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  providerId!: string;

  @Column({ type: 'varchar', length: 7 })
  contractYear!: string;

  @Column({ type: 'varchar', length: 20 })
  clause!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'boolean' })
  applies!: boolean;

  @Column({ type: 'varchar', length: 30 })
  basis!: ScopeObligationBasis;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'varchar', length: 20 })
  scopeStatus!: ScopeStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
