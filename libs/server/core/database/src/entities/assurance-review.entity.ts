import type { ReviewState } from '@wres/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Where one submitted report is in assurance; made when it is first submitted. */
@Entity('assurance_review')
export class AssuranceReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @Column({ type: 'varchar', length: 20 })
  state!: ReviewState;

  /** The submitted version the state refers to. */
  @Column({ type: 'int' })
  reviewedVersion!: number;

  /** Who assured it or found it not assured, and when; null until decided. */
  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** The co-ordinating commissioner's user given the report to review; null while nobody is. */
  @Column({ type: 'uuid', nullable: true })
  reviewerId!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
