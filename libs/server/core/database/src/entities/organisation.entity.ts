import type { OrganisationKind, ProviderKind } from '@wres/shared/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Organisation Data Service code: the NHS's own identifier, unique. */
  @Column({ type: 'varchar', length: 10 })
  odsCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 20, nullable: true })
  providerKind!: ProviderKind | null;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  /** A CCG's successor ICB (from 1 July 2022); historic reports stay under the CCG's name. */
  @Column({ type: 'uuid', nullable: true })
  successorId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'successor_id' })
  successor?: OrganisationEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
