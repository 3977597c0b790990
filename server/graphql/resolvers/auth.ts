import { requirePermission } from '../../auth/permissions.ts';
import type { Principal } from '../../auth/types.ts';
import { AppError } from '../../errors.ts';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { pageArgs, toPage } from '../paging.ts';

export const authResolvers: Resolvers = {
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
  },
  Mutation: {
    // Public on purpose: this is how a caller gets credentials. Both outcomes are audited.
    login: async (_r, { username, password }, { services, ip }) => {
      let session;
      try {
        session = await services.accounts().login(username, password);
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
      if (
        expiresInDays !== null &&
        expiresInDays !== undefined &&
        (expiresInDays < 1 || expiresInDays > 3650)
      ) {
        throw new AppError('BAD_USER_INPUT', 'expiresInDays: expected 1 to 3650.');
      }
      const token = await services
        .accounts()
        .createApiToken(principal.userId, name, expiresInDays ?? undefined);
      await services.audit.record({
        principal,
        operation: 'createApiToken',
        kind: 'change',
        entityIds: [`User:${principal.userId}`],
        count: 1,
        details: { tokenId: token.id, expiresInDays: expiresInDays ?? null },
      });
      return token;
    },
  },
};
