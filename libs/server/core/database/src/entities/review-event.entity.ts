import type { ReviewEventKind, ReviewState } from '@wres/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One transition, comment, recommendation or assignment on a review. Append-only (a trigger refuses UPDATE and DELETE). */
@Entity('review_event')
export class ReviewEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: ReviewEventKind;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromState!: ReviewState | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  toState!: ReviewState | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  indicator!: string | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  /** The version under review when it happened; null for events recorded before versions were kept. */
  @Column({ type: 'int', nullable: true })
  version!: number | null;

  /** An assignment's reviewer: who the report was given to, or null when it was taken back. Null otherwise. */
  @Column({ type: 'uuid', nullable: true })
  reviewerId!: string | null;
}
