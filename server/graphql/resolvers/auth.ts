import { requirePermission } from '../../auth/permissions.ts';
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
      return toPage(await services.accounts().listUsers(skip, limit + 1), skip, limit);
    },
  },
  Mutation: {
    // Public on purpose: this is how a caller gets credentials.
    login: async (_r, { username, password }, { services }) => services.accounts().login(username, password),
    createUser: async (_r, { username, password, role }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      return services.accounts().createUser(username, password, role);
    },
    setUserDisabled: async (_r, { id, disabled }, { principal, services }) => {
      requirePermission(principal, 'admin:users');
      return services.accounts().setDisabled(id, disabled);
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
      return services.accounts().createApiToken(principal.userId, name, expiresInDays ?? undefined);
    },
  },
};
