// A person's name that is also a word of the trade is removed only where it names the person: "JSON" is not
// Json, "round robin" is not Robin, "Ubuntu" is not the machine account ubuntu@…(none). Messages written for these tests.
import assert from 'node:assert/strict';
import { draftStatus } from '../../../src/core/draft/index';
import { createRedactor, redactionNames } from '../../../src/core/draft/redact';
import type { Commit } from '../../../src/core/git/commit';
import { aCommit, acmeProject } from './draftHelpers';

const by = (name: string, email: string) => ({
  authorName: name,
  authorEmail: email,
  committerName: name,
  committerEmail: email,
});
const redactorFor = (commits: Commit[]) =>
  createRedactor({ ...redactionNames(acmeProject(), commits), keep: ['Acme Portal'], team: 'the team' });

describe('draft: a name that is also a word of the trade', () => {
  it('keeps an acronym spelled like a first name ("JSON" of Json Li, "MAX" of Max Berger)', () => {
    const r = redactorFor([
      aCommit('feat: x', by('Json Li', 'jli@agency.dev')),
      aCommit('feat: y', by('Max Berger', 'mberger@agency.dev')),
    ]);
    assert.equal(r('Decode the JSON body up to MAX bytes').text, 'Decode the JSON body up to MAX bytes');
    assert.equal(r('Json Li and Max wrote the parser').text, 'the team wrote the parser');
  });

  it('keeps a lower-case word that is a login made of a first name ("round robin" of robin@)', () => {
    const r = redactorFor([aCommit('feat: x', by('Robin Vale', 'robin@vale.example'))]);
    assert.equal(r('Use round robin for the worker queue').text, 'Use round robin for the worker queue');
    assert.equal(r('Robin reworked the queue').text, 'the team reworked the queue');
    assert.equal(r('pair with Robin Vale').text, 'pair with the team');
  });

  it('keeps the word of a machine account with no mail ("ubuntu <ubuntu@host.(none)>")', () => {
    const r = redactorFor([aCommit('feat: x', by('ubuntu', 'ubuntu@ip-10-0-0-7.(none)'))]);
    assert.equal(r('Support Ubuntu 24.04 images').text, 'Support Ubuntu 24.04 images');
  });

  it('still removes a one-word lower-case name from a real mail address', () => {
    const r = redactorFor([aCommit('feat: x', by('zdravko', 'zdravko@mail.example'))]);
    assert.equal(r('Zdravko added the export').text, 'the team added the export');
  });
});

describe('draft: credits of the "patched by …; reviewed …" habit', () => {
  const itemsOf = (subjects: string[]) =>
    draftStatus({
      project: acmeProject(),
      commits: subjects.map((s) => aCommit(s)),
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
      options: { maxItemsPerSection: 100 },
    }).markdown;

  it('cuts the patch author and the reviewers listed without "by", names that are no identity of the range', () => {
    const md = itemsOf([
      'SHOP-2210; Add pluggable tax rules to the checkout; patched by Jane Doe; reviewed Bob Li and Ann Ray',
      'SHOP-2330: Guard against empty carts; patched by Jane Doe, reviewed by Bob Li',
    ]);
    assert.match(md, /^- Add pluggable tax rules to the checkout$/m);
    assert.match(md, /^- Guard against empty carts$/m);
    assert.doesNotMatch(md, /Jane|Bob|Ann|patched|reviewed/);
  });

  it('cuts a reviewer list that mixes people of the range and others, with a serial comma', () => {
    const md = draftStatus({
      project: acmeProject(),
      commits: [
        aCommit(
          'SHOP-1690; Add SSL support to the broker; patched by Ana Varga; reviewed Rita Sol, Joel Brand, Michael Lorne and Jun Ra',
          by('Michael Stone', 'mstone@agency.dev'),
        ),
        aCommit(
          'SHOP-1091; Read the topic list from the cache; patched by Ana Varga; reviewed by Rita Sol, Joel Brand, and Jun Ra',
          by('Rita Sol', 'rsol@agency.dev'),
        ),
      ],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
      options: { maxItemsPerSection: 100 },
    }).markdown;
    assert.match(md, /^- Add SSL support to the broker$/m);
    assert.match(md, /^- Read the topic list from the cache$/m);
    const items = md.split('\n').filter((l) => /broker|topic list/.test(l));
    assert.deepEqual(items, ['- Add SSL support to the broker', '- Read the topic list from the cache']);
  });

  it('keeps "reviewed" where it starts the work itself', () => {
    assert.match(
      itemsOf(['Reviewed the onboarding copy with the client']),
      /^- Reviewed the onboarding copy with the client$/m,
    );
  });
});

describe('draft: a name written with its address', () => {
  const r = redactorFor([aCommit('feat: x', by('Rita Sol', 'rsol@agency.dev'))]);

  it('is one person, known or not ("the team <the team>", "Bo Lind < >" before)', () => {
    assert.equal(
      r('Async topic deletion - Rita Sol <rsol@agency.dev> and Bo Lind <bo@else.example>').text,
      'Async topic deletion - the team',
    );
    assert.equal(r('Rework the cart (Rita Sol <rsol@agency.dev>)').text, 'Rework the cart (the team)');
    assert.equal(r('Pair with Rita Sol (rsol@agency.dev) on the cart').text, 'Pair with the team on the cart');
  });

  it('leaves a role address and ordinary angle brackets alone, and no empty brackets behind', () => {
    assert.equal(r('Send the form to Acme Support <support@acme.example>').text, 'Send the form to Acme Support');
    assert.equal(r('Keep a < b and c > d in the rule').text, 'Keep a < b and c > d in the rule');
  });
});
