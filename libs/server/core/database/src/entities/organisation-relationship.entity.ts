import type { RelationshipKind } from '@wres/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A directed link between organisations: a CSU `supports` a CCG; a CCG `commissions` a provider.
 * Visibility is derived from these rows, never from ids a client sends.
 */
@Entity('organisation_relationship')
export class OrganisationRelationshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: RelationshipKind;

  @Column({ type: 'uuid' })
  fromOrganisationId!: string;

  @Column({ type: 'uuid' })
  toOrganisationId!: string;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
