// Every commit convention the draft reads, one table per style. The messages are written for these tests in
// the styles seen on real histories; each row says which section the commit lands in and the words the client reads.
import assert from 'node:assert/strict';
import { onlyInternalFiles } from '../../../src/core/draft/internalFiles';
import { DEFAULT_NOISE_TYPES } from '../../../src/core/draft/parse';
import { selectCommits } from '../../../src/core/draft/select';
import { DEFAULT_TICKET_PATTERNS, stripInternalIds, ticketMatchers } from '../../../src/core/draft/tidy';
import { aCommit, checkConventions } from './draftHelpers';

const noise = new Set(DEFAULT_NOISE_TYPES);
const tickets = ticketMatchers(DEFAULT_TICKET_PATTERNS);

describe('draft conventions: conventional commits', () => {
  checkConventions([
    ['feat: add coupon field to the cart page', 'feature', 'Add coupon field to the cart page'],
    ['feat(checkout): show a delivery estimate', 'feature', 'Show a delivery estimate'],
    ['feat!: require a postcode at checkout', 'feature', 'Require a postcode at checkout'],
    ['feat(api)!: drop the v1 routes', 'feature', 'Drop the v1 routes'],
    ['feature: saved carts for signed-in customers', 'feature', 'Saved carts for signed-in customers'],
    ['perf: search answers in under 200 ms', 'feature', 'Search answers in under 200 ms'],
    ['perf(pdf): invoices render twice as fast', 'feature', 'Invoices render twice as fast'],
    ['fix: rounding error on VAT totals', 'fix', 'Rounding error on VAT totals'],
    ['fix(cart): empty cart no longer crashes the page', 'fix', 'Empty cart no longer crashes the page'],
    ['fix!: reject expired coupons at payment', 'fix', 'Reject expired coupons at payment'],
    ['bugfix: login redirect loop on Safari', 'fix', 'Login redirect loop on Safari'],
    ['hotfix: payment page blank after 3-D Secure', 'fix', 'Payment page blank after 3-D Secure'],
    ['Fix: session expired too early', 'fix', 'Session expired too early'],
    ['FEAT: export invoices as CSV', 'feature', 'Export invoices as CSV'],
    ['fix(docs): typo in the install guide', 'noise'],
    ['fix(deps): update dependency express to v4.21.2', 'noise'],
    ['fix(test): flaky checkout spec', 'noise'],
    ['fix(ci): cache node modules', 'noise'],
    ['feat(deps): bump stripe sdk', 'noise'],
    ['feat(tests): cover the refund path', 'noise'],
    ['deps: bump lodash to 4.17.21', 'noise'],
    ['deps(dev): update eslint', 'noise'],
    ['cleanup: remove dead code in the cart', 'noise'],
    ['cleanup(checkout): unused helpers', 'noise'],
    ['chore: bump eslint', 'noise'],
    ['chore(deps): update typescript to 5.6', 'noise'],
    ['chore(release): 2.3.1', 'noise'],
    ['ci: run tests on Node 22', 'noise'],
    ['build: switch to esbuild', 'noise'],
    ['build(deps): bump vite from 5.4.1 to 5.4.8', 'noise'],
    ['test: edge cases of the coupon rules', 'noise'],
    ['tests: cover empty carts', 'noise'],
    ['style: prettier on src/', 'noise'],
    ['refactor: extract the PDF renderer', 'noise'],
    ['refactor(api)!: rename internal handlers', 'noise'],
    ['docs: explain the export format', 'noise'],
    ['doc: README badges', 'noise'],
    ['release: 4.2.0', 'noise'],
    ['lint: fix warnings', 'noise'],
    ['typo: checkout label', 'noise'],
    ['feat: add coupon field (#1234)', 'feature', 'Add coupon field'],
    ['fix(invoices): PROJ-123 rounding error :bug:', 'fix', 'Rounding error'],
    ['feat: faster search ✨', 'feature', 'Faster search'],
  ]);
});

describe('draft conventions: mailing-list areas (the word after the colon decides)', () => {
  checkConventions([
    ['net: fix a race when closing sockets', 'fix', 'Fix a race when closing sockets'],
    ['net: add support for multipath routes', 'feature', 'Add support for multipath routes'],
    ['mm: add a per-node reclaim knob', 'feature', 'Add a per-node reclaim knob'],
    ['mm, slab: fix a double free on cache teardown', 'fix', 'Fix a double free on cache teardown'],
    ['drm/i915: Fix flicker on external displays', 'fix', 'Fix flicker on external displays'],
    ['drm/amdgpu: add support for the new display engine', 'feature', 'Add support for the new display engine'],
    ['builtin/log.c: fix --follow with renames', 'fix', 'Fix --follow with renames'],
    ['diff: teach --stat to show renames', 'feature', 'Teach --stat to show renames'],
    ['revision: fixed off-by-one in --max-count', 'fix', 'Fixed off-by-one in --max-count'],
    ['pack-objects: reduce memory on large repositories', 'feature', 'Reduce memory on large repositories'],
    ['config: correct parsing of quoted values', 'fix', 'Correct parsing of quoted values'],
    ['http: resolve proxy credentials from the environment', 'fix', 'Resolve proxy credentials from the environment'],
    ['checkout: show a delivery estimate', 'feature', 'Show a delivery estimate'],
    ['invoices: repair the PDF footer', 'fix', 'Repair the PDF footer'],
    ['ui: add a dark theme', 'feature', 'Add a dark theme'],
    ['security: fix token leak in logs', 'fix', 'Fix token leak in logs'],
    ['docs: describe the new flag', 'noise'],
    ['Documentation: fix typos in the merge guide', 'noise'],
    ['Documentation/git-log.txt: describe --follow', 'noise'],
    ['t: fix flaky test on slow machines', 'noise'],
    ['t/t4202: add a test for renames', 'noise'],
    ['t0001: cover init with templates', 'noise'],
    ['tests: add coverage for empty input', 'noise'],
    ['selftests/net: add a test for multipath', 'noise'],
    ['ci: run the full suite weekly', 'noise'],
    ['github: update the issue template', 'noise'],
    ['Makefile: add a lint target', 'noise'],
    ['meson: build the docs optionally', 'noise'],
    ['net: add tests for multipath routes', 'noise'],
    ['mm: fix typo in comment', 'noise'],
    ['arm64: dts: add the new board', 'feature', 'Add the new board'],
    ['arm64: dts: qcom: fix the UART clock', 'fix', 'Fix the UART clock'],
    ['net: hotfix: crash on close', 'fix', 'Crash on close'],
    ['net: fix: add tests for close', 'noise'],
    ['sched/fair: fix load balance on idle cores', 'fix', 'Fix load balance on idle cores'],
    ['http: plug a leak of the proxy credentials', 'fix', 'Plug a leak of the proxy credentials'],
    ['odb: avoid a crash on truncated packs', 'fix', 'Avoid a crash on truncated packs'],
    ['fs/ext4: add a mount option for lazy init', 'feature', 'Add a mount option for lazy init'],
    ['git-gui: fix the commit dialog on wide screens', 'fix', 'Fix the commit dialog on wide screens'],
    ['po: update the German translation', 'noise'],
  ]);
});

describe('draft conventions: ticket style', () => {
  checkConventions([
    ['Fixed #35000 -- Made QuerySet.update() respect ordering', 'fix', 'Made QuerySet.update() respect ordering'],
    ['Fixed #34999 -- Added support for composite primary keys', 'feature', 'Added support for composite primary keys'],
    ['Fixed #34998 -- Corrected the admin changelist filter', 'fix', 'Corrected the admin changelist filter'],
    ['Fixed #34997 -- Allowed custom date formats in forms', 'feature', 'Allowed custom date formats in forms'],
    ['Fixed #34996 -- Prevented a crash on empty uploads', 'fix', 'Prevented a crash on empty uploads'],
    [
      'Fixed #34995, #34994 -- Improved the error message for missing fields',
      'fix',
      'Improved the error message for missing fields',
    ],
    ['Fixed #34993 -- Added tests for the cache backend', 'noise'],
    ['Fixed #34992 -- Updated the docs for signals', 'noise'],
    ['Refs #34991 -- Added tests for the migration planner', 'noise'],
    ['Refs #34990 -- Removed the deprecated setting', 'feature', 'Removed the deprecated setting'],
    ['Refs #34989 -- Fixed the order of checks', 'fix', 'Fixed the order of checks'],
    ['Refs #34988 -- Refactored the query compiler', 'noise'],
    ['[3.2.x] Fixed #34987 -- Made the password reset link expire', 'fix', 'Made the password reset link expire'],
    ['[5.0.x] Fixed #34986 -- Added a check for duplicate names', 'feature', 'Added a check for duplicate names'],
    ['[4.2.x] Refs #34985 -- Corrected a docstring', 'noise'],
    ['Fixes #12 - crash when the cart is empty', 'fix', 'Crash when the cart is empty'],
    ['Closes #77: export invoices as CSV', 'fix', 'Export invoices as CSV'],
    ['Fix #40: login redirect loop', 'fix', 'Login redirect loop'],
    ['Resolved #15 -- Allowed guests to check out', 'feature', 'Allowed guests to check out'],
    ["Fixed #34984 -- Doc'd the new signal", 'noise'],
  ]);
});

// A trailing bracket does not decide the section, and stays in the text for the redaction, which removes it only
// when it names a person (draftRedactPeople.test.ts): `[Beta]` and `[mobile]` are the client's words.
describe('draft conventions: bracketed areas, backports and author suffixes', () => {
  checkConventions([
    ['Fix the router [Jane Doe]', 'fix', 'Fix the router [Jane Doe]'],
    ['Add saved carts [Jane Doe & John Smith]', 'feature', 'Add saved carts [Jane Doe & John Smith]'],
    ['Add saved carts [Jane Doe, John Smith]', 'feature', 'Add saved carts [Jane Doe, John Smith]'],
    ['Speed up the product list [jdoe]', 'feature', 'Speed up the product list [jdoe]'],
    ['Speed up the product list [@jdoe]', 'feature', 'Speed up the product list [@jdoe]'],
    ['Fix rounding in totals [Mary Ann Smith]', 'fix', 'Fix rounding in totals [Mary Ann Smith]'],
    ['Fix rounding in totals [Élodie Lefèvre]', 'fix', 'Fix rounding in totals [Élodie Lefèvre]'],
    ['Add CSV export [skip ci]', 'feature', 'Add CSV export'],
    ['[ci skip] Update the changelog', 'noise'],
    ['[checkout] Add a coupon field', 'feature', 'Add a coupon field'],
    ['[invoices] Fix the VAT rounding', 'fix', 'Fix the VAT rounding'],
    ['[7.1.x] Fix the router [Jane Doe]', 'fix', 'Fix the router [Jane Doe]'],
    ['Release 2.4.0 [Jane Doe]', 'noise'],
    ['[v2.3] Add a retry button', 'feature', 'Add a retry button'],
    ['Show arr[index] in the debugger', 'feature', 'Show arr[index] in the debugger'],
    ['Support the [data-id] selector', 'feature', 'Support the [data-id] selector'],
  ]);
});

describe('draft conventions: squash merges and untyped subjects', () => {
  checkConventions([
    ['Add coupon field (#1234)', 'feature', 'Add coupon field'],
    ['Fix login redirect loop (#1235)', 'fix', 'Fix login redirect loop'],
    ['Show a delivery estimate on the cart page (#88) (#90)', 'feature', 'Show a delivery estimate on the cart page'],
    ['Export invoices as PDF (!17)', 'feature', 'Export invoices as PDF'],
    ['Speed up search (PR #55)', 'feature', 'Speed up search'],
    ['Add tests for the coupon rules (#56)', 'noise'],
    ['Update README (#57)', 'noise'],
    ['Fix lock file', 'fix', 'Fix lock file'],
    ['Fix login redirect loop', 'fix', 'Fix login redirect loop'],
    ['Fixes crash when the cart is empty', 'fix', 'Fixes crash when the cart is empty'],
    ['Fixed the invoice footer', 'fix', 'Fixed the invoice footer'],
    ['Fixing the date filter', 'fix', 'Fixing the date filter'],
    ['Bug fix: totals off by one cent', 'fix', 'Bug fix: totals off by one cent'],
    ['Correct the VAT rate for Corsica', 'fix', 'Correct the VAT rate for Corsica'],
    ['Resolve a race in the payment callback', 'fix', 'Resolve a race in the payment callback'],
    ['Repair broken links in emails', 'fix', 'Repair broken links in emails'],
    ['Add invoice export', 'feature', 'Add invoice export'],
    ['Plug a memory leak in the export worker', 'fix', 'Plug a memory leak in the export worker'],
    ['Avoid closing the payment stream twice', 'fix', 'Avoid closing the payment stream twice'],
    ['Prevent double charges on retry', 'fix', 'Prevent double charges on retry'],
    ['Null pointer dereference when the cart is empty', 'fix', 'Null pointer dereference when the cart is empty'],
    ['Handle a race between refund and capture', 'fix', 'Handle a race between refund and capture'],
    ['Add crash reporting to the mobile site', 'feature', 'Add crash reporting to the mobile site'],
    ['Allow guests to check out', 'feature', 'Allow guests to check out'],
    ['Speed up the product list', 'feature', 'Speed up the product list'],
    ['Format prices in euros', 'feature', 'Format prices in euros'],
    ['Merge duplicate customer accounts', 'feature', 'Merge duplicate customer accounts'],
    ['Add spec sheet download to product pages', 'feature', 'Add spec sheet download to product pages'],
    ['Add test-mode payments for the sandbox', 'feature', 'Add test-mode payments for the sandbox'],
    ['Add comments to orders', 'feature', 'Add comments to orders'],
    ['Add test for coupon expiry', 'noise'],
    ['Fix incorrect documentation', 'noise'],
    ['Fix outdated docs for the coupon API', 'noise'],
    ['RDoc to Markdown in the invoice helpers', 'noise'],
    ['Fix incorrect totals on refunds', 'fix', 'Fix incorrect totals on refunds'],
    ['Add outdated-browser banner', 'feature', 'Add outdated-browser banner'],
    ['add test showing existing behavior', 'noise'],
    ['Add a new test that overrides the proxy variable', 'noise'],
    ['Add test cases for refunds', 'noise'],
    ['Add test helpers for the cart', 'noise'],
    ['Add tests', 'noise'],
    ['Add a test for the empty cart', 'noise'],
    ['Add more unit tests for totals', 'noise'],
    ['Fix flaky test', 'noise'],
    ['Fix typo in checkout', 'noise'],
    ['Fix typos', 'noise'],
    ['Rewrite tests for the router', 'noise'],
    ['Update docs', 'noise'],
    ['Update the documentation for the API', 'noise'],
    ['Improve docstrings in the cart module', 'noise'],
    ['Tests for the refund flow', 'noise'],
    ['Test the payment flow against the sandbox', 'noise'],
    ['Docs: new section on exports', 'noise'],
    ['README tweaks', 'noise'],
    ['Typo', 'noise'],
    ['Refactor the PDF renderer', 'noise'],
    ['Cleanup old migrations', 'noise'],
    ['Clean up the cart module', 'noise'],
    ['Reformat with prettier', 'noise'],
    ['Formatting', 'noise'],
    ['Lint', 'noise'],
    ['WIP retry logic', 'noise'],
    ['Merge branch main into feature/coupons', 'noise'],
    ['Merge remote-tracking branch origin/main', 'noise'],
    ['Update dependencies', 'noise'],
    ['Upgrade deps', 'noise'],
    ['Update changelog', 'noise'],
    ['Changelog for 4.2', 'noise'],
    ['Removed unused imports', 'noise'],
    ['Remove dead code in the cart', 'noise'],
    ['Remove the legacy checkout page', 'feature', 'Remove the legacy checkout page'],
  ]);
});

describe('draft conventions: version bumps and releases are hidden', () => {
  checkConventions([
    ['Router@^2.2.0', 'noise'],
    ['@acme/router@2.2.0', 'noise'],
    ['router@~1.4.2-beta.1', 'noise'],
    ['v2.3.1', 'noise'],
    ['2.3.1', 'noise'],
    ['v4.0.0-rc.1', 'noise'],
    ['Bump x from 1 to 2', 'noise'],
    ['Bump lodash from 4.17.20 to 4.17.21 in /web', 'noise'],
    ['Bump version to 2.3.1', 'noise'],
    ['Release 4.2', 'noise'],
    ['Release v4.2.0', 'noise'],
    ['Releasing 4.2.1', 'noise'],
    ['Prepare 4.2 release', 'noise'],
    ['Prepare for the release of 4.2', 'noise'],
    ['Version 4.2.0', 'noise'],
    ['Versión 4.2.0', 'noise'],
    ['chore(release): v2.3.1 [skip ci]', 'noise'],
    ['Git 2.48', 'noise'],
    ['Portal 4.2.0-rc1', 'noise'],
    ['Start 2.49 cycle', 'noise'],
  ]);
});

describe('draft conventions: French, Spanish and German wording', () => {
  checkConventions([
    ['Corrige le calcul des remises', 'fix', 'Corrige le calcul des remises'],
    ['Corrigé : le total TTC était arrondi deux fois', 'fix', 'Corrigé : le total TTC était arrondi deux fois'],
    ['Correction du filtre de dates', 'fix', 'Correction du filtre de dates'],
    ['Répare le lien de paiement dans les e-mails', 'fix', 'Répare le lien de paiement dans les e-mails'],
    ['Résout un blocage au paiement', 'fix', 'Résout un blocage au paiement'],
    ['Ajoute le paiement en trois fois', 'feature', 'Ajoute le paiement en trois fois'],
    ['Ajout de l’export des factures', 'feature', 'Ajout de l’export des factures'],
    ['Affiche un délai de livraison estimé', 'feature', 'Affiche un délai de livraison estimé'],
    ['Ajoute des tests pour les codes promo', 'noise'],
    ['Ajout de tests unitaires', 'noise'],
    ['Mise à jour de la documentation', 'noise'],
    ['Corrige une faute de frappe dans le panier', 'noise'],
    ['Corrige le panier pour #17857', 'fix', 'Corrige le panier'],
    ['Corrige el filtro de fechas', 'fix', 'Corrige el filtro de fechas'],
    ['Arregla el cálculo del IVA', 'fix', 'Arregla el cálculo del IVA'],
    ['Arreglado el pago con tarjeta', 'fix', 'Arreglado el pago con tarjeta'],
    ['Soluciona un error al exportar facturas', 'fix', 'Soluciona un error al exportar facturas'],
    ['Corrección del total con descuento', 'fix', 'Corrección del total con descuento'],
    ['Añade la exportación de facturas', 'feature', 'Añade la exportación de facturas'],
    ['Agrega un botón de reintento', 'feature', 'Agrega un botón de reintento'],
    ['Añade pruebas para el carrito', 'noise'],
    ['Actualiza la documentación', 'noise'],
    ['Arregla el carrito para #17857', 'fix', 'Arregla el carrito'],
    ['Behebt Absturz beim Login', 'fix', 'Behebt Absturz beim Login'],
    ['Behoben: doppelte Rechnungen im Export', 'fix', 'Doppelte Rechnungen im Export'],
    ['Absturz beim Bezahlen behoben', 'fix', 'Absturz beim Bezahlen behoben'],
    ['Rundung der Mehrwertsteuer korrigiert', 'fix', 'Rundung der Mehrwertsteuer korrigiert'],
    ['Korrigiert die Rundung der Summen', 'fix', 'Korrigiert die Rundung der Summen'],
    ['Fügt den CSV-Export hinzu', 'feature', 'Fügt den CSV-Export hinzu'],
    ['Fügt Tests hinzu', 'noise'],
    ['Tests für den Warenkorb hinzugefügt', 'noise'],
    ['Dokumentation aktualisiert', 'noise'],
    ['Tippfehler im Warenkorb korrigiert', 'noise'],
    ['Behebt den Warenkorb für #17857', 'fix', 'Behebt den Warenkorb'],
  ]);
});

describe('draft conventions: a commit whose files are all tests, docs, CI or tooling is internal', () => {
  const cases: [files: string[], internal: boolean][] = [
    [['test/checkout.test.ts'], true],
    [['tests/unit/cart_spec.rb'], true],
    [['src/__tests__/cart.js'], true],
    [['pkg/cart/cart_test.go'], true],
    [['src/cart.test.ts', 'src/cart.spec.ts'], true],
    [['spec/models/order_spec.rb'], true],
    [['docs/export.md', 'README.md'], true],
    [['Documentation/RelNotes/2.48.0.txt'], true],
    [['.github/workflows/ci.yml'], true],
    [['.gitlab-ci.yml'], true],
    [['.circleci/config.yml'], true],
    [['Makefile'], true],
    [['package-lock.json'], true],
    [['yarn.lock', 'pnpm-lock.yaml'], true],
    [['Gemfile.lock'], true],
    [['go.sum'], true],
    [['.editorconfig', '.vscode/settings.json'], true],
    [['.eslintrc.cjs', 'tsconfig.build.json'], true],
    [['t/t4202-log.sh'], true],
    [['CHANGELOG.md', 'CONTRIBUTING.md'], true],
    [['ruff.toml', '.pre-commit-config.yaml', 'uv.lock'], true],
    [['biome.json', '.prettierignore'], true],
    [['src/checkout/cart.ts'], false],
    [['src/checkout/cart.ts', 'test/checkout.test.ts'], false],
    [['package.json'], false],
    [['public/robots.txt'], false],
    [['src/testimonials/list.ts'], false],
    [[], false],
  ];
  for (const [files, internal] of cases) {
    it(`${JSON.stringify(files)} → ${internal ? 'internal' : 'client-facing'}`, () => {
      assert.equal(onlyInternalFiles(files), internal);
      const s = selectCommits([aCommit('feat: add a coupon field', { files })], noise);
      assert.equal(s.visible.length, internal ? 0 : 1);
      if (internal) assert.equal([...s.hidden.values()][0], 'internal');
    });
  }

  it('keeps a Client-Note even on docs: the author said the client should read it', () => {
    const commit = aCommit('docs: user guide', {
      files: ['docs/guide.md'],
      body: 'Client-Note: The user guide now covers invoice export.',
    });
    assert.equal(selectCommits([commit], noise).visible.length, 1);
  });
});

describe('draft conventions: work on linters, formatters, type checks and CI is internal, whatever files it touches', () => {
  const source = { files: ['src/checkout/cart.ts', 'src/invoices/export.py'] };
  const tooling = [
    'Apply ruff fixes',
    'Enable ruff',
    'Run prettier on the codebase',
    'Fix lint errors (#2210)',
    'Fix new clippy lints',
    'Fix lints after Rust 1.92',
    'fix: resolve clippy warnings',
    'style(checkout): apply eslint --fix',
    'Update `black` from v25.12.0 to v26.5.1 (#2773)',
    'Silence a mypy error in the exporter',
    'Address rubocop offenses',
    'Corrige les erreurs de lint',
    'Behebt Warnungen von pylint',
    'Run prettier',
    'Update prettier to 3.3.2',
    'Arregla avisos de golangci-lint',
    'Fix CI errors for Rust 1.95',
  ];
  for (const subject of tooling)
    it(`${JSON.stringify(subject)} is hidden as developer-only work`, () => {
      const s = selectCommits([aCommit(subject, source)], noise);
      assert.equal(s.visible.length, 0);
      assert.deepEqual([...s.hidden.values()], ['noise']);
    });
  const client = [
    'Fix black screen on login',
    'Upgrade black to 26.1',
    'Make the header black',
    'Make the checkout page prettier on mobile',
    'Farben gemäß CI des Kunden',
    'Add CI number to the customer form',
    'Show linting results of uploaded CSV files',
    'Upload medical documentation to the patient file',
    'Remove extra whitespace on the product page',
    'Add a blacklist of card numbers',
    'Upgrade to Django 5.2',
    'feat: add an ESLint-style rules page to the admin',
    'Fix linter-friendly names in the checkout',
    'Faster prettier invoices',
    'Emit unused_dependencies lint',
    'Report the `missing_docs` lint in the editor',
  ];
  for (const subject of client)
    it(`${JSON.stringify(subject)} stays client news`, () => {
      assert.equal(selectCommits([aCommit(subject, source)], noise).visible.length, 1);
    });

  it('keeps a Client-Note on tooling work: the author said the client should read it', () => {
    const commit = aCommit('Run prettier on the codebase', { ...source, body: 'Client-Note: Invoices print faster.' });
    assert.equal(selectCommits([commit], noise).visible.length, 1);
  });
});

describe('draft conventions: docs, typos, whitespace and version updates named in a plain subject are housekeeping', () => {
  const source = { files: ['src/checkout/cart.ts'] };
  for (const subject of [
    'Correct --index-pack-arg documentation',
    'Fix documentation typos',
    'Fix incorrect RDoc examples across frameworks',
    'Remove most trailing whitespace across the app (particularly markdown)',
    'Avoid `Entity::PLACEHOLDER` in tests and documentation',
    'Clarify the retry docstring',
    'Pre-8.5.0 release changelog and doc fixes',
    'Changelog and docs updates',
    'Fix a few "repeated word" typos',
    'Update rolldown to 1.1.2',
    'Upgrade esbuild to v0.25.0',
    'Update actions/checkout to v7',
    'Met à jour rolldown vers 1.1.2',
    'Actualiza rolldown a 1.1.2',
    'Aktualisiert rolldown auf 1.1.2',
    'rolldown auf 1.1.2 aktualisiert',
    'Upgrade django-money to 3.1',
  ])
    it(`${JSON.stringify(subject)} is hidden`, () => {
      const s = selectCommits([aCommit(subject, source)], noise);
      assert.deepEqual([...s.hidden.values()], ['noise']);
    });
  for (const subject of [
    'Upgrade to Django 5.2',
    'Update VAT to 21%',
    'Actualiza precios a 2027',
    'Aktualisiert die Preise auf 2027',
    'Met à jour la TVA vers 20 %',
    'Update shipping to 4.90',
    'Update checkout to v2',
    'Update prices to 2027',
    'Add a documents tab to the portal',
    'Add a changelog page to the customer portal',
    'Show lab tests in the patient view',
    'Export invoices in the test environment too',
  ])
    it(`${JSON.stringify(subject)} stays client news`, () => {
      assert.equal(selectCommits([aCommit(subject, source)], noise).visible.length, 1);
    });
});

describe('draft conventions: merges of merge-based histories and merge queues', () => {
  const base = aCommit('feat: base', { hash: 'b0' });
  const one = aCommit('add the coupon model', { hash: 'c1', parents: ['b0'], files: ['src/checkout/coupon.ts'] });
  const two = aCommit('wire the coupon field', { hash: 'c2', parents: ['c1'], files: ['src/checkout/cart.ts'] });
  const merge = (subject: string, body: string) =>
    aCommit(subject, { hash: 'm0', parents: ['b0', 'c2'], body, files: [] });
  const cases: [subject: string, body: string, line: string | undefined][] = [
    ['Merge pull request #12 from acme/coupons', 'Add a coupon field to the cart', 'Add a coupon field to the cart'],
    [
      'Auto merge of #123 - jdoe:coupons, r=mreviewer',
      'Add a coupon field to the cart\n\nLong description.',
      'Add a coupon field to the cart',
    ],
    [
      'Rollup merge of #124 - jdoe:coupons, r=mreviewer',
      'Add a coupon field to the cart',
      'Add a coupon field to the cart',
    ],
    [
      'Merge #123',
      '123: Add a coupon field to the cart r=mreviewer a=jdoe\n\nLong description.',
      'Add a coupon field to the cart',
    ],
    [
      'feat(cart): add a coupon field to the cart (#17385)',
      '### What does this PR try to resolve?\n\nCoupons.',
      'Add a coupon field to the cart',
    ],
    ["Merge branch 'jd/coupons'", '* jd/coupons:\n  wire the coupon field', undefined],
    ['Merge #123 #124', '123: Add a coupon field r=a a=b\n\n124: Fix totals r=a a=c', undefined],
    ['Merge pull request #13 from acme/coupons', 'acme/coupons', undefined],
    ['Auto merge of #125 - bors:rollup-x1y2, r=bors', 'Rollup of 8 pull requests\n\nSuccessful merges:', undefined],
  ];
  for (const [subject, body, line] of cases) {
    it(`${JSON.stringify(subject)} ${line ? 'speaks for its branch' : 'gives way to the commits it brought in'}`, () => {
      const m = merge(subject, body);
      const s = selectCommits([m, two, one, base], noise);
      if (line) {
        assert.equal(stripInternalIds(s.visible[0]!.text, tickets), line);
        assert.equal(s.hidden.get(one), 'in-pull-request');
        assert.deepEqual([...s.visible[0]!.files].sort(), ['src/checkout/cart.ts', 'src/checkout/coupon.ts']);
      } else {
        assert.equal(s.hidden.get(m), 'merge');
        assert.deepEqual(
          s.visible.map((v) => v.text),
          ['wire the coupon field', 'add the coupon model', 'base'],
        );
      }
    });
  }
});
