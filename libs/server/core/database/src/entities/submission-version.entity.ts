import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One submitted version of a report with the indicators computed from it. Append-only (a trigger refuses
 * UPDATE and DELETE): what a commissioner assured must stay as it was.
 */
@Entity('submission_version')
export class SubmissionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  document!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  indicators!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  warnings!: unknown[];

  @Column({ type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ type: 'uuid' })
  submittedBy!: string;

  @Column({ type: 'boolean' })
  late!: boolean;

  @Column({ type: 'text', nullable: true })
  lateReason!: string | null;
}
