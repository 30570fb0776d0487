/**
 * The client's page as HTML: `index.html` and one page per saved update, self-contained (inline CSS and SVG,
 * no script, a CSP that forbids every request). Pure: the page model in, strings out; Markdown is rendered by
 * the caller's renderer (markdown-it with HTML escaped, in src/node/report.ts), every other value is escaped here.
 */
import { formatDate } from '../draft/format';
import { PAGE_CSS } from './css';
import { escapeHtml as e } from './escape';
import type { ClientPage, PageUpdate } from './model';
import { timelineSvg } from './timeline';

/** Renders saved-update Markdown to HTML whose first heading level is `baseLevel` (headings stay in order). */
export type MarkdownRenderer = (markdown: string, baseLevel: number) => string;

/** The files of the site: path relative to the site folder → content. */
export type SiteFiles = Map<string, string>;

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Every file of the site: `index.html` and `updates/<slug>.html` for each saved update. */
export function renderSite(page: ClientPage, markdown: MarkdownRenderer): SiteFiles {
  const files: SiteFiles = new Map([['index.html', renderIndex(page, markdown)]]);
  for (const update of page.updates) files.set(`updates/${update.slug}.html`, renderUpdatePage(page, update, markdown));
  return files;
}

/** The progress page: header, timeline, what the client owes, decisions, risks, phases, update history. */
export function renderIndex(page: ClientPage, markdown: MarkdownRenderer): string {
  const w = page.words;
  const body = [
    milestonesSection(page),
    tasksSection(page),
    decisionsSection(page),
    takenSection(page),
    risksSection(page),
    phasesSection(page),
    historySection(page, markdown),
  ].join('\n');
  return documentHtml(
    page,
    w.pageTitle(page.header.project),
    `<header class="top"><h1>${e(w.pageTitle(page.header.project))}</h1>${facts(page)}</header>\n<main>\n${body}\n</main>`,
  );
}

/** One saved update on its own page, with a way back and its permalink. */
export function renderUpdatePage(page: ClientPage, update: PageUpdate, markdown: MarkdownRenderer): string {
  const w = page.words;
  const title = w.updateOf(date(page, update.date));
  const head = `<header class="top"><p><a href="../index.html">${e(w.back)}</a></p><h1>${e(title)}</h1><p class="muted">${e(page.header.project)} · <a href="${e(update.slug)}.html">${e(w.permalink)}</a></p></header>`;
  return documentHtml(
    page,
    `${title} · ${page.header.project}`,
    `${head}\n<main>\n<article class="update">${markdown(update.markdown, 2)}</article>\n</main>`,
  );
}

function documentHtml(page: ClientPage, title: string, content: string): string {
  return `<!doctype html>
<html lang="${e(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${content}
<footer><p>${e(page.words.generated(date(page, page.today)))}</p></footer>
</body>
</html>
`;
}

function facts(page: ClientPage): string {
  const w = page.words;
  const h = page.header;
  const items: [string, string][] = [
    [w.client, h.client],
    ...(h.phase ? [[w.phase, h.phase] as [string, string]] : []),
    [w.lastUpdate, h.lastUpdate ? date(page, h.lastUpdate) : w.noUpdateYet],
    [w.nextUpdate, date(page, h.nextUpdate)],
  ];
  return `<dl class="facts">${items.map(([k, v]) => `<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>`;
}

function milestonesSection(page: ClientPage): string {
  const w = page.words;
  if (page.milestones.length === 0)
    return section('milestones', w.milestones, `<p class="empty">${e(w.noMilestones)}</p>`);
  const rows = page.milestones.map(
    (m) =>
      `<tr><th scope="row">${e(m.title)}</th><td>${e(date(page, m.planned))}</td><td>${e(date(page, m.due))}</td><td>${e(slip(page, m.slipDays))}</td><td>${badge(m.status, m.label)}</td></tr>`,
  );
  // On a phone the timeline keeps a readable size and scrolls sideways; the region can be scrolled from the keyboard.
  const timeline = `<div class="scroll" tabindex="0" role="region" aria-label="${e(w.timeline)}">${timelineSvg(page)}</div>`;
  return section(
    'milestones',
    w.milestones,
    timeline + table(w.milestones, [w.milestone, w.planned, w.current, w.slip, w.status], rows),
  );
}

function tasksSection(page: ClientPage): string {
  const w = page.words;
  const p = page.phrases;
  if (page.tasks.length === 0)
    return section('waiting', p.headings.waiting, `<p class="empty">${e(p.empty.waiting)}</p>`);
  const rows = page.tasks.map((t) => {
    const due = t.due
      ? e(date(page, t.due)) +
        (t.overdueDays > 0 ? ` <span class="late-text">(${e(p.overdueBy(t.overdueDays))})</span>` : '')
      : '';
    return `<tr class="${t.status}"><th scope="row">${e(t.title)}</th><td>${e(t.owner ?? '')}</td><td>${due}</td><td>${badge(t.status, t.label)}</td></tr>`;
  });
  return section('waiting', p.headings.waiting, table(p.headings.waiting, [w.task, w.owner, w.due, w.status], rows));
}

function decisionsSection(page: ClientPage): string {
  const w = page.words;
  const p = page.phrases;
  if (page.decisionsOpen.length === 0)
    return section('decisions', p.headings.decisions, `<p class="empty">${e(p.empty.decisions)}</p>`);
  const rows = page.decisionsOpen.map((d) => {
    const due = d.due
      ? e(date(page, d.due)) +
        (d.overdueDays > 0 ? ` <span class="late-text">(${e(p.overdueBy(d.overdueDays))})</span>` : '')
      : '';
    return `<tr><th scope="row">${e(d.question)}</th><td>${e(d.approvers.join(', '))}</td><td>${due}</td></tr>`;
  });
  return section(
    'decisions',
    p.headings.decisions,
    table(p.headings.decisions, [w.decision, w.approvers, w.neededBy], rows),
  );
}

function takenSection(page: ClientPage): string {
  const w = page.words;
  if (page.decisionsTaken.length === 0)
    return section('decided', w.decisionsTaken, `<p class="empty">${e(w.noDecisionsTaken)}</p>`);
  const rows = page.decisionsTaken.map(
    (d) => `<tr><th scope="row">${e(d.question)}</th><td>${e(d.outcome ?? '')}</td><td>${e(d.label)}</td></tr>`,
  );
  return section('decided', w.decisionsTaken, table(w.decisionsTaken, [w.decision, w.outcome, w.status], rows));
}

function risksSection(page: ClientPage): string {
  const p = page.phrases;
  const body =
    page.risks.length === 0
      ? `<p class="empty">${e(p.empty.risks)}</p>`
      : page.risks
          .map((r) => `<div class="risk"><h3>${e(r.title)}</h3><p>${e(p.mitigation(r.mitigation))}</p></div>`)
          .join('');
  return section('risks', p.headings.risks, body);
}

function phasesSection(page: ClientPage): string {
  const w = page.words;
  if (page.phases.length === 0) return section('phases', w.phases, `<p class="empty">${e(w.noPhases)}</p>`);
  const items = page.phases.map((ph) => {
    const share = ph.total === 0 ? 0 : Math.round((ph.done / ph.total) * 100);
    const name = ph.current
      ? `<strong>${e(ph.title)}</strong> <span class="muted">(${e(w.currentPhase)})</span>`
      : e(ph.title);
    return `<li><span>${name}</span><span class="bar" aria-hidden="true"><span style="width:${share}%"></span></span><span>${e(w.progress(ph.done, ph.total))}</span></li>`;
  });
  return section('phases', w.phases, `<ul class="phases">${items.join('')}</ul>`);
}

function historySection(page: ClientPage, markdown: MarkdownRenderer): string {
  const w = page.words;
  const [latest] = page.updates;
  if (!latest) return section('history', w.history, `<p class="empty">${e(w.noHistory)}</p>`);
  const link = (u: PageUpdate) => `<a href="updates/${e(u.slug)}.html">${e(w.updateOf(date(page, u.date)))}</a>`;
  const list = `<ol class="history" reversed>${page.updates.map((u) => `<li id="update-${e(u.slug)}">${link(u)}</li>`).join('')}</ol>`;
  const article = `<h3>${e(w.latest)}: ${link(latest)}</h3><article class="update">${markdown(latest.markdown, 4)}</article>`;
  return section('history', w.history, list + article);
}

function section(id: string, heading: string, body: string): string {
  return `<section><h2 id="h-${id}">${e(heading)}</h2>${body}</section>`;
}

// A table wider than a phone scrolls inside its own region (focusable, so the keyboard scrolls it too).
function table(label: string, headers: readonly string[], rows: readonly string[]): string {
  return `<div class="scroll" tabindex="0" role="region" aria-label="${e(label)}"><table><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function badge(status: string, label: string): string {
  return `<span class="badge s-${e(status)}"><span class="dot" aria-hidden="true"></span>${e(label)}</span>`;
}

function slip(page: ClientPage, days: number): string {
  if (days === 0) return page.words.onPlan;
  return days > 0 ? page.words.slipLate(days) : page.words.slipEarly(-days);
}

const date = (page: ClientPage, iso: string) => formatDate(iso, page.locale);
