import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PENCE_TRANSFORMER } from '../pence.transformer';

/** One commissioner on a contract and the income the provider expects from it that year. */
@Entity('contract_commissioner')
export class ContractCommissionerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  contractId!: string;

  @Column({ type: 'uuid' })
  commissionerId!: string;

  /** Receives the provider's WRES report (SC13.5.2) and leads assurance; one per contract. */
  @Column({ type: 'boolean' })
  isCoordinating!: boolean;

  @Column({ type: 'bigint', transformer: PENCE_TRANSFORMER })
  expectedIncomePence!: number;
}
