import type { Role } from '@wres/shared/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type UserStatus = 'invited' | 'active' | 'disabled';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; unique. */
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 30 })
  role!: Role;

  @Column({ type: 'uuid' })
  organisationId!: string;

  /** argon2id PHC string; null until an invited user chooses a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: UserStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
