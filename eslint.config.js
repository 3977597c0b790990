import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['server/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['neo4j-driver', '../db/*', '../features/*'] }],
    },
  },
);
