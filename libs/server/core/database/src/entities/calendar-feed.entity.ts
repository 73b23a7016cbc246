import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A commissioner organisation's subscribable calendar of deadlines, one per organisation. Calendar apps
 * cannot sign in, so the address carries a secret token; only its SHA-256 is stored, so a database leak
 * opens no feeds.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', unique: true })
  organisationId!: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;
}
