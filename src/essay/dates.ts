/** Dates as bylines write them → ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM` for a month alone). */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A month's name alone, long or short: "Nov.", "November". */
export const MONTH_NAME = new RegExp(`^${MONTH}$`, 'i');
/**
 * A weekday's name, in the deck's languages: "Sunday", "Domingo", "Dimanche", "Sonntag", "Domenica", "Zondag"; and their
 * short forms: "Thu 21 Apr 2016", "Fr, 18. Oktober 2019", "ven. 3 mai", "mié 4", "za 7" (its comma kept or not).
 */
export const WEEKDAY_NAME =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lun|mar|mer|mié|mie|jeu|jue|gio|ven|vie|sam|sáb|sab|dim|dom|seg|ter|qua|qui|sex)\.?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?$/iu;
const YEAR = '((?:19|20)\\d\\d)';
/** After a written date's year: a word boundary, or a time of day copied against it ("May 11, 20247:00 AM ET"). */
const YEAR_END = '(?:\\b|(?=\\d{1,2}:\\d\\d))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * Months as German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian pages write them (Polish and Russian in
 * the genitive a date takes), in full or cut short, read only in a whole date, day first ("30. Juli
 * 2018", "13 mars 2017", "2 Déc 2017", "3 de marzo de 2020", "5 februari 2024", "28 kwietnia 2021").
 */
const FOREIGN_MONTHS: Record<string, number> = {
  janv: 1,
  ene: 1,
  févr: 2,
  fevr: 2,
  mär: 3,
  avr: 4,
  abr: 4,
  juil: 7,
  ago: 8,
  okt: 10,
  déc: 12,
  dez: 12,
  dic: 12,
  januar: 1,
  janvier: 1,
  enero: 1,
  februar: 2,
  février: 2,
  fevrier: 2,
  febrero: 2,
  märz: 3,
  maerz: 3,
  mars: 3,
  marzo: 3,
  avril: 4,
  abril: 4,
  mai: 5,
  mayo: 5,
  juni: 6,
  juin: 6,
  junio: 6,
  juli: 7,
  juillet: 7,
  julio: 7,
  août: 8,
  aout: 8,
  agosto: 8,
  septembre: 9,
  septiembre: 9,
  setiembre: 9,
  oktober: 10,
  octobre: 10,
  octubre: 10,
  novembre: 11,
  noviembre: 11,
  dezember: 12,
  décembre: 12,
  decembre: 12,
  diciembre: 12,
  gennaio: 1,
  febbraio: 2,
  aprile: 4,
  maggio: 5,
  giugno: 6,
  luglio: 7,
  settembre: 9,
  ottobre: 10,
  dicembre: 12,
  janeiro: 1,
  fevereiro: 2,
  março: 3,
  maio: 5,
  junho: 6,
  julho: 7,
  setembro: 9,
  outubro: 10,
  dezembro: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  mei: 5,
  augustus: 8,
  stycznia: 1,
  lutego: 2,
  marca: 3,
  kwietnia: 4,
  maja: 5,
  czerwca: 6,
  lipca: 7,
  sierpnia: 8,
  września: 9,
  października: 10,
  listopada: 11,
  grudnia: 12,
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A file or folder named by its date first: "2020-04-28-pay-per-law.md", "2021-02-18-usability", "2025-05-16 data-science". */
const DATED_NAME = /^((?:19|20)\d\d)-(\d\d)-(\d\d)(?=$|[-_. ])/;
/** Folders of year, month and day: "posts/2016/10/10/pacer.mdx", and a day opening the file's name: "blog/2024/02/05-open-source.md". */
const DATED_FOLDERS = /(?:^|\/)((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?=\/|-)/;
/** The last parts of a path read for a date: the file, its folder and three above for year, month and day. */
const DATED_PATH_PARTS = 5;

/**
 * The date a post's path gives, as the tools that build blogs read it: Jekyll, Eleventy and Middleman take a post's
 * date from its file's name, a page bundle's folder carries it when the file is its index, and year, month and day
 * folders hold it ("_posts/2013/12/04/opinion.md"). Null when the path names no real day.
 */
export function pathDate(path: string): string | null {
  const parts = path.split(/[\\/]/).slice(-DATED_PATH_PARTS);
  const file = parts.at(-1) ?? '';
  const named = /^index\.[^.]+$/i.test(file) ? parts.at(-2) : file;
  const found = DATED_NAME.exec(named ?? '') ?? DATED_FOLDERS.exec(parts.join('/'));
  if (!found) return null;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * Month and day of a date written as two numbers: slashes and hyphens put the month first, as US
 * sites write them ("11/14/2019", "06-13-22"), dots the day ("14.11.2019"); either way, a first
 * number past 12 is the day.
 */
function monthAndDay(a: number, b: number, separator: string): [number, number] {
  return a <= 12 && (b > 12 || separator !== '.') ? [a, b] : [b, a];
}

/** Dates written as two numbers and a year, the first two separated alike: "06/01/2026", "14-05-2024". */
const NUMERIC_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)\b/g;

/**
 * The page writes its numeric dates day first: one of them has a first number past 12
 * ("27/05/2024"), or is stamped with British time ("Last Updated: 12:01am GMT 06/01/2008"), and none
 * has a second number past 12 ("05/27/2024").
 */
export function dayFirstPage(lines: readonly string[]): boolean {
  let dayFirst = false;
  for (const line of lines) {
    if (!/\d[/-]\d/.test(line)) continue;
    for (const match of line.matchAll(NUMERIC_DATE)) {
      const [first, second] = [Number(match[1]), Number(match[3])];
      if (second > 12 && first <= 12) return false;
      if ((first > 12 && second <= 12) || BRITISH_TIME.test(line)) dayFirst = true;
    }
  }
  return dayFirst;
}
/** A time zone only British pages give their times in. */
const BRITISH_TIME = /\d\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST)\b/i;

/**
 * The date `iso`, read from `line` month first, read day first instead: when the line writes it
 * as two numbers that could each be the month ("06/01/2026" → 2026-01-06); else null.
 */
export function readDayFirst(line: string, iso: string): string | null {
  for (const match of line.matchAll(NUMERIC_DATE)) {
    const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (first > 12 || second > 12 || first === second) continue;
    if (iso !== `${year}-${pad(first)}-${pad(second)}`) continue;
    return valid(year, second, first) ? `${year}-${pad(second)}-${pad(first)}` : null;
  }
  return null;
}

/** A two-figure year up to this is this century's ("22" → 2022), past it the last's ("98" → 1998). */
const TWO_FIGURE_YEAR_PIVOT = 69;

/**
 * A line that is a date alone, its year in two figures ("06-13-22", Fast Company), as an ISO date;
 * null otherwise. Alone on its line only: in running text such figures are a score, a code or a range as often.
 */
export function shortNumericDate(line: string): string | null {
  const match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$/.exec(line.trim());
  if (!match) return null;
  const year = fullYear(Number(match[4]));
  const [month, day] = monthAndDay(Number(match[1]), Number(match[3]), match[2] as string);
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const SHORT_YEAR_DATE = new RegExp(`^${MONTH}[^\\p{L}\\d]+${DAY}[^\\p{L}\\d]+['’]?(\\d{2})$`, 'iu');

/** A year written in two figures, in full: this century's up to the pivot, the last's past it. */
export const fullYear = (twoFigures: number): number => (twoFigures <= TWO_FIGURE_YEAR_PIVOT ? 2000 : 1900) + twoFigures;

/**
 * A byline's field that is a month's name, a day and a two-figure year, whatever marks part them ("Oct• 29•12", "Oct 29
 * '12", "March 3, '09"), as an ISO date; null otherwise. A field of its own only, as `shortNumericDate`.
 */
export function shortYearDate(field: string): string | null {
  const match = SHORT_YEAR_DATE.exec(field.trim());
  if (!match) return null;
  const year = fullYear(Number(match[3]));
  const month = MONTHS[(match[1] ?? '').toLowerCase()] ?? 0;
  const day = Number(match[2]);
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

export interface FoundDate {
  iso: string;
  /** The matched text, so a caller can see what else the line holds. */
  match: string;
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => [number, number, number | null] }> = [
  // (An ISO timestamp's time may follow: "2019-11-18T20:51:19Z".)
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?=T\\d|\\b)`, 'i'), read: (m) => [+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)] },
  {
    // (A stop after the day, as some sites write it: "December 19. 2025", "19. December 2025".)
    re: new RegExp(`\\b${MONTH}\\s+${DAY}[,.]?\\s+${YEAR}${YEAR_END}`, 'i'),
    read: (m) => [+(m[3] ?? 0), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, +(m[2] ?? 0)],
  },
  {
    re: new RegExp(`\\b${DAY}\\.?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}${YEAR_END}`, 'i'),
    read: (m) => [+(m[3] ?? 0), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, +(m[1] ?? 0)],
  },
  // (Day, month and year joined by hyphens or slashes: "19-Dec-2025", "19/DEC/2025".)
  {
    re: new RegExp(`\\b(\\d{1,2})([-/])${MONTH}\\2${YEAR}\\b`, 'i'),
    read: (m) => [+(m[4] ?? 0), MONTHS[(m[3] ?? '').toLowerCase()] ?? 0, +(m[1] ?? 0)],
  },
  {
    // (A slash may be set between spaces: "27 / 01 / 2017".)
    re: /\b(\d{1,2})([/.-]| \/ )(\d{1,2})\2((?:19|20)\d\d)\b/,
    read: (m) => {
      const [month, day] = monthAndDay(+(m[1] ?? 0), +(m[3] ?? 0), (m[2] ?? '/').trim());
      return [+(m[4] ?? 0), month, day];
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(?:de\\s+)?${FOREIGN_MONTH}\\.?,?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'iu'),
    read: (m) => [+(m[3] ?? 0), FOREIGN_MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, +(m[1] ?? 0)],
  },
  // …and month first, the day and its comma as English pages set them: "Noviembre 06, 2013" (the World Bank's Spanish site).
  {
    re: new RegExp(`(?<![\\p{L}\\d])${FOREIGN_MONTH}\\.?\\s+(\\d{1,2}),\\s+${YEAR}(?!\\d)`, 'iu'),
    read: (m) => [+(m[3] ?? 0), FOREIGN_MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, +(m[2] ?? 0)],
  },
  // As Chinese and Japanese write it: "2019年4月21日".
  { re: /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, read: (m) => [+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)] },
  // Year first with dots or slashes: "2025.12.17", "2025/12/17".
  { re: /\b((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})\b/, read: (m) => [+(m[1] ?? 0), +(m[3] ?? 0), +(m[4] ?? 0)] },
  // (A magazine's issue of two months is dated by the first: "May/June 2003", "March/April 2019 Issue".)
  {
    re: new RegExp(`\\b${MONTH}\\s*[/–-]\\s*${MONTH},?\\s+${YEAR}\\b`, 'i'),
    read: (m) => [+(m[3] ?? 0), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, null],
  },
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'i'), read: (m) => [+(m[2] ?? 0), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, null] },
];

/** A year as YEAR writes it, which every pattern of PATTERNS holds. */
const ANY_YEAR = /(?:19|20)\d\d/;

/**
 * The first of PATTERNS to find a valid date in `text`. A text with no year holds none, and is not
 * read by each pattern: the passes ask of thousands of lines and short paragraphs that hold no
 * year (a 10 MB essay: 5,986 texts of 1.2 MB, 241 with a year), which the ten patterns read in
 * turn.
 */
export function findDate(text: string): FoundDate | null {
  return ANY_YEAR.test(text) ? readDate(text) : null;
}

/** `findDate` without its look for a year first (exported for the test that compares them). */
export function readDate(text: string): FoundDate | null {
  for (const { re, read } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const [year, month, day] = read(match);
    if (!valid(year, month, day)) continue;
    const iso = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { iso, match: match[0] };
  }
  return null;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2020-07-16` → `July 16, 2020`; `2020-07` → `July 2020`. */
export function formatDate(iso: string, lang = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTH_NAMES[(month ?? 0) - 1];
  if (!monthName || !year) return iso;
  if (!/^en\b/i.test(lang)) {
    // (Another language writes its dates its own way: "16. Dezember 2025", "16 décembre 2025".)
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', ...(day ? { day: 'numeric' } : {}) };
    try {
      return new Intl.DateTimeFormat(lang, options).format(new Date(Date.UTC(year, (month ?? 1) - 1, day || 1)));
    } catch {
      // (A tag no locale answers to: the English form.)
    }
  }
  return day ? `${monthName} ${day}, ${year}` : `${monthName} ${year}`;
}

/** `date` falls in `known`, a month alone ("2025-12-15" in "2025-12"): a byline's day says more than the month. */
export function withinMonth(known: string | null | undefined, date: string | undefined): boolean {
  return !!known && !!date && known.length === 'YYYY-MM'.length && date.startsWith(known);
}

/** Time zones a byline prints after the time. */
export const ZONE =
  'ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|HST|AKST|AKDT|GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|WAT|EAT|AMT';
/** A time counted back from now: "18 hr ago", "2 days ago", "5m ago". */
export const RELATIVE_TIME =
  /\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago/;
/** Every such time in a line, for taking them out. */
export const RELATIVE_TIMES = new RegExp(RELATIVE_TIME.source, 'gi');
