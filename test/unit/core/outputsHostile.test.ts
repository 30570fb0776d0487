import assert from 'node:assert/strict';
import { buildBrief, briefWordsFor } from '../../../src/core/brief';
import { draftStatus } from '../../../src/core/draft/index';
import { formatDate } from '../../../src/core/draft/format';
import { localeOf, phrasesFor } from '../../../src/core/draft/phrases';
import { loadProject, type LoadedProject } from '../../../src/core/model/load';
import { buildOutline, type OutlineNode } from '../../../src/core/outline';
import { draftReminder } from '../../../src/core/reminder';
import { renderIndex } from '../../../src/core/report/html';
import { buildClientPage } from '../../../src/core/report/model';
import { markdownRenderer } from '../../../src/node/report';
import { hostileOutputProjects } from '../../fixtures/hostile/projects';
import { aCommit } from './draftHelpers';

// What a client or a tech lead sees of each output built from a valid but hostile project.yaml. The benchmark
// (bench/outputsHostile.ts) times each at 1 MB in a process of its own; here each is built at a few KB.
const SIZE = 6_000;
const today = '2026-11-26';
// Control characters (but tab and line feed) and bidi overrides: what the one sanitizer (safeText.ts) removes.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
// Signs of a date or a number gone wrong: Date.UTC's two-digit years, an invalid date, a missing value.
const BROKEN = /NaN|Invalid Date|undefined|\[object |\b1901\b|\+0\d{5}/;
const html = markdownRenderer();

/** The blocks a Markdown text renders to, by tag, to check a value opened none of its own. */
function blocks(markdown: string): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const [, tag] of html(markdown, 1).matchAll(/<(h\d|blockquote|pre|hr|table|ol|ul|li>\s*<(?:ul|ol|h\d|p))/g))
    counts.set(tag!, (counts.get(tag!) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count }));
}
const count = (markdown: string, tag: string) => blocks(markdown).find((b) => b.tag === tag)?.count ?? 0;

/** Every row of the tree, depth first. */
const rows = (node: OutlineNode): OutlineNode[] => [node, ...node.children.flatMap(rows)];

describe('outputs of hostile projects', () => {
  const projects = hostileOutputProjects(SIZE).map(({ name, text }) => {
    const loaded = loadProject(text);
    return { name, loaded: loaded.ok ? loaded.value : undefined, issues: loaded.issues };
  });

  it('has at least 20 shapes, each valid and under 1 MB at the benchmark’s size', () => {
    const full = hostileOutputProjects(1_000_000);
    assert.ok(full.length >= 20, `${full.length} shapes`);
    for (const { name, text } of full) assert.ok(Buffer.byteLength(text) < 1_000_000, `${name}: too large`);
    for (const { name, loaded, issues } of projects) assert.ok(loaded, `${name}: ${issues[0]?.message}`);
  });

  for (const { name, loaded } of projects) {
    // An invalid one fails the test above, and each below.
    const value = loaded as LoadedProject;
    const project = value.file;
    describe(name, () => {
      it('reminds the client with its own words whole, one line per task and real dates', () => {
        const reminder = draftReminder({ project: project, today });
        const p = phrasesFor(project.project.language).reminder;
        assert.doesNotMatch(reminder.subject + reminder.text, CONTROL);
        assert.doesNotMatch(reminder.subject + reminder.text, BROKEN);
        const [head, tail] = p.subject('\u0000').split('\u0000') as [string, string];
        assert.ok(reminder.subject.startsWith(head) && reminder.subject.endsWith(tail), reminder.subject);
        if (reminder.items.length === 0) return assert.equal(reminder.text, '');
        const lines = reminder.text.split('\n');
        const contact = project.communication?.contact;
        assert.equal(lines[0], p.greeting(contact));
        assert.equal(lines.filter((l) => l.startsWith('- ')).length, reminder.items.length);
        const locale = localeOf(project.project.language);
        for (const item of reminder.items.slice(0, 50))
          assert.ok(reminder.text.includes(formatDate(item.due, locale)), `${item.due} is said as a date`);
      });

      it('writes a brief whose headings, sections and lists no value can break', () => {
        const brief = buildBrief({ project: project, today, git: { read: false, reason: 'Restricted Mode.' } });
        const w = briefWordsFor('en');
        assert.ok(brief.markdown.startsWith(`# ${w.internalMark}`), brief.markdown.slice(0, 200));
        assert.doesNotMatch(brief.markdown, CONTROL);
        assert.doesNotMatch(brief.markdown, BROKEN);
        assert.equal(count(brief.markdown, 'h1'), 1);
        assert.equal(count(brief.markdown, 'h2'), brief.sections.length);
        for (const tag of ['blockquote', 'pre', 'hr', 'table', 'h4', 'h5', 'h6'])
          assert.equal(count(brief.markdown, tag), 0, `a value opened a <${tag}>`);
        assert.deepEqual(
          blocks(brief.markdown).filter((b) => b.tag.startsWith('li>')),
          [],
          'a value opened a block in a list item',
        );
      });

      it('builds a client page with every value escaped and nothing that runs', () => {
        const page = renderIndex(buildClientPage({ project: project, history: [], today }), html);
        assert.ok(page.startsWith('<!doctype html>'), page.slice(0, 100));
        assert.doesNotMatch(page, CONTROL);
        assert.doesNotMatch(page, BROKEN);
        assert.doesNotMatch(page, /<script|<img|<iframe|<a\s[^>]*href\s*=\s*["']?\s*javascript:/i);
        const tags = new Set([...page.matchAll(/<([a-zA-Z][\w-]*)\b([^>]*)>/g)].map((m) => m[1]!.toLowerCase()));
        for (const tag of tags)
          assert.match(
            tag,
            /^(html|head|meta|title|style|body|header|main|footer|section|h[1-4]|p|ul|ol|li|span|strong|em|small|time|table|thead|tbody|tr|th|td|svg|g|line|circle|text|rect|path|nav|a|div|details|summary|del|abbr|progress|dl|dt|dd)$/,
            tag,
          );
        for (const [, attributes] of page.matchAll(/<[a-zA-Z][\w-]*\b([^>]*)>/g))
          assert.doesNotMatch(attributes!, /\son\w+\s*=/i, 'an event handler in markup');
      });

      it('drafts a status update whose project sections no value can break', () => {
        const commits = [aCommit('feat(checkout): add the cart page', { files: ['src/checkout/cart.ts'] })];
        const draft = draftStatus({ project, commits, range: { from: '2026-11-19', to: today }, today });
        const h = phrasesFor(project.project.language).headings;
        assert.doesNotMatch(draft.markdown + draft.text, CONTROL);
        assert.doesNotMatch(draft.markdown + draft.text, BROKEN);
        assert.ok(draft.markdown.startsWith('# '));
        assert.equal(count(draft.markdown, 'h1'), 1);
        // Candor's section headings, in order (a section with nothing to say is left out), and no other.
        const sections = [...html(draft.markdown, 1).matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
        const all = [h.summary, h.delivered, h.fixed, h.next, h.risks, h.waiting, h.decisions];
        assert.deepEqual(
          sections,
          all.filter((heading) => sections.includes(heading)),
        );
        assert.equal(sections[0], h.summary);
        for (const tag of ['blockquote', 'pre', 'hr', 'table', 'h4', 'h5', 'h6'])
          assert.equal(count(draft.markdown, tag), 0, `a value opened a <${tag}>`);
        assert.deepEqual(
          blocks(draft.markdown).filter((b) => b.tag.startsWith('li>')),
          [],
        );
        // An escape shown as a backslash: `\1.` (before a digit a backslash is text, not an escape).
        assert.doesNotMatch(html(draft.markdown, 1), /<li>\\\d/);
      });

      it('shows the tree with one-line rows free of control characters', () => {
        const outline = buildOutline('project', { ok: true, value, issues: [] }, today);
        assert.ok(outline.children.length >= 5);
        for (const row of rows(outline)) {
          assert.doesNotMatch(`${row.label}${row.description ?? ''}`, /[\n\r\u2028\u2029\u0085]/);
          assert.doesNotMatch(`${row.label}${row.description ?? ''}${row.tooltip ?? ''}`, CONTROL);
          assert.doesNotMatch(`${row.label}${row.description ?? ''}`, BROKEN);
        }
      });
    });
  }
});
