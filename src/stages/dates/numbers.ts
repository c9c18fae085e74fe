/** Number words in time expressions (`four years`, `a year`, `a dozen days`); null when vague. */
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a dozen': 12, dozen: 12,
  'a couple of': 2, 'a couple': 2, 'a half': 0.5, half: 0.5,
};
/** Words for an unknown count: `several years` is a duration of unknown length (`PXY`). */
const VAGUE = new Set(['a few', 'few', 'several', 'some', 'many', 'dozens of', 'hundreds of', 'a number of']);

export const NUMBER_WORD = `(?:\\d+(?:\\.\\d+)?|a couple of|a dozen|a few|dozens of|hundreds of|a number of|${Object.keys(WORDS)
  .filter((w) => !w.includes(' '))
  .sort((a, b) => b.length - a.length)
  .join('|')}|few|several|some|many)`;

/** The count a number word says, `X` for a vague one (TIMEX's unknown), undefined if not a number. */
export function countOf(word: string): number | 'X' | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE.has(w)) return 'X';
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  const hyphen = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (hyphen) return WORDS[hyphen[1]] + WORDS[hyphen[2]];
  return WORDS[w];
}
