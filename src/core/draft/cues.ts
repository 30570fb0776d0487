/**
 * People named only in a message: "reported by Jane Doe", "[credit to jdoe]", "thanks to Jane Doe", "merci à
 * Paul Martin", "Added Jane Doe to the contributors list", "(Jane Doe)" at the end of a subject. A credit is cut
 * out whole (the client does not need to know who reported a bug); a name after "added … to the contributors"
 * becomes "the team". Hand-written scanning after one literal-alternation regex: linear in the text.
 */
import { isCommonWord, isNeverName } from './words';

/** A credit or mention found in a text: the names, and the span to cut (credits) or only the names (mentions). */
export interface Cue {
  from: number;
  to: number;
  names: string[];
  /** A credit ("thanks to X") goes whole; a mention ("added X to the authors") keeps its words. */
  credit: boolean;
}

// After these, one capitalised word or a login is a person too; after the weaker ones ("thanks to", "grâce à")
// only two capitalised words, a handle or an email are ("thanks to Redis" names no one).
const STRONG = [
  'reported by',
  'reported-by',
  'credit to',
  'credits to',
  'credit goes to',
  'props to',
  'kudos to',
  'suggested by',
  'patch by',
  'patched by',
  // "…; patched by Jane Doe; reviewed Bob Li": the reviewers of an older habit, listed without "by".
  '; reviewed',
  'patch from',
  'patches by',
  'original patch by',
  'with help from',
  'help from',
  'found by',
  'spotted by',
  'noticed by',
  'contributed by',
  'written by',
  'based on work by',
  'idea by',
  'idea from',
  'courtesy of',
  'hat tip to',
  'h/t',
  'tested by',
  'requested by',
  'reviewed by',
  'thanks',
  'thank you',
  'many thanks to',
  'special thanks to',
  'shout-out to',
  'shoutout to',
  'thx',
  'signalé par',
  'rapporté par',
  'remonté par',
  'merci à',
  'merci',
  'crédit à',
  'crédits à',
  'suggéré par',
  'proposé par',
  'patch de',
  'correctif de',
  "avec l'aide de",
  'avec l’aide de',
  'aidé par',
  'trouvé par',
  'repéré par',
  'testé par',
  'relu par',
  'reportado por',
  'informado por',
  'gracias',
  'crédito a',
  'créditos a',
  'sugerido por',
  'propuesto por',
  'parche de',
  'con ayuda de',
  'con la ayuda de',
  'encontrado por',
  'detectado por',
  'probado por',
  'revisado por',
  'gemeldet von',
  'berichtet von',
  'danke an',
  'danke',
  'dank an',
  'vielen dank an',
  'dank geht an',
  'vorgeschlagen von',
  'patch von',
  'mit hilfe von',
  'mithilfe von',
  'gefunden von',
  'entdeckt von',
  'getestet von',
  'geprüft von',
];
const WEAK = ['thanks to', 'thanks go to', 'grâce à', 'gracias a', 'dank'];
const byLength = (a: string, b: string) => b.length - a.length;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
// A cue that starts with a word needs a word boundary before it; "; reviewed" follows a word directly.
const startsWithWord = (cue: string) => /^\p{L}/u.test(cue);
const alternation = (cues: string[]) => cues.sort(byLength).map(literal).join('|');
const CUE = new RegExp(
  `((?<![\\p{L}\\p{N}_])(?:${alternation([...STRONG, ...WEAK].filter(startsWithWord))})|(?:${alternation(STRONG.filter((c) => !startsWithWord(c)))})(?![ \\t]+by\\b))(?![\\p{L}\\p{N}_])[ \\t]*:?[ \\t]*`,
  'giu',
);
const WEAK_SET = new Set(WEAK);
const ADDED = /(?<![\p{L}\p{N}_])(?:add(?:ed|s)?|ajout(?:e|é|er)|añad(?:e|ido|ir)|füge|fügt)[ \t]+/giu;
// What every ADDED match holds, for a quick test (the same letters, case-blind).
const ADDED_WORD = /add|ajout|añad|füg/i;
const TO_LIST =
  /^[ \t]+(?:to|à|a|zu|zur|zum|in)[ \t]+(?:the[ \t]+|la[ \t]+|les[ \t]+|los[ \t]+|die[ \t]+|den[ \t]+|l'|l’)?(?:list[ \t]+of[ \t]+|liste[ \t]+des[ \t]+)?(?:contributors|authors|maintainers|credits|committers|team|contributeurs|auteurs|mainteneurs|colaboradores|autores|mantenedores|mitwirkenden|autoren|beitragenden)/iu;
// What the credit was for goes with it: "thanks @jdoe for the report" leaves no "for the report" behind.
const CREDIT_TAIL =
  /[ \t]+(?:for|pour|por|für)[ \t]+(?:(?:the|your|his|her|their|this|le|la|les|ton|votre|el|la|tu|su|den|die|das|deinen|ihren)[ \t]+)?(?:(?:bug|initial|original)[ \t]+)?(?:report|reports|fix|patch|patches|help|review|reviews|idea|suggestion|feedback|testing|investigation|analysis|signalement|retour|aide|relecture|correctif|reporte|ayuda|revisión|hinweis|meldung|hilfe|patch)(?![\p{L}\p{N}_])/iuy;
const END_BRACKET = /[[(]([^[\]()\n]{3,80})[\])][ \t]*$/u;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const HANDLE = /@[A-Za-z0-9][\w-]*/y;
const LOGIN = /[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*[\p{Ll}\p{N}](?![\p{L}\p{N}@])/uy;
const CAPITALISED = /\p{Lu}[\p{L}'’-]*(?![\p{L}\p{N}_])/uy;
const PARTICLE = /(?:(?:de|da|di|du|del|della|van|von|der|den|ter|le|la|al|el|bin|dos|das)[ \t]+){1,3}/uy;
// ", and" too: "reviewed by Rita Sol, Joel Brand, and Jun Ra".
const SEPARATOR = /[ \t]*(?:,[ \t]*(?:and|et|y|und|e)|,|&|and|et|y|und|e)[ \t]+/uy;

const at = (re: RegExp, text: string, pos: number) => {
  re.lastIndex = pos;
  return re.exec(text)?.[0];
};

/** Whether a word is the name or login of one of the draft's people ("bg" is a name after "thanks to"). */
export type KnownName = (word: string) => boolean;

// One name at `pos`: an email, a handle, capitalised words (2+; 1 after a strong cue), a login after a strong
// cue, or one of the draft's people however short.
function nameAt(text: string, pos: number, strong: boolean, known: KnownName, first = true): string | undefined {
  const direct = at(EMAIL, text, pos) ?? at(HANDLE, text, pos);
  if (direct) return direct;
  let cursor = pos;
  let wordEnd = pos;
  const words: string[] = [];
  while (words.length < 4) {
    const particle = words.length > 0 ? (at(PARTICLE, text, cursor) ?? '') : '';
    const word = at(CAPITALISED, text, cursor + particle.length);
    if (!word || isNeverName(word)) break;
    words.push(word);
    wordEnd = cursor + particle.length + word.length;
    const space = at(/[ \t]+/y, text, wordEnd);
    if (!space) break;
    cursor = wordEnd + space.length;
  }
  // "Dark Mode" is two ordinary words, not a person.
  if (words.length >= 2 ? !words.every(isCommonWord) : words.length === 1 && strong && !isCommonWord(words[0]!))
    return text.slice(pos, wordEnd);
  const lower = at(LOGIN, text, pos);
  const person = words.length === 1 ? words[0]! : lower;
  if (person && known(person)) return person;
  // After "and" or a comma, a lowercase word is more often prose than a login: it needs a login's shape.
  const login = strong ? lower : undefined;
  if (!login || login.length < 3 || isCommonWord(login) || (!first && !/[\d._-]/.test(login))) return undefined;
  return login;
}

// Names joined by commas and "and": "thanks to Jane Doe and Bob Li".
function namesAt(text: string, pos: number, strong: boolean, known: KnownName): { names: string[]; end: number } {
  const names: string[] = [];
  let end = pos;
  for (;;) {
    const name = nameAt(text, end, strong, known, names.length === 0);
    if (!name) break;
    names.push(name);
    end += name.length;
    const sep = at(SEPARATOR, text, end);
    if (!sep || !nameAt(text, end + sep.length, strong, known, false)) break;
    end += sep.length;
  }
  return { names, end };
}

// Every match of a global regex that never matches empty: `matchAll` would copy the (large) regex on each call.
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}

// "Added Jane Doe to the contributors list", "Add jdoe to AUTHORS": the names added to a list of people.
function listAdditions(text: string, known: KnownName = () => false): Cue[] {
  const cues: Cue[] = [];
  for (const m of ADDED_WORD.test(text) ? matches(ADDED, text) : []) {
    const found = namesAt(text, m.index + m[0].length, true, known);
    if (found.names.length > 0 && TO_LIST.test(text.slice(found.end)))
      cues.push({ from: m.index + m[0].length, to: found.end, names: found.names, credit: false });
  }
  return cues;
}

/** Whether a text adds a person to a list of people (contributors, authors, maintainers): the team's own news. */
export function addsPersonToList(text: string): boolean {
  return listAdditions(text).length > 0;
}

/** The credits and mentions of people in a text, in order; `known` says which words are the draft's people. */
export function findCues(text: string, known: KnownName = () => false): Cue[] {
  const cues: Cue[] = [];
  for (const m of matches(CUE, text)) {
    const found = namesAt(text, m.index + m[0].length, !WEAK_SET.has(m[1]!.toLowerCase().replace(/\s+/g, ' ')), known);
    if (found.names.length > 0)
      cues.push({
        from: m.index,
        to: found.end + (at(CREDIT_TAIL, text, found.end)?.length ?? 0),
        names: found.names,
        credit: true,
      });
  }
  cues.push(...listAdditions(text, known));
  const subject = text.split('\n', 1)[0]!;
  const bracket = END_BRACKET.exec(subject);
  if (bracket && !cues.some((c) => c.from >= bracket.index && c.from < subject.length)) {
    const inner = namesAt(bracket[1]!, 0, false, known);
    if (inner.names.length > 0 && inner.end === bracket[1]!.trimEnd().length)
      cues.push({
        from: bracket.index,
        to: bracket.index + bracket[0].trimEnd().length,
        names: inner.names,
        credit: true,
      });
  }
  return cues.sort((a, b) => a.from - b.from).filter((c, i, all) => i === 0 || c.from >= all[i - 1]!.to);
}
