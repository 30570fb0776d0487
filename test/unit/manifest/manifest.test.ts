import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { Commands } from '../../../src/vscode/constants';

const root = path.join(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributed: { command: string; title: string; category?: string; icon?: string }[] =
  manifest.contributes.commands;

describe('the manifest', () => {
  it('contributes exactly the commands declared in constants.ts', () => {
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(Commands).sort());
  });

  it('gives every command the Candor category, and an icon where it sits in a toolbar', () => {
    const inToolbars = new Set<string>(
      [
        ...manifest.contributes.menus['view/title'],
        ...manifest.contributes.menus['view/item/context'].filter((m: { group?: string }) => m.group === 'inline'),
      ].map((m: { command: string }) => m.command),
    );
    for (const c of contributed) {
      assert.equal(c.category, 'Candor', c.command);
      if (inToolbars.has(c.command)) assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${c.command} needs an icon`);
    }
  });

  it('only references contributed commands in menus, and scopes view menus with view ==', () => {
    const ids = new Set(contributed.map((c) => c.command));
    for (const [menu, entries] of Object.entries<{ command: string; when?: string }[]>(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(ids.has(entry.command), `${menu}: ${entry.command}`);
        if (menu.startsWith('view/')) assert.match(entry.when ?? '', /view == candor\./, `${menu}: ${entry.command}`);
      }
    }
  });

  it('describes every setting with a markdownDescription, a default and a scope', () => {
    for (const [key, setting] of Object.entries<Record<string, unknown>>(
      manifest.contributes.configuration.properties,
    )) {
      assert.ok(setting.markdownDescription, `${key}: markdownDescription`);
      assert.ok('default' in setting, `${key}: default`);
      assert.ok(setting.scope, `${key}: scope`);
    }
  });

  it('activates only on an exact project.yaml and the implicit view and command events', () => {
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:project.yaml']);
    assert.equal(manifest.engines.vscode, '^1.99.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.99.0');
  });
});
