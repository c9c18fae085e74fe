/**
 * Every pattern the cleaner uses, compiled once, in one table (one line of why each).
 * Wire copy marks what is not body text with conventions, not markup: these are those conventions.
 */
export const PATTERNS = {
  /** `WASHINGTON (Reuters) -`, `NAIROBI, Kenya (AP) _`, `KABUL, Feb 29 (Reuters) -`, `ERBIL (Kurdistan24) —`. */
  datelineWithAgency:
    /^([A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*)(?:,\s+([A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?(?:\s\d{1,2})?))?\s*\(([^()\n]{2,40})\)\s*(?:[-\u2013\u2014_:]+\s*)?/,
  /** `WASHINGTON -` or `GENEVA, Feb 2 —` without an agency: a separator is required. */
  datelineWithDash:
    /^([A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*)(?:,\s+([A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?(?:\s\d{1,2})?))?\s+[-\u2013\u2014_]+\s+/,
  /** `AMMAN A delegation...`, `WASHINGTON/BEIRUT The United States...`, `FINSTADJORDET, Norway U.S. ...`: checked against the gazetteer. */
  datelineBare: /^([A-Z][A-Z'\u2019-]{2,}(?:[ /][A-Z][A-Z'\u2019-]{2,})*)(?:,\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?(?=\s+["\u201c]?[A-Z0-9])/,
  /** A caption's photo credit: `... (Reuters)`, `[Valentyn Ogirenko/Reuters]`, `(AFP/Getty Images)`, `Photo: ...`. */
  captionCredit: /(?:\((?:Reuters|AP|AFP|EPA|Getty Images|[A-Z][\w .'-]*\/(?:Reuters|AP|AFP|EPA|Getty Images|[A-Z][\w.]*))\)|\[[^\]\n]{2,80}\/[^\]\n]{2,40}\])\s*$/,
  captionLead: /^(?:Photo|Photograph|Picture|Image|File photo|FILE PHOTO|In this (?:photo|image|picture|file photo)|Pictured|Credit)\b[:\s]/i,
  /** AP / VOA captions: one sentence naming positions in a picture, or ending with the picture's date. */
  captionPosition: /\b(?:(?:second |third )?from (?:left|right)|\((?:L|R|C|centre|center|left|right)\)|pictured)\b/i,
  captionDated: /,\s+(?:Jan|Feb|Mar|Apr|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.$/,
  /** `Reuter`, `REUTER`, `(Reporting by ...; Editing by ...)`, `... contributed reporting to this article.` */
  signoff:
    /^(?:REUTERS?|Reuters?|AP|AFP|--\s*.*|\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported) by[^)]*\)|(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by .*|.{0,200}\bcontributed (?:reporting )?to this (?:article|report)\.?)$/,
  byline: /^(?:By|BY)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3})*(?:,\s*[\w .]+)?$/,
  boilerplate:
    /^(?:WATCH|READ MORE|Read more|Related|RELATED|Advertisement|Sign up|Subscribe|Follow (?:us|\w+ on)|Click here|Share this|Share on|Listen to|Download)\b|\bnewsletter\b|\bAll rights reserved\b|^Copyright\b/i,
  /** Sentence-final punctuation, allowing closing quotes and brackets after it. */
  terminal: /[.!?:;\u2026]["'\u201d\u2019\u00bb)\]]*$/,
  words: /[^\s]+/g,
  /** A line ending on a word no heading or caption ends on: the sentence was cut off. */
  danglingWord: /\b(?:into|of|the|to|and|a|an|in|on|for|with|from|by|at|as|that|which|or|but)$/i,
} as const;

/** Headings are short; captions are sentences without a full stop. */
export const MAX_HEADING_WORDS = 10;
/**
 * A bare ALL-CAPS first word (no agency, no dash, no country after it) is a dateline only if it
 * names a town of at least this population: big enough that `NATO Secretary-General ...` is not
 * taken for the hamlet of Nato.
 */
export const MIN_DATELINE_POPULATION = 15000;

/** Wire agencies and outlets as datelines name them, so the agency can be told from a place. */
export const AGENCIES = new Set([
  'Reuters', 'AP', 'AFP', 'Xinhua', 'Kyodo', 'Yonhap', 'Anadolu', 'Bernama', 'IRNA', 'TASS', 'Interfax',
  'dpa', 'DPA', 'UPI', 'EFE', 'ANSA', 'PTI', 'IANS', 'SANA', 'WAFA', 'Kurdistan24', 'Rudaw', 'CNN', 'BBC',
  'Al Jazeera', 'VOA', 'RFE/RL', 'Sputnik', 'KUNA', 'SPA', 'QNA', 'WAM', 'MENA', 'APA', 'Tolo News', 'Pajhwok',
]);
