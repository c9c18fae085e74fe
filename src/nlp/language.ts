/**
 * Which language an article is in, from its script and its commonest words. Parley reads English;
 * the point here is to refuse other languages clearly rather than mangle them, so a small,
 * dependable detector is enough: script first (Arabic, Cyrillic, CJK ...), then function words.
 */
const SCRIPTS: [string, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['th', /\p{Script=Thai}/gu],
  ['fa', /[\u067e\u0686\u0698\u06af\u06cc]/gu],
];

/** Frequent function words that are not also frequent English words. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'said', 'on', 'have', 'by', 'are', 'from', 'it', 'has', 'be', 'which'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'avec', 'au', 'sont', 'ont', 'cette'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'en', 'por', 'una', 'con', 'para', 'es', 'se', 'su', 'al', 'lo', 'como', 'pero', 'fue'],
  de: ['der', 'die', 'und', 'den', 'das', 'nicht', 'ist', 'mit', 'sich', 'auf', 'dem', 'ein', 'eine', 'auch', 'wurde', 'zu', 'von', 'im', 'sie'],
  it: ['il', 'della', 'che', 'di', 'per', 'una', 'sono', 'con', 'del', 'gli', 'nel', 'alla', 'ha', 'non', 'è', 'anche', 'delle', 'dei'],
  pt: ['os', 'das', 'não', 'uma', 'com', 'para', 'que', 'do', 'da', 'em', 'foi', 'ao', 'pelo', 'mais', 'como', 'são', 'seu', 'dos'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'met', 'voor', 'dat', 'ook', 'werd', 'naar', 'bij', 'deze', 'heeft', 'maar'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'ancak', 'kadar'],
};

export const SUPPORTED_LANGUAGES = new Set(['en']);

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'French', es: 'Spanish', de: 'German', it: 'Italian', pt: 'Portuguese', nl: 'Dutch',
  tr: 'Turkish', ar: 'Arabic', ru: 'Russian', he: 'Hebrew', el: 'Greek', zh: 'Chinese', ja: 'Japanese',
  ko: 'Korean', hi: 'Hindi', th: 'Thai', fa: 'Persian', und: 'an undetermined language',
};

/** ISO 639-1 code, or `und` when the text is too short or mixed to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return 'und';
  let bestScript = '';
  let bestScriptCount = 0;
  for (const [code, re] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n > bestScriptCount) [bestScript, bestScriptCount] = [code, n];
  }
  if (bestScriptCount > letters * 0.3) {
    if (bestScript === 'ar' && (sample.match(SCRIPTS.find(([c]) => c === 'fa')![1])?.length ?? 0) > bestScriptCount * 0.02) return 'fa';
    return bestScript;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestScore = 0;
  for (const [code, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    const score = hits / Math.max(1, words.length);
    if (score > bestScore) [best, bestScore] = [code, score];
  }
  return bestScore >= 0.08 ? best : 'und';
}
