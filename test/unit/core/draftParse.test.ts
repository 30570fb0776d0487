import assert from 'node:assert/strict';
import {
  DEFAULT_NOISE_TYPES,
  isBot,
  isClientHidden,
  parseCommit,
  parseTrailers,
  rebaseOrWip,
} from '../../../src/core/draft/parse';
import { aCommit } from './draftHelpers';

const noise = new Set(DEFAULT_NOISE_TYPES);
const parse = (subject: string, body = '') => parseCommit(aCommit(subject, { body }), noise);

describe('draft: reading commits', () => {
  it('reads the conventional type, scope and breaking mark', () => {
    const p = parse('feat(checkout)!: require a postcode');
    assert.equal(p.type, 'feat');
    assert.equal(p.scope, 'checkout');
    assert.equal(p.breaking, true);
    assert.equal(p.text, 'require a postcode');
    assert.equal(p.kind, 'feature');
  });

  it('treats a BREAKING CHANGE footer (or BREAKING-CHANGE) as breaking', () => {
    assert.equal(
      parse('feat(api): versioned routes', 'Details.\n\nBREAKING CHANGE: v1 routes are gone').breaking,
      true,
    );
    assert.equal(parse('feat(api): versioned routes', 'BREAKING-CHANGE: v1 routes are gone').breaking, true);
    assert.equal(parse('feat(api): versioned routes', 'Not breaking at all').breaking, false);
  });

  it('sorts types into features, fixes and noise; noise types are configurable', () => {
    assert.equal(parse('fix: rounding').kind, 'fix');
    assert.equal(parse('perf: faster search').kind, 'feature');
    for (const type of DEFAULT_NOISE_TYPES) assert.equal(parse(`${type}: something`).kind, 'noise', type);
    assert.equal(parseCommit(aCommit('docs: user guide for the client'), new Set(['chore'])).kind, 'feature');
  });

  it('classifies plain subjects by their first verb', () => {
    assert.equal(parse('Fix login redirect loop').kind, 'fix');
    assert.equal(parse('Bump lodash to 4.17.21').kind, 'noise');
    assert.equal(parse('Add invoice export').kind, 'feature');
  });

  it('replaces the subject with a Client-Note, whatever the type', () => {
    const p = parse('refactor(pdf): new renderer', 'Long story.\n\nClient-Note: Invoices now open twice as fast.');
    assert.equal(p.text, 'Invoices now open twice as fast.');
    assert.equal(p.clientNote, true);
    assert.equal(p.kind, 'feature');
  });

  it('reads every trailer, repeated ones included, and ignores URLs that look like trailers', () => {
    const t = parseTrailers(
      'Body.\n\nCo-authored-by: A <a@x.dev>\nCo-authored-by: B <b@x.dev>\nReviewed-by: C\nhttps: //not-a-trailer',
    );
    assert.deepEqual(t.get('co-authored-by'), ['A <a@x.dev>', 'B <b@x.dev>']);
    assert.deepEqual(t.get('reviewed-by'), ['C']);
  });

  it('hides commits marked Client-Visible: no', () => {
    for (const value of ['no', 'No', 'false', '0'])
      assert.equal(isClientHidden(parse('feat: x', `Client-Visible: ${value}`)), true);
    assert.equal(isClientHidden(parse('feat: x', 'Client-Visible: yes')), false);
    assert.equal(isClientHidden(parse('feat: x')), false);
  });

  it('recognises rebase leftovers and work in progress', () => {
    assert.equal(rebaseOrWip('fixup! feat: x'), 'fixup');
    assert.equal(rebaseOrWip('squash! feat: x'), 'fixup');
    assert.equal(rebaseOrWip('amend! feat: x'), 'fixup');
    assert.equal(rebaseOrWip('WIP retry logic'), 'wip');
    assert.equal(rebaseOrWip('[WIP] retry'), 'wip');
    assert.equal(rebaseOrWip('wip: retry'), 'wip');
    assert.equal(rebaseOrWip('feat: wipe the cache on logout'), undefined);
  });

  it('recognises dependency and CI bots by author', () => {
    assert.equal(
      isBot(
        aCommit('x', {
          authorName: 'dependabot[bot]',
          authorEmail: '49699333+dependabot[bot]@users.noreply.github.com',
        }),
      ),
      true,
    );
    assert.equal(isBot(aCommit('x', { authorName: 'Renovate Bot', authorEmail: 'bot@renovateapp.com' })), true);
    assert.equal(isBot(aCommit('x', { authorName: 'github-actions[bot]' })), true);
    assert.equal(isBot(aCommit('x')), false);
  });
});
