// `npm run check` (depcruise): the import rules of DESIGN §1 that lint cannot see.
// Type-only imports count: a layer that names another's types depends on it.
// Layers, lowest first: domain → view → adapters → app → commands → cli/main. Each imports only
// from below it; the one way up is an adapter implementing one of app/'s ports. No exceptions.

/** Interfaces the outside world implements for the use cases: adapters may import these from app/. */
const PORTS = ['^src/app/io\\.ts$', '^src/app/init/prompter\\.ts$'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles: each module sits above or below another, never both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'adapters-not-into-app',
      severity: 'error',
      comment: 'Adapters serve the use cases; they import app/ only for its ports (DESIGN §1).',
      from: { path: '^src/adapters/' },
      to: { path: '^src/app/', pathNot: PORTS },
    },
    {
      name: 'adapters-not-into-commands',
      severity: 'error',
      comment: 'Adapters sit below the commands and the command line.',
      from: { path: '^src/adapters/' },
      to: { path: '^src/commands/|^src/cli\\.ts$|^src/main\\.ts$' },
    },
    {
      name: 'app-no-file-system',
      severity: 'error',
      comment: 'Use cases read and write files through src/adapters/files, never node:fs themselves.',
      from: { path: '^src/app/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'view-not-outward',
      severity: 'error',
      comment: 'The view model is pure and sits between the domain and the renderers: it imports only the domain.',
      from: { path: '^src/view/' },
      to: { path: '^src/(app|adapters|commands)/|^src/cli\\.ts$|^src/main\\.ts$' },
    },
    {
      name: 'domain-not-outward',
      severity: 'error',
      comment: 'The domain is pure: it imports nothing of view/, app/, adapters/ or commands/.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(view|app|adapters|commands)/|^src/cli\\.ts$|^src/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
