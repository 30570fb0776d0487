/**
 * The contract of the `descriptions` family of the language packs: what each key of project.yaml is for, keyed by
 * its path in the format (`*` for the items of a list: `milestones.*.due`), the path the hover reads. The English
 * catalog is also where the JSON Schema's descriptions come from (see ./jsonSchema.ts).
 */
export interface KeyDescriptions {
  version: string;
  'project.name': string;
  'project.client': string;
  'project.language': string;
  'project.phase': string;
  'team.*.name': string;
  'team.*.role': string;
  'team.*.aliases': string;
  'client.contacts.*.name': string;
  'client.contacts.*.role': string;
  'client.contacts.*.email': string;
  'client.contacts.*.approves': string;
  'client.departments.*.name': string;
  'client.departments.*.impact': string;
  'client.departments.*.notified': string;
  'communication.channel': string;
  'communication.contact': string;
  'communication.backup': string;
  'communication.paused_until': string;
  'phases.*.id': string;
  'phases.*.title': string;
  'phases.*.checklist.*.id': string;
  'phases.*.checklist.*.text': string;
  'phases.*.checklist.*.done': string;
  'milestones.*.id': string;
  'milestones.*.title': string;
  'milestones.*.due': string;
  'milestones.*.baseline': string;
  'milestones.*.paths': string;
  areas: string;
  'areas.*.name': string;
  'areas.*.paths': string;
  'client_tasks.*.id': string;
  'client_tasks.*.title': string;
  'client_tasks.*.owner': string;
  'client_tasks.*.due': string;
  'decisions.*.id': string;
  'decisions.*.question': string;
  'decisions.*.needs': string;
  'decisions.*.due': string;
  'decisions.*.outcome': string;
  'decisions.*.decided_on': string;
  'red_flags.*.id': string;
  'red_flags.*.title': string;
  'red_flags.*.paths': string;
  'red_flags.*.mitigation': string;
  'red_flags.*.client_visible': string;
}
