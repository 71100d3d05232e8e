// The API says in English why it refused a question (BAD_USER_INPUT); the dashboard says it in
// Dutch. The period grid's refusals are the ones a user can meet here (an old bookmark, a shared
// link from before the grid): they are translated with the periods the API proposes. Anything else
// gets a Dutch sentence of its own, so no English reaches the page.

const LONG_DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE = /\d{4}-\d{2}-\d{2}/g;

/** '2026-03-31' → '31 maart 2026' inside a message. */
function datesInDutch(text: string): string {
  return text.replace(DATE, (iso) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`)));
}

/** 'periodOf' codes the API names around a date: '2026-K1 (2026-01-01 to 2026-03-31)' → '2026-K1'. */
function periodCodes(text: string): string[] {
  return [...text.matchAll(/(\d{4}(?:-[KH]\d)?) \(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\)/g)].map((m) => m[1] ?? '');
}

const UNITS: Record<string, string> = { quarters: 'kwartalen', 'half-years': 'halfjaren', years: 'jaren' };

type Translation = (match: RegExpExecArray) => string;

const TRANSLATIONS: readonly [RegExp, Translation][] = [
  [
    /^figures for role \S+ exist only for whole calendar quarters, half-years and years.*?; (\S+) to (\S+) is none of them\. Around \S+: (.*)$/s,
    (m) => {
      const codes = periodCodes(m[3] ?? '');
      const list = codes.length > 1 ? `${codes.slice(0, -1).join(', ')} of ${codes.at(-1)}` : codes.join('');
      const around = codes.length === 0 ? '' : ` Kies bijvoorbeeld ${list}.`;
      return `cijfers bestaan alleen voor hele kwartalen, halfjaren en jaren; ${datesInDutch(`${m[1]} t/m ${m[2]}`)} is geen van die.${around}`;
    },
  ],
  [
    /^figures for role \S+ exist only for whole calendar (quarters|half-years|years) at this granularity: from must be the first day of one \((\S+)\) and to the last day of one \((\S+)\)/,
    (m) => `cijfers bestaan alleen voor hele ${UNITS[m[1] ?? ''] ?? 'perioden'}: begin op ${datesInDutch(m[2] ?? '')} en eindig op ${datesInDutch(m[3] ?? '')}.`,
  ],
  [
    /^progress for role \S+ exists only at the end of a month or on the data date(?: \((\S+)\))?; \S+ is neither: ask for (\S+) or (\S+)$/,
    (m) => {
      const dataDate = m[1] === undefined ? '' : ` (${datesInDutch(m[1])})`;
      return `de voortgang is er alleen op de laatste dag van een maand of op de datum ‘gegevens t/m’${dataDate}; kies ${datesInDutch(m[2] ?? '')} of ${datesInDutch(m[3] ?? '')}.`;
    },
  ],
];

/** The Dutch for one refusal of the API (extensions.code BAD_USER_INPUT). */
export function dutchInputProblem(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match !== null) return translate(match);
  }
  return 'de server kon deze vraag niet beantwoorden, omdat een keuze (periode, datum of selectie) niet is toegestaan. Kies een andere periode of laad de pagina opnieuw.';
}
