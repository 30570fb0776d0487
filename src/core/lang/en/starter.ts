import type { StarterText } from '../../starter';

/** The English starter project.yaml: its comments and placeholders, written natively (not line by line). */
export const en: StarterText = {
  placeholder: { name: 'My project', client: 'Client name (example)' },
  header: [
    'project.yaml — what this client project must keep in view, read by Candor.',
    'Edit it freely: Candor shows it in its tree view and checks it as you type.',
    'Everything marked "example" is a placeholder: replace it or delete it.',
  ],
  project: [
    'The project as the client knows it. `language`: the language of client status drafts (en, fr, es, de);',
    '`phase`: the id of the phase you are in now.',
  ],
  team: ['Your team. Internal only: names and aliases (git names, handles, emails) never appear in a client draft.'],
  member: { name: 'First Last (example)', role: 'Tech lead', alias: 'first.last@example.com' },
  client: [
    "The client's people and what each of them approves: learn the approval levels before you need them.",
    'Departments: neighbouring teams whose systems or processes the work touches. Warn them early (the domino effect).',
  ],
  contact: { name: 'Client Contact (example)', role: 'Product owner', approves: ['scope', 'budget'] },
  backup: 'Backup Contact (example)',
  department: { name: 'Finance (example)', impact: 'Invoice exports change format' },
  communication: [
    'Set expectations up front: one channel, a fixed rhythm, who receives the update and who stands in.',
    'Candor reminds you when the next status update is due.',
  ],
  channel: 'email',
  phases: ['The moments of a client project, as checklists: tick items in the Candor view or write `done: true` here.'],
  phase: [
    {
      title: 'Pre-signing',
      why: 'Before signing: know your client, build the team, agree on how you will work together.',
      items: [
        'Get a full briefing from sales: what was promised, and to whom',
        'Learn how the client works: preferred channel, working hours, who decides',
        "Name the team and each person's role",
        'Agree on the process (agile or not), with regular calls budgeted in schedule and scope',
        "Map the client's approval levels: scope, budget, design",
        'List the neighbouring departments the work touches and warn them',
      ],
    },
    {
      title: 'Kickoff',
      why: 'The kickoff meeting: everyone leaves knowing the scope, the plan and who does what.',
      items: [
        "Hold the kickoff meeting with the client's team and ours",
        'Walk through scope and process flow, and write down what cannot be done',
        "Share timelines and milestones, with buffer for the client's approvals",
        'Agree on contingency plans for the known risks',
        'Set the communication protocol: meetings, contacts, backups',
        "Confirm the client's own roles and responsibilities",
      ],
    },
    {
      title: 'Delivery',
      why: 'After the start: clear responsibilities, automated tracking, and never keep the client in the dark.',
      items: [
        'Give every task an owner, client tasks included',
        'Track progress automatically and share the report with the client',
        'Hold check-ins at a fixed interval, even when there is little to say',
        'Review red flags every week and bring a solution with each problem',
        'Plan for deadlines and extensions before they are needed',
        'Test continuously, not at the end',
      ],
    },
    {
      title: 'Closing',
      why: 'The end: hand over properly, celebrate, learn, and close the file.',
      items: [
        'Agree on the implementation plan for go-live',
        'Hand over clear documentation',
        'Celebrate with the client and ask for their feedback',
        'Hold an internal retrospective',
        'Write down the lessons learned',
        'Close the file: access, invoices, archives',
      ],
    },
  ],
  milestones: [
    'Milestones the client sees. `paths` links a milestone to its code (globs);',
    '`status`: planned, on-track, at-risk, late or done.',
  ],
  milestone: ['Kickoff meeting (example)', 'First release (example)'],
  areas: [
    "Areas of the product in the client's words: each line of a status draft is labelled with the area",
    'whose `paths` (globs) hold most of its files.',
  ],
  area: 'Checkout (example)',
  tasks: [
    'What the client owes you, with an owner and a date: report on it week after week.',
    '`status`: open, blocked or done.',
  ],
  task: 'Example: give us access to the test environment',
  decisions: [
    'Decisions only the client can take, and whose approval each needs. Involve the client early.',
    '`status`: open, decided or dropped; write what was decided in `outcome`.',
  ],
  decision: 'Example: which payment provider do we use?',
  flags: [
    'Red flags: unknown territory for the team, a feature not yet tested, a feature the client finds confusing.',
    'Bring a solution with every problem (`mitigation`). In the code, mark the place with a RED-FLAG(<id>) comment.',
    'Values of `kind`: untested | unknown-territory | client-confusing | dependency | other; of `severity`: low | medium | high | critical.',
    '`client_visible: true` puts the flag, with its mitigation, in client status drafts.',
  ],
  flag: {
    title: 'Example: payment retries not tested under network failure',
    mitigation: 'Example: failure tests this sprint, manual capture as a fallback',
  },
};
