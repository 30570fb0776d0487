import assert from 'node:assert/strict';
import { CSP, renderSite } from '../../../src/core/report/html';
import { buildClientPage } from '../../../src/core/report/model';
import { markdownRenderer } from '../../../src/node/report';
import { EXAMPLE_HISTORY, exampleProject, projectOf } from './reportFixtures';

const TODAY = '2026-11-29';

/** The start tags of an HTML text, in order, with their attributes: enough to check structure without a DOM. */
function tags(html: string): { name: string; attrs: Record<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w-:]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: Object.fromEntries([...m[2]!.matchAll(/([\w-:]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])),
  }));
}
const headingLevels = (html: string) =>
  tags(html)
    .filter((t) => /^h[1-6]$/.test(t.name))
    .map((t) => Number(t.name[1]));
const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the client page HTML', () => {
  const page = buildClientPage({ project: exampleProject(), history: EXAMPLE_HISTORY, today: TODAY });
  const site = renderSite(page, markdownRenderer());
  const index = site.get('index.html')!;

  it('writes index.html and one page per saved update', () => {
    assert.deepEqual([...site.keys()], ['index.html', 'updates/2026-11-26.html', 'updates/2026-11-19.html']);
  });

  it('is in the client’s language, with a strict CSP, no script and nothing loaded from elsewhere', () => {
    for (const html of site.values()) {
      assert.match(html, /^<!doctype html>\n<html lang="fr">/);
      const csp = tags(html).find((t) => t.name === 'meta' && t.attrs['http-equiv'] === 'Content-Security-Policy');
      assert.equal(csp?.attrs.content, CSP);
      assert.equal(CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      assert.deepEqual(
        tags(html).filter((t) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'form'].includes(t.name)),
        [],
      );
      assert.ok(!/\son\w+=/i.test(html), 'no event handler attribute');
      for (const t of tags(html))
        for (const v of [t.attrs.href, t.attrs.src].filter(Boolean))
          assert.doesNotMatch(v!, /^(?:[a-z]+:|\/\/)/i, `an absolute URL: ${v}`);
    }
  });

  it('keeps headings in order: one h1, then h2 sections, h3 inside them, never a skipped level', () => {
    for (const [name, html] of site) {
      const levels = headingLevels(html);
      assert.equal(levels.filter((l) => l === 1).length, 1, name);
      assert.equal(levels[0], 1, name);
      levels.forEach((l, i) => i > 0 && assert.ok(l <= levels[i - 1]! + 1, `${name}: h${levels[i - 1]} then h${l}`));
    }
    assert.deepEqual(headingLevels(index).slice(0, 8), [1, 2, 2, 2, 2, 2, 3, 3]);
  });

  it('gives every table column headers and row headers with a scope', () => {
    const all = tags(index);
    const ths = all.filter((t) => t.name === 'th');
    assert.ok(ths.length > 20);
    assert.deepEqual(
      ths.filter((t) => t.attrs.scope !== 'col' && t.attrs.scope !== 'row'),
      [],
    );
    assert.equal(all.filter((t) => t.name === 'table').length, 4);
    assert.equal(all.filter((t) => t.name === 'thead').length, 4);
  });

  it('draws the timeline as an inline SVG with a title, each milestone’s status in words, and today’s line', () => {
    const svg = /<svg class="timeline"[\s\S]*?<\/svg>/.exec(index)?.[0] ?? '';
    assert.match(svg, /role="img" aria-labelledby="timeline-title"/);
    assert.match(svg, /<title id="timeline-title">Frise des jalons/);
    assert.equal((svg.match(/class="mark f-/g) ?? []).length, 5);
    assert.match(svg, /Paiement et relances en recette · à surveiller/);
    assert.match(svg, /<line class="today"[^>]*\/><text class="today-label"[^>]*>Aujourd’hui</);
  });

  it('shows a slipped milestone’s planned date, a line to its current date and the slip in words', () => {
    const project = projectOf(
      'version: 1\nproject: { name: P, client: C }\nmilestones:\n  - { id: b, title: Beta, due: 2026-12-15, baseline: 2026-12-01, status: late }\n',
    );
    const html = renderSite(buildClientPage({ project, history: [], today: TODAY }), markdownRenderer()).get(
      'index.html',
    )!;
    assert.match(html, /<circle class="plan"/);
    assert.match(html, /<line class="slip"/);
    assert.match(text(html), /Beta 1 December 2026 15 December 2026 14 days later behind schedule/);
  });

  it('writes the client’s tasks with owner and due date, overdue ones flagged in words, done ones struck', () => {
    assert.match(
      text(index),
      /Fournir les clés API de production du prestataire de paiement Claire Moreau 20 novembre 2026 \(en retard de 9 jours\) ouverte/,
    );
    assert.match(index, /<tr class="done"><th scope="row">Ouvrir l&#39;accès VPN/);
  });

  it('lists decisions awaiting the client with who approves and by when, then those taken with their outcome', () => {
    assert.match(
      text(index),
      /Quel fournisseur d&#39;authentification unique \(SSO\) pour l&#39;espace client \? Claire Moreau, Jeanne Dupont 4 décembre 2026/,
    );
    assert.match(
      text(index),
      /Quel format pour l&#39;export des factures \? CSV au format du cabinet comptable ; Factur-X dans un second temps décidée/,
    );
  });

  it('shows client-visible risks with how they are handled, and phase progress as bars with counts', () => {
    assert.match(
      index,
      /<h3>Relances de paiement non testées en cas de coupure réseau<\/h3><p>[^<]+ : Tests de coupure réseau cette semaine/,
    );
    assert.match(index, /<span style="width:50%"><\/span><\/span><span>3 sur 6 faits<\/span>/);
    assert.match(index, /<strong>Réalisation<\/strong> <span class="muted">\(phase en cours\)<\/span>/);
    const german = renderSite(
      buildClientPage({ project: exampleProject(), history: [], today: TODAY, language: 'de' }),
      markdownRenderer(),
    ).get('index.html')!;
    assert.match(german, /<strong>Réalisation<\/strong> <span class="muted">\(aktuelle Phase\)<\/span>/); // a German noun keeps its capital
  });

  it('links every saved update with a permalink, newest first, and shows the latest in full', () => {
    const links = tags(index)
      .filter((t) => t.name === 'a')
      .map((t) => t.attrs.href);
    assert.deepEqual(
      links.filter((h) => h?.startsWith('updates/')),
      ['updates/2026-11-26.html', 'updates/2026-11-19.html', 'updates/2026-11-26.html'],
    );
    assert.match(
      index,
      /<li id="update-2026-11-26"><a href="updates\/2026-11-26.html">Point du 26 novembre 2026<\/a><\/li>/,
    );
    const update = site.get('updates/2026-11-26.html')!;
    assert.match(update, /<a href="\.\.\/index.html">Retour à la page d’avancement<\/a>/);
    assert.match(update, /<a href="2026-11-26.html">Lien permanent<\/a>/);
  });

  it('escapes HTML written in a saved update or in project.yaml instead of running it', () => {
    const update = site.get('updates/2026-11-26.html')!;
    assert.match(update, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const project = projectOf(
      'version: 1\nproject: { name: "<b>P</b> & \\"Q\\"", client: "<img src=x onerror=alert(1)>" }\n',
    );
    const html = renderSite(
      buildClientPage({
        project,
        history: [
          {
            name: '2026-11-01.md',
            markdown: '<iframe src="x"></iframe>\n\n![i](data:image/png;base64,AAAA)\n\n[j](javascript:alert(1))',
          },
        ],
        today: TODAY,
      }),
      markdownRenderer(),
    );
    for (const page of html.values()) {
      assert.deepEqual(
        tags(page).filter((t) => ['b', 'img', 'iframe'].includes(t.name)),
        [],
      );
      assert.deepEqual(
        tags(page).filter((t) => t.name === 'a' && /script:/i.test(t.attrs.href ?? '')),
        [],
      );
    }
    assert.match(html.get('index.html')!, /&lt;b&gt;P&lt;\/b&gt; &amp; &quot;Q&quot;/);
  });

  it('has responsive, print and dark styles', () => {
    assert.match(index, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(index, /@media \(max-width:40rem\)/);
    assert.match(index, /@media print/);
    assert.match(index, /@media \(prefers-color-scheme:dark\)/);
  });

  it('says so when there is nothing to show, in every section, rather than leaving one blank or out', () => {
    // No history, milestones, tasks, decisions or phases; its only red flag is internal.
    const project = projectOf(
      'version: 1\nproject: { name: P, client: C }\nred_flags:\n  - { id: inner, title: Internal only, mitigation: Fix it }\n',
    );
    const html = renderSite(buildClientPage({ project, history: [], today: TODAY }), markdownRenderer()).get(
      'index.html',
    )!;
    const sections = [...html.matchAll(/<section>([\s\S]*?)<\/section>/g)].map((m) => m[1]!);
    for (const body of sections) assert.match(body, /^<h2 id="h-[a-z]+">[^<]+<\/h2><p class="empty">[^<]+<\/p>$/);
    assert.deepEqual(
      sections.map((body) => /<p class="empty">([^<]+)</.exec(body)?.[1]),
      [
        'No milestone has been set yet.',
        'Nothing is waiting on you at the moment.',
        'No decisions are needed at the moment.',
        'No decision has been taken yet.',
        'No open risks at the moment.',
        'No phase has been planned yet.',
        'No update has been saved yet.',
      ],
    );
    assert.match(text(html), /Last update none yet/);
    assert.doesNotMatch(html, /Internal only|<svg/);
  });
});
