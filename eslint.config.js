// Lint: typescript-eslint's recommended rules, plus the import boundaries of DESIGN.md
// (one-way flow; platform and queue libraries imported only where they belong).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const PLATFORM_LIBS = {
  grammy: 'only src/channels/telegram imports grammY',
  '@grammyjs/runner': 'only src/channels/telegram imports grammY',
  '@whiskeysockets/baileys': 'only src/channels/whatsapp imports Baileys',
  bullmq: 'only src/jobs imports BullMQ',
  ioredis: 'only src/jobs talks to Redis',
};

/** Each area of src: what it may not import (folders, and libraries by name). */
const areas = [
  { files: ['src/core/**'], regex: '^\\.\\./', libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'core imports nothing from the rest of src' },
  { files: ['src/parser/**'], regex: '^\\.\\./(?!core/)', libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'the parser is pure: it imports only core' },
  { files: ['src/parser/*/**'], regex: '^\\.\\./\\.\\./(?!core/)', libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'the parser is pure: it imports only core' },
  { files: ['src/db/**'], forbid: ['**/modules/**', '**/conversation/**', '**/channels/**', '**/jobs/**', '**/parser/**'], libs: Object.keys(PLATFORM_LIBS), why: 'db knows only core' },
  { files: ['src/modules/**'], forbid: ['**/conversation/**', '**/channels/**', '**/jobs/**', '**/parser/**'], libs: Object.keys(PLATFORM_LIBS), why: 'modules import only core and db' },
  { files: ['src/conversation/**'], forbid: ['**/channels/**', '**/jobs/**'], libs: Object.keys(PLATFORM_LIBS), why: 'the conversation knows no platform and no queue' },
  { files: ['src/channels/telegram/**'], forbid: ['**/db/**', '**/modules/**', '**/conversation/**', '**/jobs/**', '**/parser/**'], libs: ['@whiskeysockets/baileys', 'bullmq', 'ioredis', 'kysely', 'pg'], why: 'channels know only their platform and core' },
  { files: ['src/channels/whatsapp/**'], forbid: ['**/modules/**', '**/conversation/**', '**/jobs/**', '**/parser/**'], libs: ['grammy', '@grammyjs/runner', 'bullmq', 'ioredis'], why: 'channels know only their platform and core' },
  { files: ['src/channels/*.ts', 'src/channels/console/**'], forbid: ['**/db/**', '**/modules/**', '**/conversation/**', '**/jobs/**', '**/parser/**'], libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'channels know only their platform and core' },
  { files: ['src/health/**'], regex: '^\\.\\./(?!core/)', libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'health checks get their probes from the composition root: they import only core' },
  { files: ['src/web/**'], forbid: ['**/channels/**', '**/jobs/**', '**/parser/**'], libs: Object.keys(PLATFORM_LIBS).concat(['kysely', 'pg']), why: 'the web console calls module services: no platform, queue or SQL' },
  { files: ['src/jobs/**'], forbid: ['**/channels/*/**'], libs: ['grammy', '@grammyjs/runner', '@whiskeysockets/baileys'], why: "jobs use the channels' common interface only" },
  { files: ['src/*.ts', 'src/cli/**'], forbid: [], libs: ['grammy', '@grammyjs/runner', '@whiskeysockets/baileys', 'bullmq'], why: 'composition goes through the layers' },
];

/**
 * Each table has one owning module (written next to it in src/db/schema.ts); only that module's
 * repository queries it, and everyone else calls the repository's functions. So query builders
 * and raw `sql` appear only in repositories, in src/db (the connection, the schema) and in migrations.
 * tests/** is left out on purpose: tests set up and inspect a real Postgres with plain SQL.
 */
const QUERY_BUILDERS = ['selectFrom', 'insertInto', 'updateTable', 'deleteFrom', 'replaceInto', 'mergeInto', 'with', 'selectNoFrom', 'executeQuery'];
const BUILDER_NAMES = `/^(${QUERY_BUILDERS.join('|')})$/`;
// A module's repositories, the benchmarks' seeding repository, the db layer and migrations.
const QUERIES_LIVE_IN = ['src/modules/**/*.repository.ts', 'bench/support/*.repository.ts', 'src/db/**', 'migrations/**'];
const QUERIES_ONLY_IN_REPOSITORIES = "SQL lives in the owning module's *.repository.ts (or src/db, migrations): call that module's functions";

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Migrations are written against Kysely<any> on purpose: they are frozen history.
  { files: ['migrations/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  ...areas.map((area) => ({
    files: area.files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: area.libs.map((name) => ({ name, message: PLATFORM_LIBS[name] ?? area.why })),
          patterns: area.regex
            ? [{ regex: area.regex, message: area.why }]
            : area.forbid.length
              ? [{ group: area.forbid, message: area.why }]
              : [],
        },
      ],
    },
  })),
  {
    files: ['src/**/*.ts', 'bench/**/*.ts'],
    ignores: QUERIES_LIVE_IN,
    rules: {
      'no-restricted-syntax': [
        'error',
        // db.selectFrom(…), db['selectFrom'](…), and a destructured ({ selectFrom }) => selectFrom(…).
        { selector: `CallExpression > MemberExpression.callee[property.name=${BUILDER_NAMES}]`, message: QUERIES_ONLY_IN_REPOSITORIES },
        { selector: `CallExpression > MemberExpression.callee[computed=true][property.value=${BUILDER_NAMES}]`, message: QUERIES_ONLY_IN_REPOSITORIES },
        { selector: `CallExpression > Identifier.callee[name=${BUILDER_NAMES}]`, message: QUERIES_ONLY_IN_REPOSITORIES },
        // `import * as k from 'kysely'` would reach k.sql by another name.
        { selector: "ImportDeclaration[source.value='kysely'][importKind!='type'] > ImportNamespaceSpecifier", message: QUERIES_ONLY_IN_REPOSITORIES },
        // no-restricted-imports is taken by the areas above (a later config would replace it), so the
        // raw-SQL tag is caught here: `import { sql } from 'kysely'`.
        { selector: "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']", message: QUERIES_ONLY_IN_REPOSITORIES },
      ],
    },
  },
);
