// A realistic two-week history for the draft tests: every cleaning rule and every redaction case appears in it.
// Secrets are fakes (AWS's documented example key, a repeated-pattern GitHub token) built at run time.
import type { Step } from './draftHelpers';

export const FAKE_AWS_KEY = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
export const FAKE_GITHUB_TOKEN = ['ghp', '_', 'A1b2C3d4'.repeat(5)].join('');
export const FAKE_JWT = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJwYXVsIn0', 'c2lnbmF0dXJlLXZhbHVl'].join('.');

const sofia = { author: 'Sofía Núñez', email: 'sofia@agency.dev' };
const emile = { author: 'Émile Zola', email: '1234+ezola@users.noreply.github.com' };

/** The Acme history, 19–26 November 2026. */
export const ACME_STEPS: readonly Step[] = [
  { commit: 'chore: initial import', day: 12, files: { 'README.md': 'Acme' } },
  {
    commit: 'feat(checkout): add coupon field to the cart page (#41)',
    day: 19,
    files: { 'src/checkout/coupon.ts': 'c' },
  },
  {
    commit: 'fix(invoices): PROJ-123 rounding error on VAT totals :bug:',
    day: 19,
    ...sofia,
    files: { 'src/invoices/vat.ts': 'v' },
  },
  { commit: 'chore: bump eslint', day: 20 },
  { commit: 'docs: update README', day: 20, files: { 'README.md': 'docs' } },
  { commit: 'ci: cache node modules', day: 20, files: { '.github/workflows/ci.yml': 'ci' } },
  { commit: 'test(checkout): cover coupon edge cases', day: 20, files: { 'test/checkout/coupon.test.ts': 't' } },
  {
    commit: 'feat(api)!: require an API version header\n\nBREAKING CHANGE: clients must send X-Api-Version.',
    day: 20,
    files: { 'src/api/version.ts': 'a' },
  },
  {
    commit:
      'feat: export invoices as PDF\n\nWorked on this with Sofía all week.\n\nClient-Note: Invoices can now be downloaded as PDF from the billing page.\nCo-authored-by: Sofía Núñez <sofia@agency.dev>\nSigned-off-by: Paul Martin <paul@agency.dev>',
    day: 21,
    files: { 'src/invoices/pdf/render.ts': 'p' },
  },
  {
    commit: 'feat: internal admin metrics page\n\nClient-Visible: no',
    day: 21,
    files: { 'src/admin/metrics.ts': 'm' },
  },
  { commit: 'fixup! feat: export invoices as PDF', day: 21, files: { 'src/invoices/pdf/render.ts': 'p2' } },
  { commit: 'WIP retry logic', day: 21, files: { 'src/payments/retry/policy.ts': 'r' } },
  {
    commit: 'Bump lodash from 4.17.20 to 4.17.21',
    day: 22,
    author: 'dependabot[bot]',
    email: '49699333+dependabot[bot]@users.noreply.github.com',
    files: { 'package.json': '{}' },
  },
  { commit: 'feat(search): add product search ✨', day: 22, files: { 'src/search/index.ts': 's' } },
  { revert: 'feat(search): add product search ✨', day: 22 },
  { branch: 'feature/export-csv' },
  { commit: 'feat(invoices): csv export endpoint', day: 23, ...sofia, files: { 'src/invoices/csv.ts': 'csv' } },
  { commit: 'fix(invoices): escape commas in csv', day: 23, ...sofia, files: { 'src/invoices/csv.ts': 'csv2' } },
  { checkout: 'main' },
  {
    merge: 'feature/export-csv',
    message: 'Merge pull request #52 from acme/feature/export-csv',
    body: 'Export invoices as CSV for the finance team',
    day: 23,
  },
  { branch: 'topic' },
  { commit: 'fix(checkout): handle an empty cart', day: 24, files: { 'src/checkout/cart.ts': 'e' } },
  { checkout: 'main' },
  { commit: 'feat(checkout): show a delivery estimate', day: 24, ...emile, files: { 'src/checkout/delivery.ts': 'd' } },
  { merge: 'topic', message: "Merge branch 'topic'", day: 24 },
  { commit: 'fix: checkout crash on Safari that Paul broke', day: 25, files: { 'src/checkout/cart.ts': 'safari' } },
  {
    commit: 'fix(payments): retry on timeout, see https://jira.agency.internal/browse/PAY-9 and ping @sofia-dev',
    day: 25,
    files: { 'src/payments/retry/policy.ts': 'r2' },
  },
  {
    commit: `fix: remove hardcoded key ${FAKE_AWS_KEY} from the config loader`,
    day: 25,
    files: { 'src/config/load.ts': 'k' },
  },
  {
    commit: `feat(webhooks): sign outgoing webhooks (was using token ${FAKE_GITHUB_TOKEN})`,
    day: 25,
    ...emile,
    files: { 'src/webhooks/sign.ts': 'w' },
  },
  { commit: 'feat(checkout): add coupon field to cart page', day: 26, files: { 'src/checkout/coupon.ts': 'c2' } },
  {
    commit: 'fix: mail to paul.martin@agency.dev bounced because of Émile',
    day: 26,
    files: { 'src/mail/send.ts': 'm' },
  },
  { commit: 'Fix login redirect loop', day: 26, ...sofia, files: { 'src/auth/login.ts': 'l' } },
  {
    commit: 'fix(checkout): my bad, typo in the total label (a1b2c3d)',
    day: 26,
    files: { 'src/checkout/total.ts': 't' },
  },
  { commit: 'squash! fix(checkout): typo in the total label', day: 26, files: { 'src/checkout/total.ts': 't2' } },
  {
    commit: 'fix(reports): corrige le calcul des remises, à cause de Paul',
    day: 26,
    files: { 'src/reports/discount.ts': 'fr' },
  },
  {
    commit: 'fix(reports): Sofía rompió el filtro de fechas',
    day: 26,
    ...sofia,
    files: { 'src/reports/dates.ts': 'es' },
  },
  { commit: 'fix(reports): Export der Summen repariert, wegen Émile', day: 26, files: { 'src/reports/sums.ts': 'de' } },
  {
    commit: `fix(auth): session expiry, test with Bearer ${FAKE_JWT}`,
    day: 26,
    ...emile,
    files: { 'src/session/expiry.ts': 'j' },
  },
];

/** Strings of the Acme history that must never reach a client draft, in any language or format. */
export const NEVER_IN_DRAFT: readonly (string | RegExp)[] = [
  /\bPaul\b/,
  /\bMartin\b/,
  /Sofía/,
  /Núñez/,
  /Émile/,
  /\bZola\b/i,
  /pmartin/i,
  /snunez/i,
  /sofia-dev/i,
  /ezola/i,
  /@agency\.dev/,
  /agency\.dev/,
  /noreply/,
  /Lead Dev/,
  /dependabot/i,
  /@\w/,
  /Co-authored-by/i,
  /Signed-off-by/i,
  /Client-Note/i,
  /Client-Visible/i,
  /Worked on this/,
  /jira/i,
  /https?:\/\//,
  /localhost/,
  /agency\.internal/,
  FAKE_AWS_KEY,
  'IOSFODNN7EXAMPLE',
  FAKE_GITHUB_TOKEN,
  'A1b2C3d4',
  FAKE_JWT,
  'eyJ',
  /that the team broke/,
  /because of/i,
  /my bad/i,
  /à cause de/i,
  /wegen/i,
  /the team rompió/i,
  /Paul broke/,
];

/** The entries of NEVER_IN_DRAFT found in a text (empty when the text is clean). */
export function leaks(text: string): string[] {
  return NEVER_IN_DRAFT.filter((n) => (typeof n === 'string' ? text.includes(n) : n.test(text))).map(String);
}
