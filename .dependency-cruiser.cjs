// `npm run check` (depcruise): the import rules of DESIGN §1 that lint cannot see.
// Type-only imports count: a layer that names another's types depends on it.

/** Interfaces the outside world implements for the use cases: adapters may import these from app/. */
const PORTS = ['^src/app/io\\.ts$', '^src/app/init/prompter\\.ts$'];

/**
 * Known exceptions, to be removed when the view model moves to where both its builders and its
 * renderers can import it without going up (issue 15): these renderers and the `today` cache
 * import `src/app/plan-view-model.ts`. No other adapter may, and these may import nothing else.
 */
const VIEW_MODEL_IMPORTERS = [
  '^src/adapters/plan-cache/today-cache-entry\\.ts$',
  '^src/adapters/plan-cache/write-today-cache\\.ts$',
  '^src/adapters/render/category-style\\.ts$',
  '^src/adapters/render/render-agenda\\.ts$',
  '^src/adapters/render/render-template\\.ts$',
  '^src/adapters/render/render-text\\.ts$',
  '^src/adapters/render/render-today\\.ts$',
  '^src/adapters/render/render-week-grid\\.ts$',
];

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
      from: { path: '^src/adapters/', pathNot: VIEW_MODEL_IMPORTERS },
      to: { path: '^src/app/', pathNot: PORTS },
    },
    {
      name: 'adapters-not-into-app-known',
      severity: 'error',
      comment: 'The known exceptions may import the view model and the ports, nothing else of app/.',
      from: { path: VIEW_MODEL_IMPORTERS },
      to: { path: '^src/app/', pathNot: [...PORTS, '^src/app/plan-view-model\\.ts$'] },
    },
    {
      name: 'domain-not-outward',
      severity: 'error',
      comment: 'The domain is pure: it imports nothing of app/, adapters/ or commands/.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(app|adapters|commands)/|^src/cli\\.ts$|^src/main\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
