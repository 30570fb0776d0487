import type { ReviewPhrases } from '../../draft/reviewPhrases';

/** English words of the review points and the explanation, for the tech lead. */
export const en: ReviewPhrases = {
  heading: 'Review before sending',
  secret: (kind, where) =>
    `Something that looks like ${kind} was removed from ${where}: check the commit and rotate the secret.`,
  secretLeftOut: (kind, section) =>
    `Something that looks like ${kind} is in a commit that the cap left out of “${section}”: check the commit and rotate the secret.`,
  blame: (where) => `Wording that blamed someone was rewritten in ${where}: check it reads well.`,
  revert: (what) => `“${what}” reverts work from before this range: tell the client if they were told about it.`,
  internalFlag: (id) => `Internal red flag “${id}”: its code changed in this range; it is not shown to the client.`,
  noMitigation: (id) =>
    `Red flag “${id}” is shown to the client without a mitigation: bring a solution with the problem.`,
  finalCheck: 'The final check removed names, addresses or secrets from the draft: read it closely.',
  invalidPattern: (pattern) => `“${pattern}” is not a valid regular expression: it was ignored.`,
  leftOut: (left, read, from) =>
    `${left} older commit(s) of the range were left out: only the latest ${read} were read, so the draft covers ${from} onwards.`,
  secretKinds: {
    'aws-key': 'an AWS key',
    'github-token': 'a GitHub token',
    'private-key': 'a private key',
    password: 'a password',
    jwt: 'a JSON Web Token',
    'api-token': 'an API token',
    'high-entropy': 'a secret key or token',
  },
  where: (section, item) => (item === undefined ? `“${section}”` : `“${section}”, item ${item}`),
  explain: {
    title: (n) => `Why each line is there: ${n === 1 ? '1 commit' : `${n} commits`} in the range`,
    item: (where) => `became ${where}`,
    merged: (hash, where) => `merged into the line of ${hash} (near-duplicate): ${where}`,
    capped: (section) => `left out of “${section}” by the cap (counted in its smaller changes)`,
    hidden: (reason) => `hidden: ${reason}`,
    reasons: {
      merge: 'a merge without a pull request title (its commits speak for it)',
      revert: 'a revert of work in this range (both are left out)',
      reverted: 'reverted in this range',
      fixup: 'a fixup!/squash!/amend! commit',
      wip: 'work in progress',
      bot: 'made by a bot',
      noise: 'a type hidden from the client (chore, ci, docs…)',
      'client-hidden': 'marked Client-Visible: no',
      'in-pull-request': 'part of a pull request whose title speaks for it',
      internal: 'only tests, documentation, CI or tooling changed',
      'people-list': 'adds a person to a list of people (contributors, authors)',
      duplicate: 'a near-duplicate of another line',
      empty: 'nothing left once names, ids and secrets were removed',
    },
    removed: (list) => `words removed: ${list}`,
    sources: {
      'internal-id': 'internal id',
      name: 'name',
      email: 'email',
      handle: 'handle',
      url: 'link',
      secret: 'secret',
      trailer: 'trailer',
      mailmap: '.mailmap',
      team: 'team list',
    },
  },
};
