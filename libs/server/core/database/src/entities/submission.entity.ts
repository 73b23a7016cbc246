import type { SubmissionStatus } from '@wres/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A provider's report for one obligation (clause) in one contract year: the draft it is editing, and how
 * many versions it has submitted (`submission_version`).
 */
@Entity('submission')
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  providerId!: string;

  /** April to March, written "2015/16". */
  @Column({ type: 'varchar', length: 7 })
  contractYear!: string;

  @Column({ type: 'varchar', length: 20 })
  clause!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: SubmissionStatus;

  /** The latest submitted version; 0 before the first submission. */
  @Column({ type: 'int' })
  currentVersion!: number;

  @Column({ type: 'jsonb', nullable: true })
  draftDocument!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  draftDetails!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
