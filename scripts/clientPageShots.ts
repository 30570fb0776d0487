// `npx tsx scripts/clientPageShots.ts`: builds the example's client page (its project.yaml and the two saved
// updates of the tests) and takes the README's screenshots in headless Chromium: desktop, phone and print.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions, chromiumPath } from '../src/node/report';
import { buildExampleSite } from '../test/unit/report/siteBuilder';

const OUT = path.join(__dirname, '../docs/images');

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is not installed (set CHROMIUM to its path)');
  const built = await buildExampleSite();
  const browser = await chromium.launch(chromiumLaunchOptions(executablePath));
  try {
    const shots = [
      { file: 'page-desktop.png', viewport: { width: 1280, height: 1000 }, media: 'screen' as const },
      { file: 'page-phone.png', viewport: { width: 390, height: 844 }, media: 'screen' as const },
      { file: 'page-print.png', viewport: { width: 794, height: 1123 }, media: 'print' as const },
    ];
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: shot.viewport });
      await page.emulateMedia({ media: shot.media, colorScheme: 'light' });
      await page.goto(pathToFileURL(built.index).href);
      await page.screenshot({ path: path.join(OUT, shot.file) });
      await page.close();
      console.log(`${shot.file}: ${(fs.statSync(path.join(OUT, shot.file)).size / 1024).toFixed(0)} KB`);
    }
  } finally {
    await browser.close();
    fs.rmSync(built.dir, { recursive: true, force: true });
  }
}

void main();
