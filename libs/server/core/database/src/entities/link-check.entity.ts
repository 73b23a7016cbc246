import type { LinkCheckOutcome, ReportLink } from '@wres/shared/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One check of one link of a submitted version; a new row per check, so the history is kept. */
@Entity('link_check')
export class LinkCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  submissionId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  link!: ReportLink;

  /** Null when the version gives no address for the link. */
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: LinkCheckOutcome;

  @Column({ type: 'boolean' })
  returnsDocument!: boolean;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'int', nullable: true })
  httpStatus!: number | null;

  @Column({ type: 'text', nullable: true })
  finalUrl!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contentType!: string | null;

  @Column({ type: 'int' })
  bytesRead!: number;

  @Column({ type: 'char', length: 64, nullable: true })
  contentSha256!: string | null;

  @Column({ type: 'timestamptz' })
  checkedAt!: Date;

  @Column({ type: 'int' })
  elapsedMs!: number;
}
