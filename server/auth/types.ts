// Roles, as an `as const` tuple with a derived union. The permission matrix is in permissions.ts.
export const ROLES = ['analyst', 'detective', 'commander', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: a logged-in user or an API token acting for one. */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  via: 'session' | 'api-token' | 'cli';
}
