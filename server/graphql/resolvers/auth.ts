import { MATRIX, can, requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { AppError } from '../../errors.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { pageArgs, toPage } from '../../features/paging.ts';

export const authResolvers: Resolvers = {
  User: {
    // From the role, never stored: the matrix in auth/permissions.ts is the only copy.
    permissions: (u) => (u.role ? [...MATRIX[u.role]] : []),
  },
  Query: {
    me: async (_r, _a, { principal, services }) => {
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      const user = (await services.db().read('queries/auth/get-user-by-id', { id: principal.userId }))[0];
      if (!user) throw new AppError('UNAUTHENTICATED', 'Your account no longer exists.');
      return user as never;
    },
    users: async (_r, { first, after }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      const { skip, limit } = pageArgs(first, after);
      const page = toPage(await services.accounts().listUsers(skip, limit + 1), skip, limit);
      await services.audit.record({
        principal,
        operation: 'users',
        kind: 'read',
        entityIds: page.items.map((u) => `User:${u.id}`),
        count: page.items.length,
        details: { skip, limit },
      });
      return page;
    },
    myApiTokens: async (_r, { first, after }, { principal, services }) => {
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      const { skip, limit } = pageArgs(first, after);
      return toPage(await services.accounts().listApiTokens(principal.userId, skip, limit + 1), skip, limit);
    },
    apiTokens: async (_r, { userId, first, after }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      const { skip, limit } = pageArgs(first, after);
      const page = toPage(
        await services.accounts().listApiTokens(userId ?? null, skip, limit + 1),
        skip,
        limit,
      );
      await services.audit.record({
        principal,
        operation: 'apiTokens',
        kind: 'read',
        entityIds: [...new Set(page.items.map((t) => `User:${t.user.id}`))],
        count: page.items.length,
        details: { userId: userId ?? null, skip, limit },
      });
      return page;
    },
  },
  Mutation: {
    // Public on purpose: this is how a caller gets credentials. Both outcomes are audited.
    // Refused at once (RATE_LIMITED, no bcrypt work) while the account or the address is locked.
    login: async (_r, { username, password }, { services, ip }) => {
      let session;
      try {
        session = await services.accounts().login(username, password, ip);
      } catch (err) {
        if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
          await services.audit.record({
            principal: null,
            operation: 'login-failed',
            kind: 'auth',
            entityIds: [],
            count: 0,
            details: { username: username.slice(0, 64), ip },
          });
        }
        throw err;
      }
      const who: Principal = {
        userId: session.user.id,
        username: session.user.username,
        role: session.user.role,
        via: 'session',
      };
      await services.audit.record({
        principal: who,
        operation: 'login',
        kind: 'auth',
        entityIds: [`User:${who.userId}`],
        count: 1,
        details: { ip, expiresAt: session.expiresAt },
      });
      return session;
    },
    createUser: async (_r, { username, password, role }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      const user = await services.accounts().createUser(username, password, role);
      await services.audit.record({
        principal,
        operation: 'createUser',
        kind: 'change',
        entityIds: [`User:${user.id}`],
        count: 1,
        details: { username: user.username, role: user.role },
      });
      return user;
    },
    setUserDisabled: async (_r, { id, disabled }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      const user = await services.accounts().setDisabled(id, disabled);
      await services.audit.record({
        principal,
        operation: 'setUserDisabled',
        kind: 'change',
        entityIds: [`User:${user.id}`],
        count: 1,
        details: { username: user.username, disabled },
      });
      return user;
    },
    createApiToken: async (_r, { name, expiresInDays }, { principal, services }) => {
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      const token = await services
        .accounts()
        .createApiToken(principal.userId, name, expiresInDays ?? undefined);
      await services.audit.record({
        principal,
        operation: 'createApiToken',
        kind: 'change',
        entityIds: [`User:${principal.userId}`],
        count: 1,
        details: { tokenId: token.id, expiresAt: token.expiresAt },
      });
      return token;
    },
    // Any caller revokes their own; an admin (admin:users) anyone's.
    revokeApiToken: async (_r, { id }, { principal, services }) => {
      if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      const owner = can(principal, 'admin:users') ? null : principal.userId;
      const token = await services.accounts().revokeApiToken(id, owner);
      await services.audit.record({
        principal,
        operation: 'revokeApiToken',
        kind: 'change',
        entityIds: [`User:${token.user.id}`],
        count: 1,
        details: { tokenId: token.id, name: token.name },
      });
      return token;
    },
  },
};
