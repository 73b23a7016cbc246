import type { ContractForm } from '@wres/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An NHS Standard Contract between a provider and its commissioners (`contract_commissioner`) for one year. */
@Entity('contract')
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  providerId!: string;

  /** April to March, written "2015/16". */
  @Column({ type: 'varchar', length: 7 })
  contractYear!: string;

  @Column({ type: 'varchar', length: 20 })
  form!: ContractForm;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
