import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { ContextKeys } from '../../../src/vscode/constants';

const root = path.join(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: { steps: { id: string; completionEvents: string[] }[] }[] };
};
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);

describe('the walkthrough ticks', () => {
  it('ticks each step on a state Candor sets once it worked, never on merely running a command', () => {
    assert.deepEqual(
      steps.map((s) => [s.id, s.completionEvents]),
      [
        ['projectFile', ['onContext:candor.state == ready']],
        ['redFlag', ['onContext:candor.redFlagMarked']],
        ['draft', ['onContext:candor.drafted']],
        ['brief', ['onContext:candor.briefPrepared']],
      ],
    );
  });

  it('names only context keys declared in constants.ts', () => {
    const keys = new Set<string>(Object.values(ContextKeys));
    for (const event of steps.flatMap((s) => s.completionEvents)) {
      const key = /^onContext:([\w.]+)/.exec(event)?.[1];
      assert.ok(key && keys.has(key), event);
    }
  });

  it('keeps every code sample of the walkthrough pages narrow enough for the media pane (60 columns), in every language', () => {
    const dir = path.join(root, 'media/walkthrough');
    const pages = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(dir, f));
    assert.ok(pages.length >= 16, `${pages.length} pages`);
    for (const page of pages) {
      const blocks = [...fs.readFileSync(page, 'utf8').matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const wide = blocks.flatMap((b) => b.split('\n')).filter((line) => [...line].length > 60);
      assert.deepEqual(wide, [], path.relative(root, page));
    }
  });

  it('points an installed user at nothing outside the extension (no path of Candor’s repository)', () => {
    const dir = path.join(root, 'media/walkthrough');
    for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')))
      assert.doesNotMatch(fs.readFileSync(path.join(dir, f), 'utf8'), /examples\//, f);
  });
});
