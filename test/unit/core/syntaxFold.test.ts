import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { wordsFor } from '../../../src/core/i18n';
import { loadProject } from '../../../src/core/model/load';

// A project.yaml as a tech lead types it; each case below breaks it the way a slip of the keyboard does.
const PROJECT = `version: 1
project: { name: Acme Portal, client: Acme Corp, language: en, phase: delivery }
phases:
  - id: delivery
    title: Delivery
    checklist:
      - { id: checkins, text: Weekly check-ins held }
client_tasks:
  - id: keys
    title: Provide API keys
    owner: Jeanne Dupont
    due: 2026-11-20
  - id: logo
    title: Send the logo
red_flags:
  - { id: retries, title: Payment retries untested, severity: high, kind: untested }
`;
const errors = (text: string) => loadProject(text).issues.filter((i) => i.severity === 'error');

describe('a YAML syntax error in project.yaml', () => {
  it('is one problem, at the line that was mis-indented, however many messages the parser cascades into', () => {
    const text = PROJECT.replace('    owner: Jeanne Dupont', '   owner: Jeanne Dupont').replace(
      '    title: Delivery',
      '   title: Delivery',
    );
    assert.ok(parseDocument(text).errors.length >= 5, 'the parser itself reports a cascade');
    const [only, ...rest] = errors(text);
    assert.deepEqual(rest, []);
    assert.equal(only!.line, 5);
    assert.match(only!.message, /^The indentation of this line does not match the lines around it/);
    assert.match(only!.message, /\(\d+ more messages follow from it\.\)$/);
  });

  it('names an unclosed bracket, an unclosed quote, a tab and a key without a colon in plain words', () => {
    const cases: [string, number, RegExp][] = [
      [
        PROJECT.replace('Weekly check-ins held }', 'Weekly check-ins held'),
        8,
        /"\[" or "\{" opened above is not closed/,
      ],
      [PROJECT.replace('title: Send the logo', 'title: "Send the logo'), 17, /quote opened above is not closed/],
      [PROJECT.replace('    title: Provide API keys', '\ttitle: Provide API keys'), 10, /indented with a tab/],
      [PROJECT.replace('phases:\n', 'notes\nphases:\n'), 3, /key without ":" after it/],
    ];
    for (const [text, line, message] of cases) {
      const [only, ...rest] = errors(text);
      assert.equal(rest.length, 0, String(message));
      assert.equal(only!.line, line, String(message));
      assert.match(only!.message, message);
    }
  });

  it('is said in the UI language', () => {
    const text = PROJECT.replace('    owner: Jeanne Dupont', '   owner: Jeanne Dupont');
    const [fr] = loadProject(text, wordsFor('fr').problems).issues;
    assert.match(fr!.message, /^L’indentation de cette ligne ne correspond pas aux lignes voisines/);
    const [de] = loadProject(text, wordsFor('de').problems).issues;
    assert.match(de!.message, /^Die Einrückung dieser Zeile/);
  });
});
