// Habits of library histories the client never needs to read: code hygiene under plain subjects, area prefixes
// with a sub-area in brackets, and bug reports used as subjects (issue-tracker titles). Every message is written
// for these tests in the styles seen on real histories; each row says the section and, for client rows, the line.
import assert from 'node:assert/strict';
import { DEFAULT_NOISE_TYPES, parseCommit } from '../../../src/core/draft/parse';
import { isBugReport, isInternalWork } from '../../../src/core/draft/plainWords';
import { aCommit, checkConventions } from './draftHelpers';

const noise = new Set(DEFAULT_NOISE_TYPES);

describe('draft habits: code hygiene under a plain subject is internal', () => {
  checkConventions([
    ['Internal refactoring', 'noise'],
    ['Minor refactoring of the invoice parser', 'noise'],
    ['Code cleanup in the billing module', 'noise'],
    ['Various cleanups in the exporter', 'noise'],
    ['Use final', 'noise'],
    ['Use final for local variables', 'noise'],
    ['Make private static fields final in CartRules', 'noise'],
    ['Sort members', 'noise'],
    ['Use ternary instead of if-else', 'noise'],
    ['Merge if statements with the same outcome', 'noise'],
    ['Inline single use local variable', 'noise'],
    ['Simplify tax constants', 'noise'],
    ['Simplify `Result` handling with combinators', 'noise'],
    ['Simplify Totals.roundHalfEven(BigDecimal)', 'noise'],
    ['Reuse Strings.EMPTY', 'noise'],
    ['Reuse InvoiceFormatter.format()', 'noise'],
    ['Rename `queue` to `backlog` in internal JobList', 'noise'],
    ['Rename internal constant', 'noise'],
    ['Remove get prefix for internal accessor methods', 'noise'],
    ['Precompile pattern', 'noise'],
    ['Remove trailing whitespace', 'noise'],
    ['Reduce vertical space', 'noise'],
    ['Fix indentation', 'noise'],
    ['Comments', 'noise'],
    ['Better comment', 'noise'],
    ['Add comment', 'noise'],
    ['Fix malformed Javadoc comments', 'noise'],
    ['Fix two Javadoc errors in CartRules', 'noise'],
    ['Fix broken doc examples for the retry builder', 'noise'],
    ['Add error documentation for `invoice::Builder`', 'noise'],
    ['Correct `tick` to `tock` in scheduler internal docs', 'noise'],
    ['Fix spelling and grammar in PriceUtils', 'noise'],
    ['Fix double "the"', 'noise'],
    ['Fix double the', 'noise'],
    ['Fix the loom test of the race between cancel and insert', 'noise'],
    ['Fix reversed retry order in timeout doc', 'noise'],
    ['Enable the `unsafe_op_in_unsafe_fn` lint at the crate level', 'noise'],
    ['Avoid pointer casts in the IO driver on miri', 'noise'],
    ['Apply `#![deny(clippy::allow_attributes)]` to the workspace', 'noise'],
    ['MSRV CI job fails to resolve dependencies', 'noise'],
    ['Fix CI errors for Rust 1.95', 'noise'],
    ['Fix lints after the toolchain bump', 'noise'],
    ['Fix a few "repeated word" typos', 'noise'],
    ['Fix "no such table" error running tests via Docker', 'noise'],
    ['Simplify the code', 'noise'],
    ['Simplify conditions in the scheduler', 'noise'],
    ['Comment out unused for now', 'noise'],
    ['Use { }', 'noise'],
    ['Prepare for the next release candidate', 'noise'],
    ['Use Hash#each_key instead of Hash#keys.each', 'noise'],
    ['Use `strvec` for `keep_hashes`', 'noise'],
    ['Rename fsm-ipc-darwin.c to fsm-ipc-unix.c', 'noise'],
    ['Move "check_stat" into `struct repo_config_values`', 'noise'],
    ['Fix deprecation warning in LegacyPostcodeField', 'noise'],
    ['Fix console compiler warning', 'noise'],
    ['Fix javac warnings and turn warnings into errors', 'noise'],
    ['Fix `needless_borrow` lint', 'noise'],
    ['Fix SpotBugs NP_NULL_ON_SOME_PATH in Basket', 'noise'],
    ['Apply spotless to the exporter module', 'noise'],
    ['Add ModifierOrder checkstyle rule', 'noise'],
    ['Migrate the core module to JUnit 5', 'noise'],
    ['Enable Miri tests for the TCP listener', 'noise'],
    ['Fix the stress test of the race between cancel and insert', 'noise'],
    ['Fix shutdown race in WorkerPoolTest', 'noise'],
    ['Rewrite BasketTest.testTotals() with a fake clock', 'noise'],
    ['Move quota settings from ServerConfig to QuotaConfig', 'noise'],
    ['Move retry helpers to the shared module', 'noise'],
    ['commit 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c Author: Someone <someone@example.com>', 'noise'],
    ['rt: simplify `Option` handling in the scheduler (#4821)', 'noise'],
  ]);
});

describe('draft habits: client work with the same verbs stays', () => {
  checkConventions([
    ['Move the save button to the toolbar', 'feature', 'Move the save button to the toolbar'],
    ['Simplify the checkout flow', 'feature', 'Simplify the checkout flow'],
    ['Rename Projects to Workspaces in the menu', 'feature', 'Rename Projects to Workspaces in the menu'],
    ['Reuse saved cards at checkout', 'feature', 'Reuse saved cards at checkout'],
    ['Use new promo code rules', 'feature', 'Use new promo code rules'],
    ['Add comments to tickets', 'feature', 'Add comments to tickets'],
    ['Add test mode for payments', 'feature', 'Add test mode for payments'],
    ['Show a message when the login fails', 'feature', 'Show a message when the login fails'],
    ['Make the invoice list sortable', 'feature', 'Make the invoice list sortable'],
    ['mm, slab: fix a double free on cache teardown', 'fix', 'Fix a double free on cache teardown'],
    ['Fix cleanup of expired sessions', 'fix', 'Fix cleanup of expired sessions'],
    ['Fix spelling of the region name Île-de-France', 'fix', 'Fix spelling of the region name Île-de-France'],
    ['Add PostcodeField with tests', 'feature', 'Add PostcodeField with tests'],
    ['Added deprecation warning to LegacyPostcodeField', 'feature', 'Added deprecation warning to LegacyPostcodeField'],
    ['Moved exported files to `reports` directory', 'feature', 'Moved exported files to `reports` directory'],
    ['Fix depth test of the shadow pass', 'fix', 'Fix depth test of the shadow pass'],
    ['Add unused_price_field lint', 'feature', 'Add unused_price_field lint'],
    ['Simplify the promo code entry', 'feature', 'Simplify the promo code entry'],
    ['Simplify runner exit code', 'feature', 'Simplify runner exit code'],
    [
      'Use node_modules/.cache as cache folder when it exists',
      'feature',
      'Use node_modules/.cache as cache folder when it exists',
    ],
    [
      'Strip surrounding whitespace before parsing a duration',
      'feature',
      'Strip surrounding whitespace before parsing a duration',
    ],
    ['PriceParser.parse() throws on a trailing space', 'fix'],
    ['Use `TRUE` and `FALSE` for booleans in SQLite', 'feature', 'Use `TRUE` and `FALSE` for booleans in SQLite'],
  ]);
});

describe('draft habits: an area with a sub-area in brackets', () => {
  checkConventions([
    ['rt(unstable): drop the experimental scheduler (#5120)', 'feature', 'Drop the experimental scheduler'],
    ['sync(watch): fix a missed wake-up on shutdown (#5121)', 'fix', 'Fix a missed wake-up on shutdown'],
    ['io(uring): add a rename operation', 'feature', 'Add a rename operation'],
    ['tests(net): cover half-closed sockets', 'noise'],
    ['a11y(form): link the hint to its input', 'feature', 'Link the hint to its input'],
    [
      'fix/refactor(iframe): corrige la navigation vers la page intégration',
      'fix',
      'Corrige la navigation vers la page intégration',
    ],
  ]);
  it('keeps the area as the scope', () => {
    assert.equal(parseCommit(aCommit('rt(unstable): drop the experimental scheduler'), noise).scope, 'rt');
  });
});

describe('draft habits: a typed fix or feature whose words say internal work is internal', () => {
  checkConventions([
    ['fix: typo', 'noise'],
    ['fix: corrige une typo dans le simulateur', 'noise'],
    ['feat: add tests for the refund path', 'noise'],
    ['fix: linter', 'noise'],
    ['fix(cart): fix console compiler warning', 'noise'],
    ['feat(cart): use final for local variables', 'noise'],
    ['fix(cart): rounding of VAT totals', 'fix', 'Rounding of VAT totals'],
    ['fix: fixed typo and updated region names', 'fix', 'Fixed typo and updated region names'],
    ['fix: use `Intl.NumberFormat` instead of `toFixed`', 'fix', 'Use `Intl.NumberFormat` instead of `toFixed`'],
    ['feat: ajoute le simulateur de frais de garde', 'feature', 'Ajoute le simulateur de frais de garde'],
  ]);
});

describe('draft habits: code work in French, Spanish and German', () => {
  checkConventions([
    ['Réusine le code du calcul des cotisations', 'noise'],
    ['refacto du simulateur de dividendes', 'noise'],
    ['Màj des explications (+ refacto)', 'noise'],
    ['Limpieza de código en el carrito', 'noise'],
    ['Code aufgeräumt', 'noise'],
    ['Mise en production 3 mars', 'noise'],
    ['Puesta en producción', 'noise'],
    ['Mise en production du simulateur de garde', 'feature', 'Mise en production du simulateur de garde'],
    ['Linter', 'noise'],
    ['Types and lint', 'noise'],
    ['Renomme le simulateur en "Statuts possibles"', 'feature', 'Renomme le simulateur en "Statuts possibles"'],
  ]);
});

describe('draft habits: a tracker key before the words, with or without a colon', () => {
  checkConventions([
    ['SHOP-1771 Apply spotless to the exporter module (#1746)', 'noise'],
    ['SHOP-1769: Move pricing classes to the pricing pkg. (#1734)', 'noise'],
    ['SHOP-1758 Move JUnit extensions to the test-common module (#1731)', 'noise'],
    ['Minor: Move the importer out of tools and into its own gradle module (#1053)', 'noise'],
    [
      'SHOP-1780 Add invoice reminders for overdue payments (#1760)',
      'feature',
      'Add invoice reminders for overdue payments',
    ],
    ['shop-220; Add pluggable tax rules to the checkout', 'feature', 'Add pluggable tax rules to the checkout'],
    ['SHOP-1790; Fix rounding of VAT totals', 'fix', 'Fix rounding of VAT totals'],
  ]);
});

describe('draft habits: a bug report as the subject lands in Fixed', () => {
  checkConventions([
    ['Range.readObject() does not check the bounds', 'fix'],
    ['PriceParser.parse() throws on a trailing space', 'fix'],
    ['TaxTable.lookup fails for zero-rated items', 'fix'],
    ['CartBuilder can throw NullPointerException on an empty basket', 'fix'],
    ['InvoiceDate.format(Locale) should use the client locale', 'fix'],
    ['Basket.total() returns wrong result for mixed currencies', 'fix'],
    ['KRaft controller crashes when the leader is removed', 'fix'],
    ['Incorrect rounding in the VAT summary', 'fix'],
    ['Scheduler.shutdown() must wake blocked workers', 'fix'],
    ['UI Widgets: ignore hidden nodes in the layout', 'feature'],
    ['RenderError backtrace details in the log', 'feature'],
    ['[SHOP-1234] OrderMailer.send() ignores the reply-to address', 'fix'],
  ]);
  it('a subject that adds or reads as news stays delivered', () => {
    for (const subject of [
      'Add PriceParser.parse(String, Locale)',
      'Export invoices as CSV',
      'OrderMailer.send() now batches',
    ])
      assert.equal(isBugReport(subject) && parseCommit(aCommit(subject), noise).kind === 'fix', false, subject);
  });
  it('isInternalWork leaves product sentences alone', () => {
    for (const subject of [
      'Move the save button to the toolbar',
      'Rename Copycat to Kafka Connect',
      'Add coupon field',
    ])
      assert.equal(isInternalWork(subject), false, subject);
  });
});
