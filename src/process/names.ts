/**
 * Names for what merging assembles: countries behind actor ids, demonyms and short names for
 * track and process labels (`US-Taliban talks`, `Intra-Afghan talks`, `Afghan peace process`).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
let registered = false;
function iso(): typeof countries {
  if (!registered) {
    countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
    registered = true;
  }
  return countries;
}

/** ISO 3166 alpha-2 → alpha-3 (`QA` → `QAT`), or null. */
export function alpha3(code: string | null): string | null {
  if (!code) return null;
  if (code.length === 3) return iso().isValid(code) ? code.toUpperCase() : null;
  return iso().alpha2ToAlpha3(code.toUpperCase()) ?? null;
}

/** The country an actor id points at by the shared convention: `kb:AFG`, `kb:AFG_GOV`, `kb:AFG_MIL`. */
export function countryOfId(id: string): string | null {
  const m = /^kb:([A-Z]{3})(?:_[A-Z_]+)?$/.exec(id);
  return m && iso().isValid(m[1]) ? m[1] : null;
}

/** A state's id (`kb:AFG`), where the id is exactly a country code. */
export function isStateId(id: string): boolean {
  return /^kb:[A-Z]{3}$/.test(id) && iso().isValid(id.slice(3));
}

const DEMONYMS: Record<string, string> = {
  AFG: 'Afghan', AGO: 'Angolan', ARM: 'Armenian', AZE: 'Azerbaijani', CAF: 'Central African', CHN: 'Chinese',
  COD: 'Congolese', COL: 'Colombian', CYP: 'Cypriot', EGY: 'Egyptian', ETH: 'Ethiopian', GEO: 'Georgian',
  IRN: 'Iranian', IRQ: 'Iraqi', ISR: 'Israeli', LBN: 'Lebanese', LBY: 'Libyan', LKA: 'Sri Lankan', MLI: 'Malian',
  MMR: 'Myanmar', MOZ: 'Mozambican', NGA: 'Nigerian', PAK: 'Pakistani', PHL: 'Philippine', PRK: 'Korean',
  KOR: 'Korean', PSE: 'Palestinian', RUS: 'Russian', SDN: 'Sudanese', SOM: 'Somali', SSD: 'South Sudanese',
  SYR: 'Syrian', TUR: 'Turkish', UKR: 'Ukrainian', USA: 'American', VEN: 'Venezuelan', YEM: 'Yemeni',
  IND: 'Indian', NPL: 'Nepalese', ESP: 'Spanish', GBR: 'British', FRA: 'French', DEU: 'German', SRB: 'Serbian',
  XKX: 'Kosovar', BIH: 'Bosnian', LBR: 'Liberian', SLE: 'Sierra Leonean', UGA: 'Ugandan', RWA: 'Rwandan',
};

export function countryName(code: string): string {
  return iso().getName(code, 'en', { select: 'alias' }) ?? code;
}

export function demonym(country: string): string {
  return DEMONYMS[country] ?? iso().getName(country, 'en', { select: 'alias' }) ?? country;
}

const SHORT: Record<string, string> = { USA: 'US', GBR: 'UK', RUS: 'Russia', ARE: 'UAE', PRK: 'North Korea', KOR: 'South Korea' };

/** A short label for an actor in a track name: `US` for kb:USA, the actor's name otherwise. */
export function shortName(id: string, name: string): string {
  if (isStateId(id)) return SHORT[id.slice(3)] ?? iso().getName(id.slice(3), 'en', { select: 'alias' }) ?? name;
  return name;
}

/** `Zalmay Khalilzad` → `zalmay-khalilzad`, for ids. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'x';
}

/** For matching names across articles: case, accents, punctuation and a leading `the` ignored. */
export function normName(name: string): string {
  return slug(name).replace(/^the-/, '');
}
