import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../../src/node/report';
import { EXAMPLE_HISTORY, exampleProject } from './reportFixtures';

/** Builds the example's client page (its project.yaml and two saved updates) into a fresh temp folder. */
export async function buildExampleSite(today = '2026-11-29'): Promise<{ dir: string; site: string; index: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-page-'));
  const history = path.join(dir, 'status');
  fs.mkdirSync(history);
  for (const entry of EXAMPLE_HISTORY) fs.writeFileSync(path.join(history, entry.name), entry.markdown);
  const site = path.join(dir, 'site');
  await buildSite(exampleProject(), { historyFolder: history, outFolder: site, today });
  return { dir, site, index: path.join(site, 'index.html') };
}
