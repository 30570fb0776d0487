import assert from 'node:assert/strict';
import { renderSite } from '../../../src/core/report/html';
import { buildClientPage } from '../../../src/core/report/model';
import { markdownRenderer } from '../../../src/node/report';
import { projectOf } from './reportFixtures';

const TODAY = '2026-11-29';
const LONG = 'Migration '.repeat(120).trim();

/** A project.yaml whose every text shown on the page is `value(field)` as a YAML double-quoted scalar. */
function projectYaml(value: (field: string) => string): string {
  const v = (field: string) => value(field);
  return `version: 1
project: { name: ${v('name')}, client: ${v('client')}, phase: p1 }
phases:
  - { id: p1, title: ${v('phase')}, checklist: [{ id: c1, text: x, done: true }] }
milestones:
  - { id: m1, title: ${v('milestone')}, due: 2026-12-15, baseline: 2026-12-01, status: late }
  - { id: m2, title: ${v('long')}, due: 2026-11-30, status: at-risk }
client_tasks:
  - { id: t1, title: ${v('task')}, owner: ${v('owner')}, due: 2026-11-20, status: open }
  - { id: t2, title: ${v('done task')}, owner: ${v('owner 2')}, due: 2026-11-10, status: done }
decisions:
  - { id: d1, question: ${v('question')}, needs: [${v('approver')}], due: 2026-12-01, status: open }
  - { id: d2, question: ${v('question 2')}, status: decided, outcome: ${v('outcome')} }
red_flags:
  - { id: f1, title: ${v('risk')}, mitigation: ${v('mitigation')}, client_visible: true }
`;
}

// Markup, both quotes, an ampersand, newlines and tabs, C0 and C1 controls, a line separator and a private-use
// character: everything that could open a tag or an attribute, break a line or hide in the text.
const hostile = (field: string) =>
  JSON.stringify(
    `${field} <script>alert("x")</script> "quoted" 'single' & <b onmouseover=x>\n\nsecond\tline\u0007\u001b[31m\u0085\u2028\ue000 end`,
  );
const plain = (field: string) => JSON.stringify(`${field} plain text`);

/** The tags of an HTML text, names and attribute names only: the page's structure without its values. */
const structure = (html: string) =>
  [...html.matchAll(/<\/?([a-zA-Z][\w-]*)((?:\s+[\w-:]+(?:="[^"]*")?)*)\s*\/?>/g)].map(
    (m) =>
      `${m[0].startsWith('</') ? '/' : ''}${m[1]}${[...m[2]!.matchAll(/\s([\w-:]+)=/g)].map((a) => ` ${a[1]}`).join('')}`,
  );

function indexOf(yaml: string): string {
  return renderSite(buildClientPage({ project: projectOf(yaml), history: [], today: TODAY }), markdownRenderer()).get(
    'index.html',
  )!;
}

describe('the client page of a hostile project.yaml', () => {
  // The long title is the same on both pages, so that the timeline's labels are cut alike.
  const withLong = (value: (field: string) => string) => (field: string) =>
    field === 'long' ? JSON.stringify(LONG) : value(field);
  const html = indexOf(projectYaml(withLong(hostile)));
  const body = html.slice(html.indexOf('<body>'));

  it('escapes every value: the page has the same tags and attributes as the same project with plain values', () => {
    assert.deepEqual(structure(html), structure(indexOf(projectYaml(withLong(plain)))));
    assert.doesNotMatch(html, /<script|<b[\s>]/i); // the handler is text: the structure above has no attribute it could be
    assert.match(
      body,
      /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &quot;quoted&quot; &#39;single&#39; &amp; &lt;b onmouseover=x&gt;/,
    );
  });

  it('writes each value on one line, without control, separator or private-use characters', () => {
    assert.doesNotMatch(html, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\uE000-\uF8FF]/);
    // Every element that holds a value closes on the line it opens.
    for (const tag of ['h1', 'dd', 'th', 'td', 'h3', 'p', 'text']) {
      for (const m of body.matchAll(new RegExp(`<${tag}[ >][^]*?</${tag}>`, 'g')))
        assert.doesNotMatch(m[0], /\n/, m[0]);
    }
    assert.match(body, /<th scope="row">milestone &lt;script&gt;[^<]*second line\[31m end<\/th>/);
  });

  it('keeps a very long title whole in the table and shortened, with its status, inside the timeline', () => {
    assert.ok(body.includes(`<th scope="row">${LONG}</th>`));
    const labels = [...body.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="(start|end)">([^<]*)<\/text>/g)];
    const long = labels.find((l) => l[3]!.startsWith('Migration'));
    assert.ok(long, 'the long milestone has a label');
    assert.match(long[3]!, /^Migration[^…]*… · at risk$/);
    // The label fits the 720-wide picture on the side it runs (about 7 px a character).
    const room = long[2] === 'start' ? 720 - 16 - Number(long[1]) : Number(long[1]) - 16;
    assert.ok(long[3]!.length * 7 <= room, `${long[3]!.length} characters in ${room} px`);
  });
});
