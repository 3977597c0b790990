import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDriver = {
  group: ['neo4j-driver', 'neo4j-driver/*', 'neo4j-driver-*'],
  message: 'Only server/db/ imports neo4j-driver (and never its internals).',
};
const noApollo = {
  group: ['@apollo/*', '@as-integrations/*'],
  message: 'Only server/graphql/ imports Apollo.',
};
const noHttp = {
  group: ['express', 'cors', 'helmet'],
  message: 'Only server/http.ts imports the HTTP framework.',
};
const noClientOrTests = {
  regex: '^(\\.\\./)+(client|tests)/',
  message: 'Server code imports nothing from client/ or tests/.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.data',
      '.scratch',
      'test-results',
      'client/dist',
      '**/__generated__',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(run|executeQuery)$/] > TemplateLiteral',
          message: 'Cypher comes from cypher/*.cypher files with $parameters, never from template strings.',
        },
      ],
    },
  },
  // The layers of ../shared/STYLE.md (docs/architecture.md), checked folder by folder. Imports
  // point one way: graphql -> features -> db, features -> analysis, jobs -> features; analysis
  // imports only graphology; only db/ imports neo4j-driver; only graphql/ imports Apollo, and only
  // the HTTP edge (http.ts) the HTTP framework. A relative import is judged by the folder of
  // server/ it climbs to: '../../graphql/paging.ts' from a feature is an import of graphql/.
  ...layers([
    ['server/*.ts', [noDriver, noApollo, noHttp, noClientOrTests], ['server/http.ts']],
    ['server/http.ts', [noDriver, noClientOrTests]],
    [
      'server/analysis/**/*.ts',
      [
        only(
          '\\./|graphology(-[a-z-]+)?$',
          'server/analysis/ is pure graphology code: graphology and its own folder only.',
        ),
      ],
    ],
    [
      'server/db/**/*.ts',
      [
        noApollo,
        noHttp,
        noClientOrTests,
        above(
          ['features', 'graphql', 'jobs', 'auth', 'audit', 'analysis', 'cli'],
          'server/db/ is the bottom layer.',
        ),
        root('server/db/'),
      ],
    ],
    [
      'server/features/**/*.ts',
      [
        noDriver,
        noApollo,
        noHttp,
        noClientOrTests,
        above(
          ['graphql', 'jobs', 'cli'],
          'features/ sit below graphql/ and jobs/; what both need lives in features/ (e.g. features/paging.ts).',
        ),
        root('features/'),
      ],
    ],
    [
      'server/auth/**/*.ts',
      [
        noDriver,
        noApollo,
        noHttp,
        noClientOrTests,
        above(
          ['features', 'graphql', 'jobs', 'audit', 'cli'],
          'server/auth/ sits below features, graphql and jobs.',
        ),
        root('server/auth/', ' (authenticate takes a TokenVerifier)'),
      ],
    ],
    [
      'server/audit/**/*.ts',
      [
        noDriver,
        noApollo,
        noHttp,
        noClientOrTests,
        above(['features', 'graphql', 'jobs', 'cli'], 'server/audit/ sits below features, graphql and jobs.'),
        root('server/audit/'),
      ],
    ],
    [
      'server/jobs/**/*.ts',
      [
        noDriver,
        noApollo,
        noHttp,
        noClientOrTests,
        above(['graphql', 'cli'], 'server/jobs/ is called by graphql/ and cli/, never the other way.'),
        root('server/jobs/'),
      ],
    ],
    [
      'server/graphql/**/*.ts',
      [
        noDriver,
        noHttp,
        noClientOrTests,
        above(['db', 'cli'], 'graphql/ reaches the database through features/ (graphql -> features -> db).'),
        {
          regex: '^(\\.\\./)+(http|main|startup)\\.ts$',
          message: 'graphql/ does not import the HTTP edge or main.ts.',
        },
      ],
    ],
    [
      'server/cli/**/*.ts',
      [
        noDriver,
        noApollo,
        noHttp,
        noClientOrTests,
        above(['graphql'], 'The CLI calls features and jobs, not graphql/.'),
      ],
    ],
    [
      'client/**/*.{ts,tsx}',
      [
        above(
          ['server', 'tests', 'cypher'],
          'The client imports nothing from the server: the GraphQL schema is the contract.',
        ),
        {
          group: ['neo4j-driver', 'neo4j-driver-*', '@apollo/server', '@apollo/server/*'],
          message: 'The client imports no server package.',
        },
      ],
    ],
  ]),
);

/** One `no-restricted-imports` per folder (a later rule for the same file would replace, not add). */
function layers(folders) {
  return folders.map(([glob, patterns, ignores = []]) => ({
    files: [glob],
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  }));
}

/** Relative imports that climb into one of `dirs` (of server/, or of the repository). */
function above(dirs, message) {
  return { regex: `^(\\.\\./)+(${dirs.join('|')})/`, message };
}

/** The composition root (services.ts, http.ts, main.ts, startup.ts) is reached by nothing below it. */
function root(who, why = '') {
  return {
    regex: '^(\\.\\./)+(services|http|main|startup)\\.ts$',
    message: `${who} does not import the composition root: take what is needed as an argument${why}.`,
  };
}

/** Every import that does not match `allowed` (a regex anchored at the start). */
function only(allowed, message) {
  return { regex: `^(?!(${allowed}))`, message };
}
