import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const repoRoot = import.meta.dirname;

/** Repo-relative, '/'-separated; null outside the repository. */
function repoPath(absolute) {
  const relative = path.relative(repoRoot, absolute);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

/**
 * Where an import lands, as a repo path: relative specifiers resolved against the importing
 * file, workspace packages (`@zhiping/shared/api/auth`) mapped to their `src/` (the `./*`
 * export of each package). null for anything else (npm packages, Node built-ins).
 */
function importTarget(filename, specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    return repoPath(path.resolve(path.dirname(filename), specifier));
  }
  const workspace = /^@zhiping\/([^/]+)(?:\/(.+))?$/.exec(specifier);
  if (workspace === null) return null;
  const [, name, subpath] = workspace;
  return subpath === undefined ? `${name}/src/index.ts` : `${name}/src/${subpath}.ts`;
}

const isNodeBuiltin = (specifier) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

const WEB_FEATURE = /^web\/src\/features\/([^/]+)\//;
const WEB_LAYER = /^web\/src\/([^/]+)\//;
const SERVER_MODULE = /^server\/src\/modules\/([^/]+)(?:\/(.+))?$/;
/** The one file of a module that other code may import (a folder import resolves to it). */
const MODULE_PUBLIC_FILE = /^(?:index(?:\.ts)?)?$/;
/** The registry (modules/index.ts) mounts each module's route plugins. */
const MODULE_ROUTES_FILE = /^(?:[a-z-]+-)?routes\.ts$/;

/**
 * The design's layering (docs/architecture.md, "Lint rules"): shared ← server, shared ← web;
 * inside web shared code → features → app with no feature importing another; inside the
 * server a module is entered through its index.ts. Checks where every import, export-from,
 * import() and import('…') type lands, however the specifier is spelled.
 */
const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay inside the layering of the design.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            description:
              'Known exceptions: [from, to], `from` a file or a folder ending in "/", `to` a file.',
            type: 'array',
            items: {
              type: 'array',
              items: { type: 'string' },
              minItems: 2,
              maxItems: 2,
            },
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      sharedImportsApp:
        'shared/ is imported by both the server and the browser: it may not import {{target}}.',
      sharedNodeApi: 'shared/ runs in the browser too: no Node API ("{{specifier}}").',
      webOutside: 'web/ imports only its own code and @zhiping/shared, not {{target}}.',
      webCrossFeature:
        'features/{{from}} may not import features/{{to}} ({{target}}): move what both need to web/src/components or web/src/lib.',
      webLayer:
        'Imports in web/src flow shared code → features → app: {{from}}/ may not import {{to}}/ ({{target}}).',
      moduleInternals:
        '{{target}} is internal to the {{module}} module: import server/src/modules/{{module}}/index.ts.',
    },
  },
  create(context) {
    const file = repoPath(context.filename);
    if (file === null) return {};
    const allow = context.options[0]?.allow ?? [];
    const allowed = (target) =>
      allow.some(
        ([from, to]) =>
          to === target && (from.endsWith('/') ? file.startsWith(from) : file === from),
      );

    const check = (node, specifier) => {
      const target = importTarget(context.filename, specifier);
      const report = (messageId, data = {}) =>
        context.report({ node, messageId, data: { target, specifier, ...data } });

      if (file.startsWith('shared/')) {
        if (isNodeBuiltin(specifier)) report('sharedNodeApi');
        else if (target !== null && !target.startsWith('shared/')) report('sharedImportsApp');
        return;
      }
      if (target === null || allowed(target)) return;

      if (file.startsWith('web/')) {
        if (!target.startsWith('web/')) {
          if (!target.startsWith('shared/') || !specifier.startsWith('@zhiping/shared')) {
            report('webOutside');
          }
          return;
        }
        const fromFeature = WEB_FEATURE.exec(file)?.[1];
        const toFeature = WEB_FEATURE.exec(target)?.[1];
        if (fromFeature !== undefined && toFeature !== undefined && fromFeature !== toFeature) {
          report('webCrossFeature', { from: fromFeature, to: toFeature });
          return;
        }
        // app/ may import anything in web/src; features/ not app/; the rest neither.
        const fromLayer = WEB_LAYER.exec(file)?.[1];
        const toLayer = WEB_LAYER.exec(target)?.[1];
        const rank = (layer) => (layer === 'app' ? 2 : layer === 'features' ? 1 : 0);
        if (fromLayer !== undefined && toLayer !== undefined && rank(toLayer) > rank(fromLayer)) {
          report('webLayer', { from: fromLayer, to: toLayer });
        }
        return;
      }

      if (file.startsWith('server/src/')) {
        const into = SERVER_MODULE.exec(target);
        if (into === null) return;
        const [, module, inside = ''] = into;
        if (SERVER_MODULE.exec(file)?.[1] === module) return;
        if (MODULE_PUBLIC_FILE.test(inside)) return;
        if (file === 'server/src/modules/index.ts' && MODULE_ROUTES_FILE.test(inside)) return;
        report('moduleInternals', { module });
      }
    };

    const literal = (source) =>
      source?.type === 'Literal' && typeof source.value === 'string' ? source.value : null;
    const visit = (node, source) => {
      const specifier = literal(source);
      if (specifier !== null) check(node, specifier);
    };
    return {
      ImportDeclaration: (node) => visit(node, node.source),
      ExportNamedDeclaration: (node) => visit(node, node.source),
      ExportAllDeclaration: (node) => visit(node, node.source),
      ImportExpression: (node) => visit(node, node.source),
      TSImportType: (node) => visit(node, node.source ?? node.argument?.literal),
    };
  },
};

const PROCESS_ENV_MESSAGE =
  'Only server/src/config.ts reads process.env (through its zod schema); take the value from the config passed in. The browser reads import.meta.env.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'migrations/**',
      'test-results/**',
      'coverage/**',
      'scripts/*.mjs',
      'server/build.mjs',
      'server/src/**/*.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      eqeqeq: ['error', 'smart'],
      // Fastify plugins are async by contract even when they register synchronously.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['{shared,server,web}/src/**/*.{ts,tsx}'],
    plugins: { zhiping: { rules: { 'import-boundaries': importBoundaries } } },
    rules: {
      'zhiping/import-boundaries': [
        'error',
        {
          allow: [
            // Crossings between web features that predate the rule. Each goes once the piece
            // both use moves to web/src/components or web/src/lib; do not add to this list.
            [
              'web/src/features/questionnaire/routes/questionnaire.tsx',
              'web/src/features/quick-scan/api/quick-scan.ts',
            ],
            [
              'web/src/features/questionnaire/routes/questionnaire.tsx',
              'web/src/features/quick-scan/components/questionnaire-guide.tsx',
            ],
            [
              'web/src/features/questionnaire/routes/questionnaire.tsx',
              'web/src/features/quick-scan/outline-order.ts',
            ],
            [
              'web/src/features/quick-scan/outline-order.ts',
              'web/src/features/questionnaire/outline.ts',
            ],
            [
              'web/src/features/report/routes/report.tsx',
              'web/src/features/quick-scan/components/report-beside.tsx',
            ],
            // Server modules reaching into another module's files, from before index.ts was
            // each module's public surface. Each goes once the target module has an index.ts
            // exporting what is used (as benchmarks/ and scoring/ do); do not add to this list.
            [
              'server/src/modules/admin-users/',
              'server/src/modules/admin-versions/document-issues.ts',
            ],
            ['server/src/modules/admin-users/', 'server/src/modules/auth/views.ts'],
            [
              'server/src/modules/standards/',
              'server/src/modules/admin-versions/document-issues.ts',
            ],
            ['server/src/modules/assessments/', 'server/src/modules/quick-scan/origin.ts'],
            ['server/src/modules/quick-scan/', 'server/src/modules/assessments/access.ts'],
            ['server/src/modules/quick-scan/', 'server/src/modules/assessments/reopened.ts'],
            ['server/src/modules/quick-scan/', 'server/src/modules/assessments/service.ts'],
            ['server/src/modules/reports/', 'server/src/modules/assessments/access.ts'],
            ['server/src/modules/reports/', 'server/src/modules/assessments/repository.ts'],
            ['server/src/modules/reports/', 'server/src/modules/assessments/views.ts'],
            ['server/src/modules/reviews/', 'server/src/modules/assessments/access.ts'],
            ['server/src/modules/reviews/', 'server/src/modules/assessments/repository.ts'],
            ['server/src/modules/reviews/', 'server/src/modules/assessments/views.ts'],
          ],
        },
      ],
      // Real checks instead (shared/src/invariant.ts); tests, scripts and seeds may assert.
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: PROCESS_ENV_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.property.name='process'][property.name='env']",
          message: PROCESS_ENV_MESSAGE,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['process', 'node:process'].map((name) => ({
            name,
            importNames: ['env'],
            message: PROCESS_ENV_MESSAGE,
          })),
        },
      ],
    },
  },
  {
    // The one reader of the environment.
    files: ['server/src/config.ts'],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-syntax': 'off',
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx', 'scripts/**/*.ts', 'seeds/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
