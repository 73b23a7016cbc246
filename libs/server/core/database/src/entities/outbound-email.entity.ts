import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OutboundEmailStatus = 'pending' | 'sent' | 'failed';

/**
 * The outbox: PostgreSQL is the truth about what must be sent; Redis only holds queue state.
 * A lost Redis loses no email, because unsent rows are re-enqueued by the worker's sweep.
 */
@Entity('outbound_email')
export class OutboundEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Makes an email idempotent where the caller knows what it is about (e.g. obligation, step, recipient). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'varchar', length: 60 })
  template!: string;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20 })
  status!: OutboundEmailStatus;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  subject!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
