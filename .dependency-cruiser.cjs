// Dependency rules for lib/ (issue 14): one direction, top imports bottom, and no cycle between folders.
// Layers, top to bottom: edges → modes → checkout → sessions → payments → discounts → merchant webhooks,
// objects, merchants → base. Tests are left out: they may reach across layers and into test-support/.
const EDGES = 'merchant-api|dashboard|auth|demo|boot|jobs|instances';
const MODES = 'hosted|links|embed';
const BASE =
  'core|stripe|db|ids|money|http|env|net|api-keys|observability|rate-limits|lifecycle|i18n|customer-details|line-items|recovery';
const lib = (folders) => `^lib/(${folders})/`;

/** A rule forbidding the folders of one layer to import those of the layers above it. */
const below = (name, folders, upward) => ({
  name,
  severity: 'error',
  comment: `lib/{${folders}} sits below lib/{${upward}} and must not import it (see README, Architecture).`,
  from: { path: lib(folders) },
  to: { path: lib(upward) },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle-in-lib',
      severity: 'error',
      comment: 'Folders under lib/ must not import each other in a cycle, directly or through other folders.',
      scope: 'folder',
      from: { path: '^lib/' },
      to: { path: '^lib/', circular: true },
    },
    below('modes-below-edges', MODES, EDGES),
    below('checkout-below-modes', 'checkout', `${MODES}|${EDGES}`),
    below('sessions-below-checkout', 'sessions', `checkout|${MODES}|${EDGES}`),
    below('payments-below-sessions', 'payments', `sessions|checkout|${MODES}|${EDGES}`),
    below('discounts-below-payments', 'discounts', `payments|sessions|checkout|${MODES}|${EDGES}`),
    below(
      'objects-and-outbox-below-discounts',
      'merchant-webhooks|objects|merchants',
      `discounts|payments|sessions|checkout|${MODES}|${EDGES}`,
    ),
    below(
      'base-at-the-bottom',
      BASE,
      `merchant-webhooks|objects|merchants|discounts|payments|sessions|checkout|${MODES}|${EDGES}`,
    ),
    {
      name: 'lib-not-to-sandbox',
      severity: 'error',
      comment: 'The Stripe sandbox is its own program (workspace package); the app talks to it over HTTP only.',
      from: { path: '^lib/' },
      to: { path: '^sandbox/|@tillpoint/stripe-sandbox' },
    },
    {
      name: 'lib-not-to-test-support',
      severity: 'error',
      comment: 'test-support/ is for tests (*.test.ts) only.',
      from: { path: '^lib/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test-support/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^lib/generated/', '\\.test\\.tsx?$', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
