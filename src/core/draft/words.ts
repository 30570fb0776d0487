/**
 * Words that are not names on their own. A name found only as one of these words (a role address such as
 * support@, a display name such as "The Maintainer", an alias "how") must not remove the word from every sentence.
 * Two tiers: FUNCTION words (and role words) never stand for a person; COMMON words do only where capitalisation
 * says so (mid-sentence "Will", not "Will this…" at the start).
 */
import { DRAFT } from '../lang';
import type { Phrases } from './phrases';

const list = (text: string) => text.split(/\s+/).filter(Boolean);

// Articles, pronouns, prepositions, conjunctions, auxiliaries and name particles of the four draft languages.
const FUNCTION_WORDS = list(`
a an the this that these those it its i me my we us our you your he him his she her they them their who whom
what which where when why how here there and or nor but if then else so not no yes of to in on at by for from
with without into onto over under about above below after before between through during since until upon via
per than as is are was were be been being am do does did done have has had will would shall should can could
may might must let all any each every some none both either neither one ones other others such own same
le la les un une des du de d l au aux et ou où ni mais donc or car ce cet cette ces il elle ils elles on nous
vous je tu lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos qui que quoi dont en y dans sur
sous par pour avec sans chez vers entre est sont était être avoir ont a été fait pas ne plus très tout tous
el los las una unos unas del al y e o u pero si sí no que quien cual este esta estos estas ese esa eso lo le
les se su sus mi mis tu tus nuestro nuestra con sin por para sobre entre desde hasta es son fue ser estar está
hay muy más todo todos
der die das den dem des ein eine einer einem einen und oder aber wenn dann als wie wo was wer ich du er sie es
wir ihr mein dein sein unser euer mit ohne für von vom zu zum zur bei beim nach vor über unter durch gegen aus
auf an am im in ins ist sind war waren sein hat haben wird werden nicht kein keine auch noch nur sehr alle
van von der den ter ten da di dos das del della du le la st mc mac bin ibn al el
`);

// Addresses and identities of roles, services and bots, and words that name the team rather than a person.
const ROLE_WORDS = list(`
admin administrator root system sysadmin support help helpdesk info information contact contacts hello hi hey
office sales billing accounts accounting invoices legal press media marketing jobs careers hr security abuse
postmaster webmaster hostmaster mail mailer email noreply no-reply donotreply do-not-reply reply notifications
notification notify alerts alert news newsletter team teams staff crew dev devs developer developers engineering
engineer ops devops infra it qa test tests testing tester ci cd build builds builder deploy deployer deployment
release releases releaser bot bots robot automation automated auto service services server daemon cron
maintainer maintainers owner owners author authors committer contributor contributors reviewer reviewers
user users guest anonymous unknown nobody somebody someone everyone anyone project projects repo repository
github gitlab bitbucket gitea azure actions dependabot renovate linter lint web-flow git svn hg ci-bot
`);

// Common content words (and common words that are also first names: Will, Mark, Grace, June…): removed only
// where they are capitalised mid-sentence, never at the start of a sentence.
const COMMON_WORDS = list(`
add added adds adding fix fixed fixes fixing update updated updates remove removed removes use used uses make
made makes new old good bad great best better big small little long short high low first last next previous
more most less least many much few very just also only even still again ever never always often now today
work works worked working get gets got go goes going went come came see saw seen look find found give gave
take took know knew think say said tell told ask asked try tried need needs want wants like liked call called
run runs ran set sets put keep kept show shows shown open opened close closed start started stop stopped
page pages file files line lines word words name names time times day days week weeks month months year years
way ways thing things part parts place case cases point points number numbers problem problems issue issues
question questions change changes changed version versions feature features bug bugs error errors data list
lists item items text code test tests type types value values key keys form forms view views user users link
links button buttons menu menus image images table tables field fields model models state status note notes
report reports reported order orders price prices cart search login logout sign account accounts profile
settings setting config configuration option options support docs doc documentation guide readme license
main master branch branches merge merged commit commits tag tags patch patches pull push request requests
api app apps web site sites server client clients cache caches queue queues job jobs task tasks event events
export import exports imports invoice invoices payment payments checkout order shipping delivery product
products customer customers store shop admin dashboard chart charts filter filters sort sorting style styles
layout theme themes color colour dark light mode modes screen mobile desktop tablet browser safari chrome
firefox edge window windows mac linux android ios apple google microsoft amazon
folks guys everybody everyone reviewers reviewed review reviewing testing feedback input help helping
cat dog bird fish bear fox wolf lion tiger bee ant cow pig horse duck owl
will mark bill grace rose may june april august faith hope joy sky river stone rock star sun moon summer
winter spring autumn fall ray bob pat sue jack jill frank earnest art ruby pearl amber crystal dawn eve
penny sandy rusty chip chuck buck dot jay drew gene guy hunter hunter cash
red blue green yellow orange purple black white grey gray brown pink gold silver
one two three four five six seven eight nine ten hundred thousand
january february march july september october november december
monday tuesday wednesday thursday friday saturday sunday
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo
januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
ajout ajoute ajouté corrige corrigé correction mise jour nouveau nouvelle page fichier erreur recherche panier
paiement facture client clients équipe projet support aide version tâche
añade añadido corrige corregido nuevo nueva página archivo error búsqueda carrito pago factura cliente equipo
proyecto soporte ayuda versión tarea
neu neue seite datei fehler suche warenkorb zahlung rechnung kunde kunden projekt hilfe version aufgabe
behoben hinzugefügt
`);

// Every word Candor writes itself, in any draft language: a name equal to one of them would damage the draft.
function catalogWords(catalogs: readonly Phrases[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(...(value.toLowerCase().match(/\p{L}+/gu) ?? []));
    else if (typeof value === 'function') walk((value as (...args: unknown[]) => unknown)('', 2));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  catalogs.forEach(walk);
  return out;
}

const NEVER = new Set([...FUNCTION_WORDS, ...ROLE_WORDS]);
const COMMON = new Set([...NEVER, ...COMMON_WORDS, ...catalogWords(Object.values(DRAFT))]);

/** Whether a word can never stand for a person on its own (articles, particles, role addresses, bots). */
export function isNeverName(word: string): boolean {
  return NEVER.has(word.toLowerCase());
}

/** Whether a word is an ordinary word of the four draft languages (or one Candor's own phrases use). */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}
