// Bundle budgets, read from the metafile of the build that `npm run bench` runs first (scripts/build.mjs writes
// out/metafile.json): the main bundle (what activation loads: dist/extension.js and the chunks it requires), all
// of dist/ but the command line with where its bytes come from (one row per package and per folder of src/: the
// floor that the dependencies and the language packs set), and the bytes of modules copied into more than one file.
import fs from 'node:fs';
import path from 'node:path';
import { BUDGETS, bundleFigures, distBreakdown, type Metafile } from '../scripts/bundleFigures';
import type { BenchRow } from './types';

const METAFILE = path.join(__dirname, '../out/metafile.json');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function bench(): Promise<BenchRow[]> {
  if (!fs.existsSync(METAFILE)) throw new Error('out/metafile.json is missing: run "npm run build" first');
  const meta = JSON.parse(await fs.promises.readFile(METAFILE, 'utf8')) as Metafile;
  const figures = bundleFigures(meta);
  return [
    {
      name: 'main bundle (dist/extension.js and the chunks it loads, minified)',
      budget: `< ${BUDGETS.main / 1024} KB`,
      measured: `${kb(figures.main)} in ${figures.mainFiles} files`,
      ok: figures.main < BUDGETS.main,
    },
    {
      name: 'dist/ without the CLI (what the package ships)',
      budget: `< ${BUDGETS.extension / 1024} KB`,
      measured: kb(figures.extension),
      ok: figures.extension < BUDGETS.extension,
    },
    ...distBreakdown(meta).map(({ source, bytes }) => ({ name: `  from ${source}`, budget: '', measured: kb(bytes) })),
    {
      name: 'modules copied into two bundles',
      budget: '0 bytes',
      measured: `${figures.duplicated} bytes`,
      ok: figures.duplicated === 0,
    },
  ];
}
