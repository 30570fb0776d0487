import assert from 'node:assert/strict';
import { areaOf, capAndGroup, milestoneIndex, milestoneOf } from '../../../src/core/draft/group';
import {
  DEFAULT_TICKET_PATTERNS,
  mergeNearDuplicates,
  similarity,
  stripInternalIds,
  ticketMatchers,
} from '../../../src/core/draft/tidy';
import type { DraftItem } from '../../../src/core/draft/types';
import type { Milestone } from '../../../src/core/model/schema';

const tickets = ticketMatchers(DEFAULT_TICKET_PATTERNS);
const strip = (s: string) => stripInternalIds(s, tickets);
const item = (text: string, more: Partial<DraftItem> = {}): DraftItem => ({
  text,
  kind: 'feature',
  breaking: false,
  clientNote: false,
  milestone: undefined,
  area: undefined,
  files: ['a.ts'],
  findings: [],
  commits: [text],
  ...more,
});

describe('draft: cleaning the words', () => {
  it('strips ticket ids, PR numbers, hashes, emoji codes and emoji', () => {
    assert.equal(strip('PROJ-123 rounding error on VAT totals :bug:'), 'Rounding error on VAT totals');
    assert.equal(strip('[ACME-9] add coupon field (#41)'), 'Add coupon field');
    assert.equal(strip('typo in the total label (a1b2c3d)'), 'Typo in the total label');
    assert.equal(strip('add product search ✨🚀'), 'Add product search');
    assert.equal(strip('closes #12: faster export'), 'Closes: faster export');
    assert.equal(strip('support 👩🏽‍💻 avatars (!17)'), 'Support avatars');
  });

  it("keeps the words before a squash merge's PR number: nothing in them pointed at it", () => {
    assert.equal(strip('Checkout layout fixes (#12)'), 'Checkout layout fixes');
    assert.equal(strip('Make gizmos take primitives by ref (#18)'), 'Make gizmos take primitives by ref');
    assert.equal(strip('Fix rounding (#12): cart'), 'Fix rounding: cart');
    // A ticket id is still a cut: the word that introduced it goes.
    assert.equal(strip('Checkout fixes #12 (#13)'), 'Checkout');
  });

  it('keeps words that only look like hashes and ids in lower case', () => {
    assert.equal(strip('added a decade filter'), 'Added a decade filter');
    assert.equal(strip('support utf-8 and iso-8859-1'), 'Support utf-8 and iso-8859-1');
  });

  it('takes configurable ticket patterns, as strings or regexps', () => {
    const custom = ticketMatchers(['TCK\\d+', /bug\s?\d+/i]);
    assert.equal(stripInternalIds('TCK42 faster export, Bug 7', custom), 'Faster export');
    assert.equal(stripInternalIds('PROJ-1 faster export', custom), 'PROJ-1 faster export');
  });

  it('merges near-duplicates and keeps the Client-Note wording', () => {
    assert.ok(similarity('Add coupon field to the cart page', 'add coupon field to cart page') > 0.8);
    assert.ok(similarity('Add coupon field', 'Export invoices as PDF') < 0.5);
    const { items, merged } = mergeNearDuplicates(
      [
        item('Add coupon field to the cart page', { files: ['a.ts'] }),
        item('Coupons in the cart', { clientNote: true }),
        item('add coupon field to cart page', { files: ['b.ts'] }),
      ],
      0.8,
    );
    assert.equal(merged, 1);
    assert.deepEqual(
      items.map((i) => i.text),
      ['Add coupon field to the cart page', 'Coupons in the cart'],
    );
    assert.deepEqual(items[0]!.files, ['a.ts', 'b.ts']);
    assert.deepEqual(
      items[0]!.commits,
      ['Add coupon field to the cart page', 'add coupon field to cart page'],
      'the commits behind a line are pooled',
    );
    const reworded = mergeNearDuplicates(
      [item('Add coupon field to the cart page'), item('add coupon field to cart page', { clientNote: true })],
      0.8,
    ).items[0]!;
    assert.deepEqual(
      reworded.commits,
      ['add coupon field to cart page', 'Add coupon field to the cart page'],
      'the commit whose wording is kept comes first',
    );
    assert.equal(
      mergeNearDuplicates([item('Fix login', { kind: 'fix' }), item('Fix login')], 0.8).merged,
      0,
      'a fix and a feature stay apart',
    );
  });
});

describe('draft: grouping', () => {
  const milestones: Milestone[] = [
    { id: 'beta', title: 'Beta', due: '2026-12-15', paths: ['src/checkout/**'], status: 'on-track' },
    {
      id: 'invoices',
      title: 'Invoices',
      due: '2026-11-20',
      paths: ['src/invoices/**', 'src/pdf/**'],
      status: 'planned',
    },
  ];
  const matchers = milestoneIndex(milestones, [
    'src/checkout/a.ts',
    'src/pdf/x.ts',
    'src/invoices/y.ts',
    'docs/readme.md',
  ]);

  it('puts a change in the milestone its scope names, else the one whose paths match most of its files', () => {
    assert.equal(milestoneOf('invoices', ['src/checkout/a.ts'], matchers), 'invoices');
    assert.equal(milestoneOf('Beta', [], matchers), 'beta');
    assert.equal(
      milestoneOf(undefined, ['src/checkout/a.ts', 'src/pdf/x.ts', 'src/invoices/y.ts'], matchers),
      'invoices',
    );
    assert.equal(milestoneOf('ui', ['docs/readme.md'], matchers), undefined);
  });

  it('labels a change with the project.yaml area holding most of its files, or the area its scope names, never a folder', () => {
    const areas = [
      { name: 'Paiement', paths: ['src/payments/**'] },
      { name: 'Tunnel de commande', paths: ['src/checkout/**', 'web/cart/**'] },
    ];
    const files = [
      'src/checkout/a.ts',
      'src/checkout/b.ts',
      'src/payments/c.ts',
      'web/cart/d.vue',
      'packages/api/src/routes.ts',
      'test/checkout.test.ts',
    ];
    const index = milestoneIndex([], files, areas);
    assert.equal(
      areaOf(undefined, ['src/checkout/a.ts', 'src/payments/c.ts', 'web/cart/d.vue'], index),
      'Tunnel de commande',
    );
    assert.equal(areaOf('paiement', ['src/checkout/a.ts'], index), 'Paiement');
    assert.equal(areaOf('tests', ['test/checkout.test.ts'], index), undefined);
    assert.equal(areaOf('api', ['packages/api/src/routes.ts'], index), undefined);
    assert.equal(areaOf('docs', [], milestoneIndex([], [])), undefined);
  });

  it('caps a section, keeping Client-Notes, breaking and wide changes, and counts the rest', () => {
    const items = [
      item('small one', { files: ['a'] }),
      item('wide one', { files: ['a', 'b', 'c'], milestone: 'beta' }),
      item('noted', { clientNote: true, milestone: 'invoices' }),
      item('breaking', { breaking: true }),
      item('small two', { files: ['a'] }),
    ];
    const capped = capAndGroup(items, 3, ['beta', 'invoices']);
    assert.equal(capped.more, 2);
    assert.deepEqual(
      capped.groups.map((g) => [g.milestone, g.items.map((i) => i.text)]),
      [
        ['beta', ['wide one']],
        ['invoices', ['noted']],
        [undefined, ['breaking']],
      ],
    );
  });
});
