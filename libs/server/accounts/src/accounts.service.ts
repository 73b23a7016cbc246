import { createHash, randomBytes } from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditService, SYSTEM_ACTOR } from '@wres/server/core/audit';
import { actorOf, PasswordHasher, Principal } from '@wres/server/core/auth';
import { APP_CONFIG, AppConfig, Clock } from '@wres/server/core/config';
import {
  AccountTokenEntity,
  AccountTokenPurpose,
  OrganisationEntity,
  UserEntity,
} from '@wres/server/core/database';
import { EmailOutbox } from '@wres/server/core/mail';
import { OrganisationsService } from '@wres/server/organisations';
import { ROLE_LABELS } from '@wres/shared/contracts';
import type { InvitationResponse, Role } from '@wres/shared/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';

const INVITATION_DAYS = 7;
const RESET_MINUTES = 60;

/** Which roles an organisation of each kind can hold. */
const ROLES_BY_ORGANISATION_KIND: Record<OrganisationEntity['kind'], Role[]> = {
  provider: ['provider-submitter'],
  ccg: ['commissioner'],
  icb: ['commissioner'],
  csu: ['csu-analyst', 'admin'],
};

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly outbox: EmailOutbox,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Checks a password; the caller throttles. Returns the active user or throws 401 without saying which part was wrong. */
  async authenticate(email: string, password: string, requestId: string | null): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    const ok = await this.hasher.verify(user?.status === 'active' ? user.passwordHash : null, password);
    if (!user || !ok) throw new UnauthorizedException('Email address or password is incorrect');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { lastSignedInAt: this.clock.now() });
      await this.audit.record(
        manager,
        { userId: user.id, organisationId: user.organisationId, requestId },
        { action: 'user.signed-in', entityType: 'user', entityId: user.id, summary: {} },
      );
    });
    return user;
  }

  async invite(
    principal: Principal,
    request: { email: string; displayName: string; role: Role; organisationId?: string },
  ): Promise<InvitationResponse> {
    // Only admins choose the organisation; everyone else invites into their own, whatever the body says.
    const organisationId =
      principal.role === 'admin' && request.organisationId
        ? request.organisationId
        : principal.organisationId;
    if (principal.role !== 'admin' && request.role === 'admin') {
      throw new ForbiddenException('Only administrators can invite administrators');
    }
    await this.organisations.getVisible(principal, organisationId).catch(() => {
      throw new NotFoundException('Organisation not found');
    });
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: organisationId });
    if (!ROLES_BY_ORGANISATION_KIND[organisation.kind].includes(request.role)) {
      throw new ConflictException(
        `A ${ROLE_LABELS[request.role].toLowerCase()} cannot belong to a ${organisation.kind.toUpperCase()}`,
      );
    }
    const email = request.email.toLowerCase();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + INVITATION_DAYS * 24 * 3600 * 1000);
    const { userId, emailId } = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(UserEntity, { email });
      if (existing && existing.status !== 'invited')
        throw new ConflictException('A user with this email address already exists');
      const user =
        existing ??
        (await manager.save(UserEntity, {
          email,
          displayName: request.displayName,
          role: request.role,
          organisationId,
          passwordHash: null,
          status: 'invited',
          lastSignedInAt: null,
        }));
      await this.issueToken(manager, user.id, 'invitation', token, expiresAt);
      const emailId = await this.outbox.add(manager, {
        template: 'invitation',
        recipient: email,
        data: {
          displayName: request.displayName,
          organisationName: organisation.name,
          roleLabel: ROLE_LABELS[request.role].toLowerCase(),
          invitedBy: principal.displayName,
          link: `${this.config.http.publicUrl}/accept-invitation?token=${token}`,
          expiresOn: expiresAt.toLocaleDateString('en-GB', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'Europe/London',
          }),
        },
      });
      await this.audit.record(manager, actorOf(principal), {
        action: 'user.invited',
        entityType: 'user',
        entityId: user.id,
        summary: { email, role: request.role, organisationId, expiresAt: expiresAt.toISOString() },
      });
      return { userId: user.id, emailId };
    });
    await this.outbox.dispatch([emailId]);
    return { id: userId, email, expiresAt: expiresAt.toISOString() };
  }

  async acceptInvitation(token: string, password: string, requestId: string | null): Promise<void> {
    await this.useToken(token, 'invitation', password, requestId, 'user.invitation-accepted');
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to find out who has an account. */
  async requestPasswordReset(email: string, requestId: string | null): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ email: email.toLowerCase(), status: 'active' });
    if (!user) return;
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + RESET_MINUTES * 60 * 1000);
    const emailId = await this.dataSource.transaction(async (manager) => {
      await this.issueToken(manager, user.id, 'password-reset', token, expiresAt);
      await this.audit.record(
        manager,
        { ...SYSTEM_ACTOR, requestId },
        { action: 'user.password-reset-requested', entityType: 'user', entityId: user.id, summary: {} },
      );
      return this.outbox.add(manager, {
        template: 'password-reset',
        recipient: user.email,
        data: {
          displayName: user.displayName,
          link: `${this.config.http.publicUrl}/reset-password/confirm?token=${token}`,
          expiresInMinutes: RESET_MINUTES,
        },
      });
    });
    await this.outbox.dispatch([emailId]);
  }

  async confirmPasswordReset(token: string, password: string, requestId: string | null): Promise<void> {
    await this.useToken(token, 'password-reset', password, requestId, 'user.password-reset');
  }

  private async issueToken(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    token: string,
    expiresAt: Date,
  ): Promise<void> {
    // A new link replaces any earlier one of the same kind.
    await manager.update(
      AccountTokenEntity,
      { userId, purpose, usedAt: IsNull() },
      { usedAt: this.clock.now() },
    );
    await manager.insert(AccountTokenEntity, {
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt,
      usedAt: null,
    });
  }

  private async useToken(
    token: string,
    purpose: AccountTokenPurpose,
    password: string,
    requestId: string | null,
    action: string,
  ): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(AccountTokenEntity, {
        where: { tokenHash: hashToken(token), purpose },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.usedAt || row.expiresAt <= this.clock.now()) {
        throw new GoneException('This link has expired or has already been used. Ask for a new one.');
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: row.userId });
      if (user.status === 'disabled') throw new GoneException('This account has been disabled.');
      await manager.update(AccountTokenEntity, { id: row.id }, { usedAt: this.clock.now() });
      await manager.update(UserEntity, { id: user.id }, { passwordHash, status: 'active' });
      // A changed password ends every other session of the account.
      await manager.query(`DELETE FROM user_session WHERE sess->>'userId' = $1`, [user.id]);
      const actor: Actor = { userId: user.id, organisationId: user.organisationId, requestId };
      await this.audit.record(manager, actor, { action, entityType: 'user', entityId: user.id, summary: {} });
    });
  }
}
